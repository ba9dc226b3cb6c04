import Parser from 'rss-parser';

/**
 * The one rss-parser instance. rss-parser maps the common fields; everything else we need is requested as raw
 * xml2js nodes through customFields (kept as arrays under a `raw:` key, so they never clash with rss-parser's own
 * mapping) and read by map-rss.ts / map-atom.ts.
 */

export const RAW = 'raw:';

const FEED_KEYS = [
  '$', 'title', 'link', 'description', 'subtitle', 'tagline', 'language', 'dc:language', 'pubDate', 'lastBuildDate',
  'published', 'updated', 'modified', 'issued', 'dc:date', 'managingEditor', 'webMaster', 'author', 'dc:creator',
  'dc:author', 'itunes:author', 'itunes:image', 'image', 'logo', 'icon', 'ttl', 'atom:link', 'atom:updated',
  'dc:title', 'dc:description', 'media:thumbnail', 'media:content', 'id',
] as const;

const ITEM_KEYS = [
  '$', 'title', 'link', 'guid', 'id', 'description', 'summary', 'content', 'content:encoded', 'pubDate', 'published',
  'updated', 'issued', 'modified', 'created', 'dc:date', 'dc:modified', 'dc:creator', 'dc:author', 'author',
  'itunes:author', 'category', 'dc:subject', 'enclosure', 'media:content', 'media:thumbnail', 'media:group',
  'itunes:image', 'itunes:summary', 'dc:language', 'dc:title', 'dc:description', 'atom:link', 'atom:updated',
  'atom:published', 'atom:author', 'atom:category', 'atom:content', 'atom:summary', 'atom:id', 'atom:title',
] as const;

function rawFields(keys: readonly string[]): [string, string, { keepArray: true }][] {
  return keys.map((k) => [k, RAW + k, { keepArray: true }]);
}

/**
 * rss-parser runs `new Date(entry.published[0]).toISOString()` on Atom entries and rejects the whole feed when the
 * date is invalid. Wrapping such a value as `{_: text}` keeps the text for us while rss-parser skips it (it only
 * converts non-empty strings). Atom `<link>` without attributes (invalid but seen) would crash its link lookup,
 * so it gets an empty attribute object. An empty `<entry>`/`<item>` arrives as a string, whose inherited
 * String.prototype.link would be taken for links; it becomes an empty element.
 */
function shieldNode(xpath: string, _previous: unknown, node: unknown): unknown {
  if (typeof node !== 'string') return node;
  if (/\/(?:entry|item)$/.test(xpath)) return {};
  if (/^\/feed\/entry\/(?:published|updated)$/.test(xpath) && Number.isNaN(new Date(node).getTime())) return { _: node };
  if (/^\/feed(?:\/entry)?\/link$/.test(xpath)) return { $: {}, _: node };
  return node;
}

export type RssParserFeed = Record<string, unknown> & { items: Record<string, unknown>[] };

const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
  // `<rss>` without a version attribute is read as RSS 2.0.
  defaultRSS: 2,
  xml2js: { validator: shieldNode },
  customFields: {
    feed: rawFields(FEED_KEYS) as never,
    item: rawFields(ITEM_KEYS) as never,
  },
});

export function rssParserParse(xml: string): Promise<RssParserFeed> {
  return parser.parseString(xml) as Promise<RssParserFeed>;
}
