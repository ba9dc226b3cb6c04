/**
 * Feed HTML made safe to render: an allowlist of prose elements and attributes (sanitize-html), every URL made
 * absolute against the item's base and restricted to http(s) (mailto: for links), links marked
 * rel="noopener noreferrer nofollow", tracking pixels dropped. No data: URLs at all (an SVG image can carry script,
 * and inline images bloat rows).
 */
import sanitize from 'sanitize-html';
import { resolveUrl } from './resolve-url.ts';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'div', 'span', 'a', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
  'abbr', 'time', 'q', 'cite', 'kbd', 'samp', 'var', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot',
  'tr', 'th', 'td', 'colgroup', 'col', 'details', 'summary',
  // Embedded audio and video play in the reader (a podcast's player), as feedparser's and Miniflux's allowlists keep
  // them; a frame or plugin object never is.
  'audio', 'video', 'source',
];

const ALLOWED_ATTRIBUTES: sanitize.IOptions['allowedAttributes'] = {
  a: ['href', 'title', 'rel'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  abbr: ['title'],
  time: ['datetime'],
  ol: ['start', 'reversed'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  col: ['span'],
  colgroup: ['span'],
  audio: ['src', 'controls', 'preload', 'loop', 'muted'],
  video: ['src', 'controls', 'preload', 'loop', 'muted', 'poster', 'width', 'height'],
  source: ['src', 'type', 'media'],
};

const MEDIA_TAGS = ['audio', 'video', 'source'];

/**
 * Content of these is dropped with the element (everything else disallowed keeps its text). `<object>`, `<applet>`
 * and `<iframe>` are not here: what they hold is the fallback a reader that does not load the frame sees, and the
 * frame itself is never kept.
 */
const NON_TEXT_TAGS = [
  'script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'template', 'title', 'head',
  'embed', 'svg', 'math', 'noembed', 'noframes', 'select', 'button',
];

const LINK_REL = 'noopener noreferrer nofollow';
const MAILTO = /^\s*mailto:/i;
const FIRST_SRCSET_URL = /^\s*([^\s,]+)/;

/** The parts of the options that do not depend on the base URL; built once. */
const STATIC_OPTIONS: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'], audio: ['http', 'https'], video: ['http', 'https'], source: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster'],
  allowProtocolRelative: false,
  nonTextTags: NON_TEXT_TAGS,
  disallowedTagsMode: 'discard',
  exclusiveFilter: (frame) => (frame.tag === 'img' && isUnwantedImage(frame.attribs)) || (frame.tag === 'source' && !frame.attribs.src),
};

/** Sanitized HTML with every link and image URL absolute (resolved against `baseUrl`). */
export function sanitizeHtml(html: string, baseUrl: string): string {
  return sanitize(html, optionsFor(baseUrl));
}

// Items of one feed share a base, so remembering the last options avoids rebuilding them per item.
let cached: { base: string; options: sanitize.IOptions } | null = null;

function optionsFor(base: string): sanitize.IOptions {
  if (cached?.base !== base) cached = { base, options: { ...STATIC_OPTIONS, transformTags: transformsFor(base) } };
  return cached.options;
}

function transformsFor(base: string): sanitize.IOptions['transformTags'] {
  return {
    a: (tagName, attribs) => {
      // Any rel the feed wrote is replaced by ours.
      const { href, rel: _feedRel, ...rest } = attribs;
      const target = href !== undefined && MAILTO.test(href) ? href.trim() : resolveUrl(href, base);
      return { tagName, attribs: target === null ? rest : { href: target, ...rest, rel: LINK_REL } };
    },
    ...Object.fromEntries(MEDIA_TAGS.map((tag) => [tag, (tagName: string, attribs: sanitize.Attributes) => mediaAttributes(tagName, attribs, base)])),
    img: (tagName, attribs) => {
      // Lazy-loading markup keeps the real image in data-src or srcset; srcset itself is dropped (one image is enough).
      const { src, srcset, 'data-src': dataSrc, ...rest } = attribs;
      const candidate = usable(src) ?? usable(dataSrc) ?? firstSrcsetUrl(srcset);
      const resolved = resolveUrl(candidate, base);
      return { tagName, attribs: resolved === null ? rest : { src: resolved, ...rest } };
    },
  };
}

/** A player's source and poster made absolute; one that cannot be resolved is dropped. */
function mediaAttributes(tagName: string, attribs: sanitize.Attributes, base: string): sanitize.Tag {
  const { src, poster, ...rest } = attribs;
  const out: sanitize.Attributes = { ...rest };
  const source = resolveUrl(usable(src), base);
  const still = resolveUrl(usable(poster), base);
  if (source !== null) out['src'] = source;
  if (still !== null) out['poster'] = still;
  return { tagName, attribs: out };
}

/** No image left to show, or a 1x1 tracking pixel. */
function isUnwantedImage(attribs: Record<string, string>): boolean {
  if (!attribs.src) return true;
  return isTiny(attribs.width) && isTiny(attribs.height);
}

function isTiny(size: string | undefined): boolean {
  if (size === undefined) return false;
  const n = Number.parseFloat(size);
  return Number.isFinite(n) && n <= 1;
}

function usable(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' && !value.trim().startsWith('data:') ? value : undefined;
}

function firstSrcsetUrl(srcset: string | undefined): string | undefined {
  return srcset === undefined ? undefined : FIRST_SRCSET_URL.exec(srcset)?.[1];
}
