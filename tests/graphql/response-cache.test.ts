import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { createInProcessArticleEvents } from '../../src/graphql/in-process-article-events.ts';
import { createInProcessStoryEvents } from '../../src/graphql/in-process-story-events.ts';
import type { Feed } from '../../src/domain/feed.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { addArticles } from './article-fixtures.ts';

const NEWEST = `{ articles(first: 1) { edges { node { title } } } }`;
const ADMIN_KEY = 'admin-key-for-cache-tests-0123456789';

describe.each(dialects)('response cache for anonymous reads on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let feed: Feed;
  let minute = 0;

  /** Stores one article directly (as another process would), newer than all before it; publishes nothing. */
  async function storeArticle(title: string): Promise<void> {
    minute++;
    await addArticles(store.db, api.services.repos, feed, [{ title, publishedAt: `2026-11-21T10:${String(minute).padStart(2, '0')}:00.000Z` }]);
  }
  const newest = async (headers: Record<string, string> = {}) => (await api.gql(NEWEST, {}, headers)).data?.articles.edges[0]?.node.title;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    const config = loadConfig({}, { DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent', API_RESPONSE_CACHE_TTL_MS: 60_000, NEWSGRAPH_ADMIN_KEYS: ADMIN_KEY });
    api = testApi(store, { config, events: createInProcessArticleEvents(), storyEvents: createInProcessStoryEvents() });
    const source = await api.services.repos.sources.ensure({ name: 'Cache Desk', homepage: 'https://cache.example/' }, '2026-11-21T00:00:00.000Z');
    feed = await api.services.repos.feeds.create({ sourceId: source.id, url: 'https://cache.example/feed.xml', intervalSeconds: 900 }, '2026-11-21T00:00:00.000Z');
  });
  afterAll(async () => {
    await store?.cleanup();
  });

  it('answers a repeated anonymous query from the cache until an ingest event empties it', async () => {
    await storeArticle('First report');
    expect(await newest()).toBe('First report');
    await storeArticle('Second report');
    // Nothing told this process: the cached answer stands.
    expect(await newest()).toBe('First report');
    // A caller with a key is never served from the shared cache.
    expect(await newest({ authorization: `Bearer ${ADMIN_KEY}` })).toBe('Second report');
    // articleAdded's event empties the cache.
    api.services.events.publish({} as never);
    await new Promise((r) => setTimeout(r, 10));
    expect(await newest()).toBe('Second report');
  });

  it('is emptied by a changed story and by any mutation', async () => {
    expect(await newest()).toBe('Second report');
    await storeArticle('Third report');
    expect(await newest()).toBe('Second report');
    api.services.storyEvents!.publish({ story: {} as never, mergedIds: [], topicIds: [], entityIds: [] });
    await new Promise((r) => setTimeout(r, 10));
    expect(await newest()).toBe('Third report');

    await storeArticle('Fourth report');
    expect(await newest()).toBe('Third report');
    // Any mutation, even one that fails, empties the cache (here: an admin mutation without a key is refused).
    const mutation = await api.gql(`mutation { removeFeed(id: "RmVlZDp4") { __typename } }`);
    expect(mutation.status).toBe(200);
    expect(await newest()).toBe('Fourth report');
  });

  it('gives a cached GET response an ETag and answers If-None-Match with 304', async () => {
    const url = `http://newsgraph.test/graphql?query=${encodeURIComponent(NEWEST)}`;
    const first = await api.yoga.fetch(url, { headers: { accept: 'application/json' } });
    expect(first.status).toBe(200);
    await first.text();
    const second = await api.yoga.fetch(url, { headers: { accept: 'application/json' } });
    const etag = second.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(JSON.parse(await second.text()).data.articles.edges[0].node.title).toBe('Fourth report');
    const revalidated = await api.yoga.fetch(url, { headers: { accept: 'application/json', 'if-none-match': etag! } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });
});
