import { getChildren, getInnerHTML, isTag } from 'domutils';
import { parseDocument } from 'htmlparser2';

type Element = Extract<ReturnType<typeof getChildren>[number], { attribs: unknown }>;

export interface XhtmlParts {
  content: string | null;
  summary: string | null;
}

/**
 * Atom `type="xhtml"` content, serialized in document order. xml2js (under rss-parser) keeps text and child
 * elements apart, so mixed content like `<p>a <b>b</b> c</p>` would come out scrambled; this reads those elements
 * again with htmlparser2. Returns one entry per Atom `<entry>`, in document order.
 */
export function xhtmlPartsByEntry(xml: string): XhtmlParts[] {
  const document = parseDocument(xml, { xmlMode: true });
  const root = getChildren(document).find(isTag);
  if (!root) return [];
  return getChildren(root)
    .filter((n): n is Element => isTag(n) && localName(n.name) === 'entry')
    .map((entry) => ({ content: xhtmlChild(entry, 'content'), summary: xhtmlChild(entry, 'summary') }));
}

function xhtmlChild(entry: Element, name: string): string | null {
  const el = getChildren(entry).find((n): n is Element => isTag(n) && localName(n.name) === name);
  if (!el || !isXhtml(el)) return null;
  // The xhtml:div is a container, not part of the content (RFC 4287 section 3.1.1.3).
  const elements = getChildren(el).filter(isTag);
  const onlyDiv = elements.length === 1 && localName((elements[0] as Element).name) === 'div' ? (elements[0] as Element) : null;
  return getInnerHTML(onlyDiv ?? el, { encodeEntities: 'utf8' });
}

export function isXhtmlType(type: string | null, mode: string | null): boolean {
  return type === 'xhtml' || type === 'application/xhtml+xml' || (mode === 'xml' && (type ?? '').includes('html'));
}

function isXhtml(el: Element): boolean {
  const attribs = el.attribs as Record<string, string>;
  return isXhtmlType(attribs['type'] ?? null, attribs['mode'] ?? null);
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}
