import { ParseError } from '../../domain/errors.ts';
import type { RawFeed } from '../../domain/raw-feed.ts';
import { detectFormat } from './detect-format.ts';
import { locateFeed } from './locate-feed.ts';
import { parseJsonFeed } from './json-feed.ts';
import { mapAtomFeed } from './map-atom.ts';
import { isCdfChannel, mapCdfFeed } from './map-cdf.ts';
import { mapRssFeed } from './map-rss.ts';
import { prepareXml } from './prepare-xml.ts';
import { findRootElement } from './root-element.ts';
import { readXmlTree } from './xml-tree.ts';

/**
 * Parses feed text (already decoded) into a RawFeed: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and CDF through the project's
 * element tree (xml-tree.ts) and mapping, JSON Feed 1.0/1.1 through our own reader. Throws only ParseError:
 * `not_a_feed` for HTML pages, empty bodies, JSON that is not a feed and XML with another root; `parse_error` for
 * a feed that cannot be read. A feed read only by the recovering parser carries `warnings`.
 */
export async function parseFeed(text: string): Promise<RawFeed> {
  return parseFeedSync(text);
}

export function parseFeedSync(text: string): RawFeed {
  try {
    return parseAny(text);
  } catch (e) {
    if (e instanceof ParseError) throw e;
    throw new ParseError('parse_error', `unreadable feed: ${describe(e)}`, { cause: e });
  }
}

function parseAny(text: string): RawFeed {
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
  if (root === null) throw new ParseError('not_a_feed', 'not XML or JSON');
  const tree = readXmlTree(xml);
  if (format === 'cdf' && isCdfChannel(tree.rootName, tree.root)) return withWarnings(mapCdfFeed(tree.root), tree.warnings);
  const located = locateFeed(tree);
  if (located === null) throw new ParseError('not_a_feed', `XML root <${tree.rootName}> is not a feed`);
  const feed =
    located.kind === 'atom'
      ? mapAtomFeed(located.channel, located.items, root)
      : mapRssFeed(located.channel, located.items, root, located.kind);
  return withWarnings(feed, tree.warnings);
}

function withWarnings(feed: RawFeed, warnings: string[]): RawFeed {
  if (warnings.length === 0) return feed;
  // A malformed document is kept when anything feed-like was read from it: its items, or (with none) the channel's
  // own facts, as the peers' forgiving parsers keep them. A document that yields nothing at all is still an error.
  if (feed.items.length === 0 && !saysAnything(feed)) throw new ParseError('parse_error', `malformed feed: ${warnings[0]}`);
  return { ...feed, warnings };
}

function saysAnything(feed: RawFeed): boolean {
  const present = (v: string | null) => v !== null && v.trim() !== '';
  return [feed.title, feed.link, feed.description, feed.language, feed.updated, feed.published].some(present);
}

function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unknown error';
}
