import type { RawFeed, RawItem, RawPerson } from '../../domain/raw-feed.ts';
import { imageOf, enclosuresOf, mediaText, withOriginalEnclosures } from './media.ts';
import { compactPersons, personFromAtom, personFromString } from './person.ts';
import { attributeValue, type RootElement } from './root-element.ts';
import { attr, firstText, linkWithRel, nodeMarkup, nodeText, nodes, type XmlElement, type XmlNode } from './xml-node.ts';

/** An RSS 0.9x/2.0 or RSS 1.0 (RDF) channel and its items -> RawFeed. */
export function mapRssFeed(feed: XmlElement, items: readonly XmlElement[], root: RootElement, format: 'rss' | 'rdf'): RawFeed {
  const rootBase = attributeValue(root.attributes, 'xml:base');
  const base = attr(feed, 'xml:base') ?? rootBase;
  const atomLinks = nodes(feed, 'atom:link');
  return {
    format,
    version: format === 'rss' ? attributeValue(root.attributes, 'version') : rdfVersion(root),
    title: raw(feed, 'title') ?? raw(feed, 'dc:title') ?? raw(feed, 'atom:title'),
    link: textLink(feed) ?? linkWithRel(atomLinks, 'alternate'),
    selfUrl: linkWithRel(atomLinks, 'self'),
    base,
    // Atom's subtitle (0.3: tagline) inside RSS describes the channel as well as RSS's own elements do.
    description:
      raw(feed, 'description') ?? raw(feed, 'dc:description') ?? raw(feed, 'atom:subtitle') ?? raw(feed, 'atom:tagline') ??
      raw(feed, 'itunes:subtitle') ?? raw(feed, 'itunes:summary'),
    // xml:lang on the channel or the root declares the language too (RSS 1.0 feeds often say it only there).
    language: raw(feed, 'language') ?? raw(feed, 'dc:language') ?? attr(feed, 'xml:lang') ?? attributeValue(root.attributes, 'xml:lang'),
    published: raw(feed, 'pubDate'),
    // A channel's dc:date dates the channel as a whole, i.e. its last update.
    updated:
      raw(feed, 'lastBuildDate') ?? raw(feed, 'dc:date') ?? raw(feed, 'atom:updated') ?? raw(feed, 'atom:modified') ??
      raw(feed, 'dcterms:modified'),
    authors: feedAuthors(feed),
    imageUrl: feedImage(feed),
    ttlMinutes: ttl(raw(feed, 'ttl')),
    items: items.map((item) => mapRssItem(item, base)),
  };
}

function mapRssItem(item: XmlElement, feedBase: string | null): RawItem {
  const atomLinks = nodes(item, 'atom:link');
  const enclosures = withOriginalEnclosures(item, enclosuresOf(item, atomLinks));
  const notPermalink = nodes(item, 'guid').some((n) => attr(n, 'isPermaLink')?.trim().toLowerCase() === 'false');
  const guid = raw(item, 'guid') ?? raw(item, 'atom:id') ?? raw(item, 'id');
  // Without a guid, the item's Dublin Core identifier or its RDF resource URI is what identifies it (feedparser and
  // laminas-feed show them as the id).
  const identifier = guid === null ? (nonBlankText(raw(item, 'dc:identifier')) ?? attr(item, 'rdf:about')) : null;
  // FeedBurner rewrites links to its own tracker and keeps the original beside it.
  const origLink = raw(item, 'feedburner:origLink')?.trim() ?? null;
  const ownLink = textLinkNode(item);
  const linkBase = ownLink === null || origLink ? null : attr(ownLink, 'xml:base');
  return {
    guid: guid ?? identifier,
    ...(notPermalink || identifier !== null ? { guidIsPermalink: false } : {}),
    ...(identifier !== null ? { guidIsIdentifier: true } : {}),
    title: raw(item, 'title') ?? raw(item, 'atom:title') ?? raw(item, 'dc:title') ?? mediaText(item, 'media:title'),
    link: origLink ?? textLink(item) ?? linkWithRel(atomLinks, 'alternate') ?? permalinkGuid(item),
    base: attr(item, 'xml:base') ?? feedBase,
    ...(linkBase === null ? {} : { linkBase }),
    contentHtml: raw(item, 'content:encoded') ?? raw(item, 'atom:content') ?? bodyOf(item),
    contentText: null,
    summaryHtml:
      raw(item, 'description') ?? raw(item, 'dc:description') ?? raw(item, 'atom:summary') ?? raw(item, 'itunes:summary') ??
      raw(item, 'itunes:subtitle') ?? mediaText(item, 'media:description'),
    // Atom 0.3's issued/created/modified are the forerunners of published/updated and appear inside RSS the same way.
    published:
      raw(item, 'pubDate') ?? raw(item, 'dc:date') ?? raw(item, 'atom:published') ?? raw(item, 'published') ??
      raw(item, 'atom:issued') ?? raw(item, 'atom:created') ?? raw(item, 'dcterms:issued') ?? raw(item, 'dcterms:created'),
    updated:
      raw(item, 'atom:updated') ?? raw(item, 'dc:modified') ?? raw(item, 'updated') ?? raw(item, 'atom:modified') ??
      raw(item, 'dcterms:modified'),
    authors: itemAuthors(item),
    categories: itemCategories(item),
    enclosures,
    imageUrl: imageOf(item, enclosures),
    language: raw(item, 'dc:language'),
  };
}

function nonBlankText(value: string | null): string | null {
  return value !== null && value.trim() !== '' ? value : null;
}

