import type { RawFeed, RawItem, RawPerson } from '../../domain/raw-feed.ts';
import { enclosuresOf, imageOf, mediaText } from './media.ts';
import { compactPersons, personFromAtom, personFromString } from './person.ts';
import { attributeValue, type RootElement } from './root-element.ts';
import { attr, firstText, linkWithRel, nodeMarkup, nodeText, nodes, type XmlElement, type XmlNode } from './xml-node.ts';

/** An Atom 0.3/1.0 feed element and its entries -> RawFeed. */
export function mapAtomFeed(feed: XmlElement, entries: readonly XmlElement[], root: RootElement): RawFeed {
  const base = attr(feed, 'xml:base');
  const language = attr(feed, 'xml:lang') ?? raw(feed, 'dc:language');
  const links = nodes(feed, 'link');
  return {
    format: 'atom',
    version: atomVersion(root),
    // Dublin Core stands in for each Atom element a feed leaves out (Atom 0.3 writers often used it), as in RSS.
    title: textConstructAsText(first(feed, 'title')) ?? raw(feed, 'dc:title'),
    link: alternateLink(links),
    selfUrl: linkWithRel(links, 'self'),
    base,
    description: textConstructAsText(first(feed, 'subtitle') ?? first(feed, 'tagline')) ?? raw(feed, 'dc:description'),
    language,
    published: raw(feed, 'published') ?? raw(feed, 'issued'),
    updated: raw(feed, 'updated') ?? raw(feed, 'modified') ?? raw(feed, 'dc:date'),
    authors: compactPersons(nodes(feed, 'author').map(personFromAtom)),
    imageUrl: raw(feed, 'logo') ?? raw(feed, 'icon'),
    ttlMinutes: null,
    items: entries.map((entry) => mapAtomEntry(entry, { base, language })),
  };
}

function mapAtomEntry(entry: XmlElement, inherited: { base: string | null; language: string | null }): RawItem {
  const links = nodes(entry, 'link');
  const contentNode = first(entry, 'content');
  const summaryNode = first(entry, 'summary');
  const content = textConstruct(contentNode);
  const summary = textConstruct(summaryNode);
  const contentBase = attr(contentNode, 'xml:base');
  const summaryBase = attr(summaryNode, 'xml:base');
  const enclosures = enclosuresOf(entry, links);
  const origLink = raw(entry, 'feedburner:origLink')?.trim();
  // xml:base on the link element itself scopes its href (XML Base applies to the element that declares it).
  const linkBase = attr(links.find((n) => linkWithRel([n], 'alternate') !== null) ?? null, 'xml:base');
  return {
    guid: raw(entry, 'id') ?? raw(entry, 'dc:identifier'),
    title: textConstructAsText(first(entry, 'title')) ?? raw(entry, 'dc:title'),
    ...(textConstruct(first(entry, 'title')).text !== null ? { titleIsText: true } : {}),
    // FeedBurner's original page over its tracking redirect, as RSS items read it (yarr and feedjira do so for Atom too).
    link: origLink || alternateLink(links),
    ...(origLink || linkBase === null ? {} : { linkBase }),
    base: attr(entry, 'xml:base') ?? inherited.base,
    ...(contentBase === null ? {} : { contentBase }),
    ...(summaryBase === null ? {} : { summaryBase }),
    contentHtml: content.html,
    contentText: content.text,
    // A video entry (YouTube) describes itself only in media:group, as RSS items may.
    summaryHtml: summary.html ?? summary.text ?? raw(entry, 'dc:description') ?? mediaText(entry, 'media:description'),
    published: raw(entry, 'published') ?? raw(entry, 'issued') ?? raw(entry, 'created') ?? raw(entry, 'dc:date'),
    updated: raw(entry, 'updated') ?? raw(entry, 'modified'),
    authors: entryAuthors(entry),
    categories: categories(entry),
    enclosures,
    imageUrl: imageOf(entry, enclosures),
    language: attr(entry, 'xml:lang') ?? inherited.language,
  };
}

/**
 * The entry's own authors, else its Dublin Core creators, else those of the feed it was copied from
 * (RFC 4287 §4.2.11 `atom:source`); the feed's own authors are inherited later, in normalize.
 */
function entryAuthors(entry: XmlElement): RawPerson[] {
  const own = compactPersons(nodes(entry, 'author').map(personFromAtom));
  if (own.length > 0) return own;
  const creators = compactPersons(nodes(entry, 'dc:creator').map((n) => personFromString(nodeText(n))));
  if (creators.length > 0) return creators;
  return compactPersons(nodes(entry, 'source').flatMap((source) => nodes(source, 'author').map(personFromAtom)));
}

