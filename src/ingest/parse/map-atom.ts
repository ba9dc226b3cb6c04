import type { RawFeed, RawItem } from '../../domain/raw-feed.ts';
import { enclosuresOf, imageOf } from './media.ts';
import { compactPersons, personFromAtom } from './person.ts';
import { RAW, type RssParserFeed } from './rss-parser-instance.ts';
import { attributeValue, type RootElement } from './root-element.ts';
import { asText, attr, firstText, linkWithRel, nodeText, nodes, ownAttr, type XmlNode } from './xml-node.ts';
import { isXhtmlType, type XhtmlParts } from './xhtml-content.ts';

/** rss-parser's output for Atom 0.3/1.0 -> RawFeed. `xhtml` holds re-read `type="xhtml"` parts per entry. */
export function mapAtomFeed(feed: RssParserFeed, root: RootElement, xhtml: readonly XhtmlParts[] | null): RawFeed {
  const base = ownAttr(feed, RAW + '$', 'xml:base');
  const language = ownAttr(feed, RAW + '$', 'xml:lang');
  const links = nodes(feed, RAW + 'link');
  return {
    format: 'atom',
    version: atomVersion(root),
    title: asText(feed['title']) ?? raw(feed, 'title'),
    link: linkWithRel(links, 'alternate'),
    selfUrl: linkWithRel(links, 'self'),
    base,
    description: raw(feed, 'subtitle') ?? raw(feed, 'tagline'),
    language,
    published: raw(feed, 'published') ?? raw(feed, 'issued'),
    updated: raw(feed, 'updated') ?? raw(feed, 'modified'),
    authors: compactPersons(nodes(feed, RAW + 'author').map(personFromAtom)),
    imageUrl: raw(feed, 'logo') ?? raw(feed, 'icon'),
    ttlMinutes: null,
    items: feed.items.map((entry, i) => mapAtomEntry(entry, { base, language }, xhtml?.[i] ?? null)),
  };
}

function mapAtomEntry(entry: Record<string, unknown>, inherited: { base: string | null; language: string | null }, xhtml: XhtmlParts | null): RawItem {
  const links = nodes(entry, RAW + 'link');
  const content = textConstruct(first(entry, 'content'), xhtml?.content ?? null);
  const summary = textConstruct(first(entry, 'summary'), xhtml?.summary ?? null);
  const enclosures = enclosuresOf(entry, links);
  return {
    guid: raw(entry, 'id'),
    title: raw(entry, 'title'),
    link: linkWithRel(links, 'alternate'),
    base: ownAttr(entry, RAW + '$', 'xml:base') ?? inherited.base,
    contentHtml: content.html,
    contentText: content.text,
    summaryHtml: summary.html ?? summary.text,
    published: raw(entry, 'published') ?? raw(entry, 'issued') ?? raw(entry, 'created'),
    updated: raw(entry, 'updated') ?? raw(entry, 'modified'),
    authors: compactPersons(nodes(entry, RAW + 'author').map(personFromAtom)),
    categories: categories(entry),
    enclosures,
    imageUrl: imageOf(entry, enclosures),
    language: ownAttr(entry, RAW + '$', 'xml:lang') ?? inherited.language,
  };
}

function first(holder: Record<string, unknown>, key: string): XmlNode | null {
  return nodes(holder, RAW + key)[0] ?? null;
}

function raw(holder: Record<string, unknown>, key: string): string | null {
  return firstText(holder, [RAW + key]);
}

/**
 * An Atom text construct by its type: text (the default; Atom 0.3 `text/plain`), html (`text/html`, 0.3
 * `mode="escaped"`) or xhtml (taken from the re-read document; the xml2js text is only a fallback).
 */
function textConstruct(node: XmlNode | null, xhtml: string | null): { html: string | null; text: string | null } {
  if (node === null) return { html: null, text: null };
  const type = attr(node, 'type')?.toLowerCase() ?? null;
  const mode = attr(node, 'mode')?.toLowerCase() ?? null;
  if (mode === 'base64') return { html: null, text: null };
  if (isXhtmlType(type, mode)) return { html: xhtml ?? nodeText(node), text: null };
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return { html: nodeText(node), text: null };
  if (type === null || type === 'text' || type.startsWith('text/')) return { html: null, text: nodeText(node) };
  return { html: null, text: null };
}

/** Atom categories: `term` (the identifier) or, without one, `label`. */
function categories(entry: Record<string, unknown>): string[] {
  const list = nodes(entry, RAW + 'category').map((n) => attr(n, 'term') ?? attr(n, 'label') ?? nodeText(n)?.trim() ?? null);
  return [...new Set(list.filter((c): c is string => !!c))];
}

function atomVersion(root: RootElement): string | null {
  const ns = attributeValue(root.attributes, 'xmlns') ?? '';
  if (ns.includes('w3.org/2005/Atom')) return '1.0';
  if (ns.includes('purl.org/atom/ns#') || attributeValue(root.attributes, 'version') === '0.3') return '0.3';
  return attributeValue(root.attributes, 'version');
}
