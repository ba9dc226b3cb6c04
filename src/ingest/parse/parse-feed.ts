import { ParseError } from '../../domain/errors.ts';
import type { RawFeed } from '../../domain/raw-feed.ts';
import { detectFormat } from './detect-format.ts';
import { parseJsonFeed } from './json-feed.ts';
import { mapAtomFeed } from './map-atom.ts';
import { mapRssFeed } from './map-rss.ts';
import { prepareXml } from './prepare-xml.ts';
import { findRootElement, type RootElement } from './root-element.ts';
import { rssParserParse, RAW, type RssParserFeed } from './rss-parser-instance.ts';
import { xhtmlPartsByEntry } from './xhtml-content.ts';
import { attr, nodes } from './xml-node.ts';

/**
 * Parses feed text (already decoded) into a RawFeed: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through rss-parser, JSON
 * Feed 1.0/1.1 through our own reader. Throws only ParseError: `not_a_feed` for HTML pages, empty bodies, JSON
 * that is not a feed and XML with another root; `parse_error` for a feed that cannot be read.
 */
export async function parseFeed(text: string): Promise<RawFeed> {
  try {
    return await parseAny(text);
  } catch (e) {
    if (e instanceof ParseError) throw e;
    throw new ParseError('parse_error', `unreadable feed: ${describe(e)}`, { cause: e });
  }
}

async function parseAny(text: string): Promise<RawFeed> {
  if (typeof text !== 'string' || text.trim() === '') throw new ParseError('not_a_feed', 'empty body');
  const format = detectFormat(text);
  if (format === 'json') return parseJsonFeed(text);
  if (format === 'html') throw new ParseError('not_a_feed', 'an HTML page, not a feed');
  if (format === 'unknown' && text.trimStart().startsWith('{')) return parseJsonFeed(text);
  const xml = prepareXml(text);
  const root = findRootElement(xml);
  if (format === 'unknown' && root !== null) {
    throw new ParseError('not_a_feed', `XML root <${root.name}> is not a feed`);
  }
  if (root === null && !xml.startsWith('<')) throw new ParseError('not_a_feed', 'not XML or JSON');
  const feed = await runRssParser(xml);
  return mapFeed(feed, xml, root ?? { name: '', attributes: '' });
}

async function runRssParser(xml: string): Promise<RssParserFeed> {
  try {
    return await settledNow(rssParserParse(xml));
  } catch (e) {
    const message = describe(e);
    if (/not recognized|Unable to parse XML/i.test(message)) throw new ParseError('not_a_feed', message, { cause: e });
    throw new ParseError('parse_error', `malformed feed: ${message}`, { cause: e });
  }
}

/**
 * xml2js parses synchronously, so rss-parser's promise is settled by the time parseString returns. A promise still
 * pending one macrotask later would mean neither "end" nor "error" fired; fail instead of waiting forever.
 */
async function settledNow<T>(promise: Promise<T>): Promise<T> {
  const pending = Symbol('pending');
  const first = await Promise.race([promise, new Promise<typeof pending>((r) => setImmediate(() => r(pending)))]);
  if (first === pending) throw new ParseError('parse_error', 'XML parser did not finish');
  return first as T;
}

function mapFeed(feed: RssParserFeed, xml: string, root: RootElement): RawFeed {
  const local = root.name.slice(root.name.indexOf(':') + 1).toLowerCase();
  if (local === 'feed') return mapAtomFeed(feed, root, hasXhtml(feed) ? xhtmlPartsByEntry(xml) : null);
  return mapRssFeed(feed, root, local === 'rdf' ? 'rdf' : 'rss');
}

function hasXhtml(feed: RssParserFeed): boolean {
  return feed.items.some((entry) =>
    [...nodes(entry, RAW + 'content'), ...nodes(entry, RAW + 'summary')].some((n) => {
      const type = attr(n, 'type');
      return type === 'xhtml' || type === 'application/xhtml+xml' || attr(n, 'mode') === 'xml';
    }),
  );
}

function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unknown error';
}
