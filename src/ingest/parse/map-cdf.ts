import type { RawFeed, RawItem } from '../../domain/raw-feed.ts';
import { MAX_DEPTH } from './xml-tree.ts';
import { nodes, nodeText, type XmlElement, type XmlNode } from './xml-node.ts';

/**
 * Microsoft's Channel Definition Format (CDF, 1997), which early sites published as their channel: a `<CHANNEL>`
 * root with `HREF` (the site) and `LASTMOD` attributes, `<TITLE>` and `<ABSTRACT>` children, and `<ITEM HREF
 * LASTMOD>` entries, possibly inside nested channels. Its names are case-insensitive (`CHANNEL`, `Channel`).
 */
export function mapCdfFeed(channel: XmlElement): RawFeed {
  return {
    format: 'cdf',
    version: null,
    title: childText(channel, 'title'),
    link: attribute(channel, 'href'),
    selfUrl: null,
    base: null,
    description: childText(channel, 'abstract'),
    language: null,
    published: null,
    updated: attribute(channel, 'lastmod'),
    authors: [],
    imageUrl: null,
    ttlMinutes: null,
    items: itemsOf(channel, 0).map(mapCdfItem),
  };
}

/**
 * Whether a `<channel>` root is CDF rather than an RSS channel written without its `<rss>` wrapper: CDF's
 * upper-case names, or its HREF/LASTMOD attributes on the channel or an item.
 */
export function isCdfChannel(rootName: string, channel: XmlElement): boolean {
  if (rootName === 'CHANNEL') return true;
  const marked = (n: XmlElement) => attribute(n, 'href') !== null || attribute(n, 'lastmod') !== null;
  return marked(channel) || children(channel, 'item').some((n) => typeof n !== 'string' && marked(n));
}

function mapCdfItem(item: XmlElement): RawItem {
  return {
    guid: null,
    title: childText(item, 'title'),
    link: attribute(item, 'href'),
    base: null,
    contentHtml: null,
    contentText: null,
    summaryHtml: childText(item, 'abstract'),
    published: null,
    updated: attribute(item, 'lastmod'),
    authors: [],
    categories: [],
    enclosures: [],
    imageUrl: null,
    language: null,
  };
}

/** The channel's items in document order, those of nested channels after its own (depth is bounded by the tree). */
function itemsOf(channel: XmlElement, depth: number): XmlElement[] {
  const own = children(channel, 'item').map(asElement);
  if (depth >= MAX_DEPTH) return own;
  return [...own, ...children(channel, 'channel').flatMap((c) => itemsOf(asElement(c), depth + 1))];
}

function children(holder: XmlElement, lowerName: string): XmlNode[] {
  return Object.keys(holder)
    .filter((key) => key !== '$' && key !== '_' && key.toLowerCase() === lowerName)
    .flatMap((key) => nodes(holder, key));
}

function childText(holder: XmlElement, lowerName: string): string | null {
  for (const n of children(holder, lowerName)) {
    const text = nodeText(n);
    if (text !== null) return text;
  }
  return null;
}

function attribute(node: XmlElement, lowerName: string): string | null {
  const attrs = node.$ ?? {};
  const key = Object.keys(attrs).find((k) => k.toLowerCase() === lowerName);
  const value = key === undefined ? undefined : attrs[key];
  return value === undefined || value.trim() === '' ? null : value;
}

function asElement(node: XmlNode): XmlElement {
  return typeof node === 'string' ? (node.trim() === '' ? {} : { _: node }) : node;
}