function raw(holder: XmlElement, key: string): string | null {
  return firstText(holder, [key]);
}

/**
 * Full content kept outside content:encoded: `<xhtml:body>`/`<body>` (XHTML markup, kept as markup; escaped HTML
 * inside is already HTML) and `<fullitem>`.
 */
function bodyOf(item: XmlElement): string | null {
  for (const key of ['xhtml:body', 'body', 'fullitem']) {
    for (const n of nodes(item, key)) {
      const markup = nodeMarkup(n);
      const value = markup !== null && hasElements(n) ? markup : nodeText(n);
      if (value !== null && value.trim() !== '') return value;
    }
  }
  return null;
}

function hasElements(node: unknown): boolean {
  return node !== null && typeof node === 'object' && Object.keys(node).some((k) => k !== '$' && k !== '_');
}

/**
 * The `<link>` of a channel or item; a `<link href>` element (Atom style without prefix) counts too. Of several, the
 * last with a value wins, as feedparser and gofeed read them (each one overwrites the one before); a link with
 * another rel (an enclosure, a related page) is not the item's link.
 */
function textLink(holder: XmlElement): string | null {
  const node = textLinkNode(holder);
  return node === null ? null : linkValue(node);
}

function textLinkNode(holder: XmlElement): XmlNode | null {
  let found: XmlNode | null = null;
  for (const n of nodes(holder, 'link')) {
    const rel = attr(n, 'rel')?.trim().toLowerCase();
    if (rel !== undefined && rel !== '' && rel !== 'alternate') continue;
    if (linkValue(n) !== null) found = n;
  }
  return found;
}

/** A link's URL as written (normalize trims); blank text is no value. */
function linkValue(n: XmlNode): string | null {
  return [nodeText(n), attr(n, 'href')].find((v): v is string => v !== null && v.trim() !== '') ?? null;
}

/** RSS 2.0: a guid is the item's permalink unless isPermaLink="false"; used only when there is no link. */
function permalinkGuid(item: XmlElement): string | null {
  const node = nodes(item, 'guid')[0];
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

/**
 * Same precedence as most readers: managingEditor, webMaster, dc:creator, dc:author, author, itunes:author,
 * googleplay:author, then the podcast's itunes:owner (name and email).
 */
function feedAuthors(feed: XmlElement): RawPerson[] {
  for (const key of ['managingEditor', 'webMaster', 'dc:creator', 'dc:author', 'author', 'itunes:author', 'googleplay:author']) {
    const found = compactPersons(nodes(feed, key).map((n) => personFromString(nodeText(n))));
    if (found.length > 0) return found;
  }
  return compactPersons(
    nodes(feed, 'itunes:owner').map((owner) => {
      const name = firstText(owner, ['itunes:name'])?.trim() || null;
      const email = firstText(owner, ['itunes:email'])?.trim() || null;
      return name === null && email === null ? null : { name, email, uri: null };
    }),
  );
}

function itemAuthors(item: XmlElement): RawPerson[] {
  for (const key of ['author', 'dc:creator', 'dc:author', 'itunes:author', 'googleplay:author']) {
    const found = compactPersons(nodes(item, key).map((n) => personFromString(nodeText(n))));
    if (found.length > 0) return found;
  }
  return compactPersons(nodes(item, 'atom:author').map(personFromAtom));
}

/**
 * Categories by the name a reader sees: RSS/Dublin Core texts, Media RSS and Atom categories by their label (else
 * their text or term), iTunes categories with their subcategories, then comma-separated keywords.
 */
function itemCategories(item: XmlElement): string[] {
  const text = (n: XmlNode) => nodeText(n)?.trim();
  const labelled = (n: XmlNode, fallback: string | null | undefined) => attr(n, 'label')?.trim() || fallback?.trim();
  const media = [item, ...nodes(item, 'media:group')].flatMap((holder) => nodes(holder, 'media:category'));
  const keywords = ['media:keywords', 'itunes:keywords'].flatMap((key) => nodes(item, key).flatMap((n) => (nodeText(n) ?? '').split(',')));
  const names = [
    ...nodes(item, 'category').map(text),
    ...nodes(item, 'dc:subject').map(text),
    ...media.map((n) => labelled(n, nodeText(n))),
    ...nodes(item, 'atom:category').map((n) => labelled(n, attr(n, 'term'))),
    ...itunesCategories(item),
    ...keywords.map((k) => k.trim()),
  ];
  return [...new Set(names.filter((c): c is string => !!c))];
}

/** `<itunes:category text="…">`, each followed by the subcategories nested in it. */
function itunesCategories(holder: XmlElement): string[] {
  return nodes(holder, 'itunes:category').flatMap((n) => {
    const name = attr(n, 'text')?.trim();
    const nested = typeof n === 'object' ? itunesCategories(n) : [];
    return name ? [name, ...nested] : nested;
  });
}

function feedImage(feed: XmlElement): string | null {
  for (const image of nodes(feed, 'image')) {
    const url = firstText(image, ['url']) ?? attr(image, 'rdf:resource') ?? attr(image, 'href');
    if (url) return url.trim();
  }
  for (const key of ['itunes:image', 'media:thumbnail', 'media:content']) {
    for (const n of nodes(feed, key)) {
      const value = attr(n, 'href') ?? attr(n, 'url');
      if (value) return value;
    }
  }
  // Atom's logo (wide) before its icon (square), as in an Atom feed.
  return firstText(feed, ['atom:logo', 'atom:icon'])?.trim() || null;
}

function ttl(value: string | null): number | null {
  return value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : null;
}
