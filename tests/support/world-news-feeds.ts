import { readFileSync } from 'node:fs';
import { addFeed } from '../../src/ingest/add-feed.ts';
import type { IngestContext } from '../../src/scheduler/ingest-pass.ts';
import { loadWorldNewsLabels, WORLD_NEWS_DIR } from '../enrich/world-news-corpus.ts';
import type { FixtureServer } from './fixture-server.ts';

/** The content type each world-news feed is served with, as its publisher would. */
export const WORLD_NEWS_CONTENT_TYPES: Record<string, string> = {
  'meridian-wire.xml': 'application/rss+xml; charset=utf-8',
  'baltic-herald.xml': 'application/atom+xml',
  'pacific-daily-ledger.json': 'application/feed+json',
  // No charset in the header: the decoder must find ISO-8859-1 in the XML prolog.
  'nile-observer.xml': 'application/rss+xml',
  'andes-tribune.xml': 'application/rdf+xml',
  'northern-lights-post.xml': 'text/xml',
};

/**
 * Serves the six world-news feeds (tests/fixtures/world-news/feeds) from the fixture server and subscribes the
 * store to each, one source per outlet. Returns feed ids by file name.
 */
export async function subscribeWorldNewsFeeds(ctx: Pick<IngestContext, 'repos' | 'config'>, server: FixtureServer): Promise<Map<string, string>> {
  const feedIdByFile = new Map<string, string>();
  for (const [file, meta] of Object.entries(loadWorldNewsLabels().feeds)) {
    server.reply(`/${file}`, { headers: { 'content-type': WORLD_NEWS_CONTENT_TYPES[file]! }, body: readFileSync(`${WORLD_NEWS_DIR}feeds/${file}`) });
    const { feed } = await addFeed(ctx, { url: server.url(`/${file}`), sourceName: meta.outlet, homepage: meta.site, discover: false });
    feedIdByFile.set(file, feed.id);
  }
  return feedIdByFile;
}