/** The alternate link's href; early Atom 0.3 writers put the URL in the element's text instead. */
function alternateLink(links: readonly XmlNode[]): string | null {
  const href = linkWithRel(links, 'alternate');
  if (href !== null) return href;
  for (const n of links) {
    const rel = attr(n, 'rel') ?? 'alternate';
    const text = attr(n, 'href') === null && rel === 'alternate' ? nodeText(n)?.trim() : undefined;
    if (text) return text;
  }
  return null;
}

function first(holder: XmlElement, key: string): XmlNode | null {
  return nodes(holder, key)[0] ?? null;
}

function raw(holder: XmlElement, key: string): string | null {
  return firstText(holder, [key]);
}

/**
 * An Atom text construct by its type: text (the default; Atom 0.3 `text/plain`), html (`text/html`, 0.3
 * `mode="escaped"`) or xhtml (the markup in document order). Atom 0.3 `mode="base64"` is decoded first.
 */
function textConstruct(node: XmlNode | null): { html: string | null; text: string | null } {
  if (node === null) return { html: null, text: null };
  const type = attr(node, 'type')?.trim().toLowerCase() ?? null;
  const mode = attr(node, 'mode')?.trim().toLowerCase() ?? null;
  if (isXhtmlType(type, mode)) return { html: nodeMarkup(node) ?? nodeText(node), text: null };
  const base64 = isBase64(node);
  const written = nodeText(node);
  const value = base64 ? decodeBase64(written) : written;
  // Unescaped child elements in an html construct were kept as markup by the tree builder.
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return { html: nodeMarkup(node) ?? value, text: null };
  // Decoded bytes of another media type are read as markup, which normalize sanitizes.
  if (base64 && value !== null && mode !== 'base64') return { html: value, text: null };
  if (type === null || type === 'text' || type.startsWith('text/')) return { html: null, text: value };
  // A media type whose text is not base64 at all (`application/json`) is shown as written.
  if (mode !== 'base64' && written !== null && !BASE64_TEXT.test(written)) return { html: null, text: written };
  return { html: null, text: null };
}

const BASE64_TEXT = /^[\sA-Za-z0-9+/]*(?:=\s*){0,2}$/;

/** A title as plain text; an html or xhtml title keeps its markup for normalization to flatten. */
function textConstructAsText(node: XmlNode | null): string | null {
  const c = textConstruct(node);
  if (c.text !== null || c.html !== null) return c.text ?? c.html;
  // RFC 4287 text constructs are text, html or xhtml; only Atom 0.3 `mode="base64"` makes a title base64, so a
  // title of another media type is read as written.
  if (attr(node, 'mode')?.trim().toLowerCase() === 'base64') return null;
  return nodeText(node);
}

/**
 * Atom 0.3 `mode="base64"`, or (RFC 4287 §4.1.3.3) a media type that is neither text nor XML: the element holds
 * base64.
 */
function isBase64(node: XmlNode | null): boolean {
  const type = attr(node, 'type')?.trim().toLowerCase() ?? '';
  if (attr(node, 'mode')?.trim().toLowerCase() === 'base64') return true;
  return type.includes('/') && !type.startsWith('text/') && !type.endsWith('+xml') && !type.endsWith('/xml');
}

function isXhtmlType(type: string | null, mode: string | null): boolean {
  return type === 'xhtml' || type === 'application/xhtml+xml' || (mode === 'xml' && (type ?? '').includes('html'));
}

function decodeBase64(value: string | null): string | null {
  if (value === null) return null;
  const compact = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  const text = Buffer.from(compact, 'base64').toString('utf8');
  // Binary payloads (an image, a PDF) are not text to show.
  if (text.includes('\uFFFD') || text.includes('\0')) return null;
  return text.trim() === '' ? null : text;
}

/**
 * Atom categories by the name a reader sees: `label` (RFC 4287's human-readable form), else `term` (the identifier),
 * as Miniflux and gofeed show them; then any dc:subject.
 */
function categories(entry: XmlElement): string[] {
  const named = (n: XmlNode, key: string) => attr(n, key)?.trim() || null;
  const list = [
    ...nodes(entry, 'category').map((n) => named(n, 'label') ?? named(n, 'term') ?? (nodeText(n)?.trim() || null)),
    // Dublin Core subjects, as RSS items have them (Atom 0.3 feeds used them before atom:category).
    ...nodes(entry, 'dc:subject').map((n) => nodeText(n)?.trim() || null),
  ];
  return [...new Set(list.filter((c): c is string => !!c))];
}

function atomVersion(root: RootElement): string | null {
  // The root's own namespace: the default one, or the one its prefix (`<a:feed xmlns:a="…">`) is bound to.
  const colon = root.name.indexOf(':');
  const ns = attributeValue(root.attributes, colon < 0 ? 'xmlns' : `xmlns:${root.name.slice(0, colon)}`) ?? '';
  if (ns.includes('w3.org/2005/Atom')) return '1.0';
  if (ns.includes('purl.org/atom/ns#') || attributeValue(root.attributes, 'version') === '0.3') return '0.3';
  return attributeValue(root.attributes, 'version');
}
