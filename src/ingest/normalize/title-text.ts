/**
 * A title as a reader shows it: one line of text. A title is usually read as HTML ("A &amp; B", "<b>Big</b> news");
 * one declared plain text keeps its angle brackets ("History of the <blink> tag").
 *
 * A title that reads as nothing at all as HTML, but is made only of bare tags (`</example>`, `<blink>`, no attributes,
 * none that runs or embeds anything), was written about markup, not in it: it is shown as written. Tags with
 * attributes or executable elements never come back, so no markup a client might render gets through this way.
 */
import { inlineText } from './html-to-text.ts';
import { decodeLeftoverEntities } from './leftover-entities.ts';

const WHITESPACE_RUN = /\s+/g;
const BARE_TAG = /<\/?([a-z][a-z0-9-]*)\s*\/?>/gi;
/** Elements that run, embed or restyle something when rendered: never shown back as literal text. */
const ACTIVE = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'img', 'image',
  'video', 'audio', 'source', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'template',
  'noscript', 'xmp', 'plaintext', 'title', 'html', 'head', 'body',
]);

export function titleText(title: string | null, declaredText: boolean): string {
  if (title === null) return '';
  if (declaredText) return decodeLeftoverEntities(plain(title));
  return decodeLeftoverEntities(inlineText(title)) || markupWrittenAsText(title);
}

function plain(title: string): string {
  return title.replace(WHITESPACE_RUN, ' ').trim();
}

/** The title as written when it is nothing but harmless bare tags (see above), else ''. */
function markupWrittenAsText(title: string): string {
  const tags = [...title.matchAll(BARE_TAG)];
  if (tags.length === 0) return '';
  const ltCount = title.split('<').length - 1;
  if (ltCount !== tags.length || tags.some((m) => ACTIVE.has((m[1] as string).toLowerCase()))) return '';
  return plain(title);
}
