import type { RawFeed, RawItem, RawPerson } from '../../domain/raw-feed.ts';
import { imageOf, enclosuresOf } from './media.ts';
import { compactPersons, personFromAtom, personFromString } from './person.ts';
import { RAW, type RssParserFeed } from './rss-parser-instance.ts';
import { attributeValue, type RootElement } from './root-element.ts';
import { asText, attr, firstText, linkWithRel, nodeText, nodes, ownAttr } from './xml-node.ts';

/** rss-parser's output for RSS 0.9x/2.0 and RSS 1.0 (RDF) -> RawFeed. */
export function mapRssFeed(feed: RssParserFeed, root: RootElement, format: 'rss' | 'rdf'): RawFeed {
  const rootBase = attributeValue(root.attributes, 'xml:base');
  const base = ownAttr(feed, RAW + '$', 'xml:base') ?? rootBase;
  const atomLinks = nodes(feed, RAW + 'atom:link');
  return {
    format,
    version: format === 'rss' ? attributeValue(root.attributes, 'version') : rdfVersion(root),
    title: asText(feed['title']) ?? raw(feed, 'dc:title'),
    link: textLink(feed) ?? linkWithRel(atomLinks, 'alternate'),
    selfUrl: linkWithRel(atomLinks, 'self'),
    base,
    description: asText(feed['description']) ?? raw(feed, 'dc:description'),
    language: raw(feed, 'language') ?? raw(feed, 'dc:language'),
    published: raw(feed, 'pubDate'),
    // A channel's dc:date dates the channel as a whole, i.e. its last update.
    updated: raw(feed, 'lastBuildDate') ?? raw(feed, 'dc:date') ?? raw(feed, 'atom:updated'),
    authors: feedAuthors(feed),
    imageUrl: feedImage(feed),
    ttlMinutes: ttl(raw(feed, 'ttl')),
    items: feed.items.map((item) => mapRssItem(item, base)),
  };
}

function mapRssItem(item: Record<string, unknown>, feedBase: string | null): RawItem {
  const atomLinks = nodes(item, RAW + 'atom:link');
  const enclosures = enclosuresOf(item, atomLinks);
  return {
    guid: asText(item['guid']) ?? raw(item, 'atom:id') ?? raw(item, 'id'),
    title: asText(item['title']) ?? raw(item, 'atom:title'),
    link: textLink(item) ?? linkWithRel(atomLinks, 'alternate') ?? permalinkGuid(item),
    base: ownAttr(item, RAW + '$', 'xml:base') ?? feedBase,
    contentHtml: raw(item, 'content:encoded') ?? raw(item, 'atom:content'),
    contentText: null,
    summaryHtml: raw(item, 'description') ?? raw(item, 'dc:description') ?? raw(item, 'atom:summary') ?? raw(item, 'itunes:summary'),
    published: raw(item, 'pubDate') ?? raw(item, 'dc:date') ?? raw(item, 'atom:published') ?? raw(item, 'published'),
    updated: raw(item, 'atom:updated') ?? raw(item, 'dc:modified') ?? raw(item, 'updated'),
    authors: itemAuthors(item),
    categories: itemCategories(item),
    enclosures,
    imageUrl: imageOf(item, enclosures),
    language: raw(item, 'dc:language'),
  };
}

function raw(holder: Record<string, unknown>, key: string): string | null {
  return firstText(holder, [RAW + key]);
}

/** The first `<link>` text of a channel or item; a `<link href>` element (Atom style without prefix) counts too. */
function textLink(holder: Record<string, unknown>): string | null {
  for (const n of nodes(holder, RAW + 'link')) {
    const value = nodeText(n) ?? attr(n, 'href');
    if (value !== null) return value;
  }
  return null;
}

/** RSS 2.0: a guid is the item's permalink unless isPermaLink="false"; used only when there is no link. */
function permalinkGuid(item: Record<string, unknown>): string | null {
  const node = nodes(item, RAW + 'guid')[0];
  const guid = node === undefined ? null : nodeText(node)?.trim();
  if (!guid || attr(node, 'isPermaLink')?.trim().toLowerCase() === 'false') return null;
  return /^(?:https?:\/\/|\/)\S*$/i.test(guid) ? guid : null;
}

function rdfVersion(root: RootElement): string | null {
  const ns = attributeValue(root.attributes, 'xmlns');
  if (ns?.includes('purl.org/rss/1.0')) return '1.0';
  if (ns?.includes('netscape.com/rdf/simple/0.9')) return '0.9';
  return null;
}

/** Same precedence as most readers: managingEditor, webMaster, dc:creator, dc:author, author, itunes:author. */
function feedAuthors(feed: Record<string, unknown>): RawPerson[] {
  for (const key of ['managingEditor', 'webMaster', 'dc:creator', 'dc:author', 'author', 'itunes:author']) {
    const found = compactPersons(nodes(feed, RAW + key).map((n) => personFromString(nodeText(n))));
    if (found.length > 0) return found;
  }
  return [];
}

function itemAuthors(item: Record<string, unknown>): RawPerson[] {
  for (const key of ['author', 'dc:creator', 'dc:author', 'itunes:author']) {
    const found = compactPersons(nodes(item, RAW + key).map((n) => personFromString(nodeText(n))));
    if (found.length > 0) return found;
  }
  return compactPersons(nodes(item, RAW + 'atom:author').map(personFromAtom));
}

function itemCategories(item: Record<string, unknown>): string[] {
  const texts = [...nodes(item, RAW + 'category'), ...nodes(item, RAW + 'dc:subject')].map((n) => nodeText(n)?.trim());
  const atom = nodes(item, RAW + 'atom:category').map((n) => attr(n, 'term') ?? attr(n, 'label'));
  return [...new Set([...texts, ...atom].filter((c): c is string => !!c))];
}

function feedImage(feed: Record<string, unknown>): string | null {
  const image = feed['image'];
  const url = image && typeof image === 'object' ? asText((image as Record<string, unknown>)['url']) : null;
  if (url) return url;
  for (const key of ['itunes:image', 'media:thumbnail', 'media:content']) {
    for (const n of nodes(feed, RAW + key)) {
      const value = attr(n, 'href') ?? attr(n, 'url');
      if (value) return value;
    }
  }
  return null;
}

function ttl(value: string | null): number | null {
  return value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : null;
}
