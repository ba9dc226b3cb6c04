/**
 * Readable plain text from feed HTML: what enrichment, search and excerpts read. Streams through htmlparser2 (no DOM),
 * which also decodes entities and, with recognizeCDATA, keeps the text of stray CDATA sections.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is not prose (an `<object>`'s or `<iframe>`'s content is its fallback text, which is). */
const SKIPPED: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'embed', 'svg', 'math', 'select',
  'textarea', 'button',
]);
/** Elements that end a paragraph (blank line). */
const PARAGRAPH: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre', 'figure',
  'figcaption', 'table', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'address', 'details', 'summary',
]);
/** Elements that end a line. */
const LINE: ReadonlySet<string> = new Set(['br', 'li', 'tr', 'dt', 'dd', 'caption']);
/** Elements that separate cells on one line. */
const CELL: ReadonlySet<string> = new Set(['td', 'th']);

const PARSER_OPTIONS = { decodeEntities: true, recognizeCDATA: true, lowerCaseTags: true } as const;
const LINE_BREAK = '\n';
const PARAGRAPH_BREAK = '\n\n';

const SPACE_RUN = /[^\S\n]+/g;
const ANY_WHITESPACE_RUN = /\s+/g;
const SPACE_AROUND_NEWLINE = / ?\n ?/g;
const EXTRA_NEWLINES = /\n{3,}/g;
const WORD_BOUNDARY_PUNCTUATION = /[\s,;:.\-–—]/u;
const HIGH_SURROGATE_AT_END = /[\uD800-\uDBFF]$/;
const WHITESPACE_CHAR = /\s/;
const LOOKS_LIKE_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/;
const LONE_LT = /<(?![a-zA-Z/!?])/g;
const ANY_LT = /</g;

/** Plain text of an HTML fragment: blocks become line breaks, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const chunks: string[] = [];
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        else if (skipDepth === 0) pushBreak(chunks, name, true);
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0) pushBreak(chunks, name, false);
      },
      ontext(text) {
        // Source whitespace (including newlines) is layout, not content.
        if (skipDepth === 0) chunks.push(text.replace(ANY_WHITESPACE_RUN, ' '));
      },
    },
    PARSER_OPTIONS,
  );
  parser.write(withoutUnclosedComment(html));
  parser.end();
  return tidy(chunks.join(''));
}

/**
 * An HTML comment left open runs to the end of the document (HTML5), so nothing after `<!--` is text; htmlparser2
 * would hand the rest back as text instead. One forward scan over the comments.
 */
function withoutUnclosedComment(html: string): string {
  let open = html.indexOf('<!--');
  while (open >= 0) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return html.slice(0, open);
    open = html.indexOf('<!--', close + 3);
  }
  return html;
}

/** One-line text of a title-like field that may hold markup or only entities ("A &amp; B", "<b>Big</b> news"). */
export function inlineText(html: string): string {
  const open = withoutUnclosedComment(html);
  // Without a well-formed tag, every '<' is text ("x<y matters"): escape it so the parser keeps what follows.
  const safe = LOOKS_LIKE_TAG.test(open) ? open.replace(LONE_LT, '&lt;') : open.replace(ANY_LT, '&lt;');
  return htmlToText(safe).replace(ANY_WHITESPACE_RUN, ' ').trim();
}

/**
 * A short excerpt of plain text: at most `maxChars` characters, cut at a word boundary with '…' when shortened.
 */
export function makeExcerpt(text: string, maxChars = 280): string {
  const flat = text.replace(ANY_WHITESPACE_RUN, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const room = Math.max(1, maxChars - 1);
  let cut = flat.slice(0, room);
  // Do not split a surrogate pair.
  if (HIGH_SURROGATE_AT_END.test(cut)) cut = cut.slice(0, -1);
  const nextIsBoundary = WHITESPACE_CHAR.test(flat.charAt(cut.length));
  const lastSpace = cut.lastIndexOf(' ');
  // Prefer a word boundary unless it would throw away more than half of the room (one giant "word").
  if (!nextIsBoundary && lastSpace > room / 2) cut = cut.slice(0, lastSpace);
  // Trailing spaces and punctuation are dropped by a backwards scan: `/[…]+$/` rescans the run from every start.
  let end = cut.length;
  while (end > 0 && WORD_BOUNDARY_PUNCTUATION.test(cut[end - 1] as string)) end--;
  return `${cut.slice(0, end)}…`;
}

/** Paragraphs are set apart on both sides; lines and cells end where their element closes (void ones close at once). */
function pushBreak(chunks: string[], name: string, opening: boolean): void {
  if (PARAGRAPH.has(name)) chunks.push(PARAGRAPH_BREAK);
  else if (opening) return;
  else if (LINE.has(name)) chunks.push(LINE_BREAK);
  else if (CELL.has(name)) chunks.push(' ');
}

function tidy(text: string): string {
  return text
    .replace(SPACE_RUN, ' ')
    .replace(SPACE_AROUND_NEWLINE, '\n')
    .replace(EXTRA_NEWLINES, '\n\n')
    .trim();
}
