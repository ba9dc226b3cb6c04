/**
 * Reading the element tree built by xml-tree.ts: an element is either a string (text only, no attributes) or an
 * object with `$` (attributes), `_` (its own text) and one array per child name.
 */
export type XmlNode = string | XmlElement;
export interface XmlElement {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

/** An element's whole text in document order (children included). */
export const TEXT: unique symbol = Symbol('text');
/** An XHTML container's inner markup, serialized in document order. */
export const MARKUP: unique symbol = Symbol('markup');

/** The inner markup of an XHTML container element (Atom `type="xhtml"`, RSS `<xhtml:body>`), or null. */
export function nodeMarkup(node: unknown): string | null {
  if (node === null || typeof node !== 'object') return null;
  const markup = (node as { [MARKUP]?: unknown })[MARKUP];
  return typeof markup === 'string' ? markup : null;
}

/** The nodes stored under `key`, whatever shape rss-parser left there. */
export function nodes(holder: unknown, key: string): XmlNode[] {
  if (holder === null || typeof holder !== 'object') return [];
  const value = (holder as Record<string, unknown>)[key];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((n): n is XmlNode => typeof n === 'string' || (n !== null && typeof n === 'object'));
}

export function firstNode(holder: unknown, key: string): XmlNode | null {
  return nodes(holder, key)[0] ?? null;
}

/** Text content as written; null when empty or whitespace only. Nested elements contribute their text. */
export function nodeText(node: unknown): string | null {
  const text = collectText(node);
  return text.trim() === '' ? null : text;
}

function collectText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node === null || typeof node !== 'object') return '';
  const ordered = (node as { [TEXT]?: unknown })[TEXT];
  if (typeof ordered === 'string') return ordered;
  if (Array.isArray(node)) return node.map(collectText).join('');
  let out = typeof (node as XmlElement)._ === 'string' ? ((node as XmlElement)._ as string) : '';
  for (const [key, value] of Object.entries(node)) {
    if (key !== '$' && key !== '_') out += collectText(value);
  }
  return out;
}

export function attr(node: unknown, name: string): string | null {
  if (node === null || typeof node !== 'object') return null;
  const attrs = (node as XmlElement).$;
  const value = attrs && typeof attrs === 'object' ? attrs[name] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Text of the first `key` child. */
export function childText(holder: unknown, key: string): string | null {
  for (const n of nodes(holder, key)) {
    const text = nodeText(n);
    if (text !== null) return text;
  }
  return null;
}

/** First non-null value of the given keys' text, in order. */
export function firstText(holder: unknown, keys: readonly string[]): string | null {
  for (const key of keys) {
    const text = childText(holder, key);
    if (text !== null) return text;
  }
  return null;
}


/** The href of the first Atom-style `<link>` with this rel (a missing rel means alternate). */
export function linkWithRel(links: readonly XmlNode[], rel: 'self' | 'alternate'): string | null {
  for (const n of links) {
    const r = attr(n, 'rel') ?? 'alternate';
    const href = attr(n, 'href');
    if (r === rel && href !== null) return href;
  }
  return null;
}
