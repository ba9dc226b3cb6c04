import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import type { Feed } from '../../src/domain/feed.ts';
import { createKeyCheck } from '../../src/graphql/auth.ts';
import { createInProcessArticleEvents } from '../../src/graphql/in-process-article-events.ts';
import { createInProcessStoryEvents } from '../../src/graphql/in-process-story-events.ts';
import { createGraphQLServer, GRAPHQL_PATH } from '../../src/graphql/yoga.ts';
import { cachedReadRoute } from '../../src/http/cached-read-route.ts';
import { createRequestGuard } from '../../src/http/request-guard.ts';
import { closeServer, createHttpHandler, listen } from '../../src/http/server.ts';
import { createStoredResponses } from '../../src/http/stored-responses.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createMetrics } from '../../src/log/metrics.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { addArticles } from '../graphql/article-fixtures.ts';

const NEWEST = `query Newest($n: Int!, $after: String) { articles(first: $n, after: $after) { edges { node { title } } } }`;
const ADMIN_KEY = 'admin-key-for-stored-answers-0123456789';

describe.each(dialects)('stored answers for anonymous reads over HTTP on %s', (dialect) => {
  let store: TestStore;
  let server: Server;
  let origin: string;
  let feed: Feed;
  let minute = 0;
  const events = createInProcessArticleEvents();
  const storyEvents = createInProcessStoryEvents();
  const shutdown = new AbortController();
  let repos: ReturnType<typeof createRepositories>;

  /** Stores one article directly (as another process would), newer than all before it; publishes nothing. */
  async function storeArticle(title: string): Promise<void> {
    minute++;
    await addArticles(store.db, repos, feed, [{ title, publishedAt: `2026-11-21T10:${String(minute).padStart(2, '0')}:00.000Z` }]);
  }

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: res.status, cache: res.headers.get('x-cache'), etag: res.headers.get('etag'), json: (await res.json()) as any };
  }
  const newest = async (headers: Record<string, string> = {}) => {
    const r = await post({ query: NEWEST, variables: { n: 1, after: null } }, headers);
    return { title: r.json.data?.articles.edges[0]?.node.title as string | undefined, cache: r.cache };
  };
  const settle = () => new Promise((r) => setTimeout(r, 20));

  beforeAll(async () => {
    store = await createTestStore(dialect);
    const config = loadConfig({}, { DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent', API_RESPONSE_CACHE_TTL_MS: 60_000, NEWSGRAPH_ADMIN_KEYS: ADMIN_KEY });
    repos = createRepositories(store.db);
    const s = config.settings;
    const storedResponses = createStoredResponses({ ttlMs: s.API_RESPONSE_CACHE_TTL_MS });
    const ending = <T,>(e: { publish(x: T): void; subscribe(signal?: AbortSignal): AsyncIterable<T> }) => ({ publish: (x: T) => e.publish(x), subscribe: () => e.subscribe(shutdown.signal) });
    const yoga = createGraphQLServer({ db: store.db, repos, config, logger: silentLogger, metrics: createMetrics(false), events: ending(events), storyEvents: ending(storyEvents), storedResponses });
    const keyCheck = createKeyCheck(config);
    const handler = createHttpHandler({
      db: store.db,
      logger: silentLogger,
      metrics: createMetrics(false),
      routes: { [GRAPHQL_PATH]: cachedReadRoute({ app: yoga, responses: storedResponses, maxBodyBytes: s.HTTP_MAX_BODY_BYTES }) },
      guards: { routes: { [GRAPHQL_PATH]: createRequestGuard({ maxBodyBytes: s.HTTP_MAX_BODY_BYTES, requireKey: false, keyCheck: (h) => keyCheck(h) }) } },
    });
    server = await listen(handler, 0, '127.0.0.1');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const source = await repos.sources.ensure({ name: 'Stored Desk', homepage: 'https://stored.example/' }, '2026-11-21T00:00:00.000Z');
    feed = await repos.feeds.create({ sourceId: source.id, url: 'https://stored.example/feed.xml', intervalSeconds: 900 }, '2026-11-21T00:00:00.000Z');
  });
  afterAll(async () => {
    shutdown.abort();
    if (server) await closeServer(server);
    await store?.cleanup();
  });

  it('answers a repeated anonymous query with the stored bytes until articleAdded empties them', async () => {
    await storeArticle('First report');
    expect(await newest()).toEqual({ title: 'First report', cache: 'miss' });
    await storeArticle('Second report');
    // Nothing told this process: the stored answer stands.
    expect(await newest()).toEqual({ title: 'First report', cache: 'hit' });
    // The same variables in another order, and the same operation, are the same question.
    const reordered = await post(`{"variables":{"after":null,"n":1},"query":${JSON.stringify(NEWEST)}}`);
    expect([reordered.cache, reordered.json.data.articles.edges[0].node.title]).toEqual(['hit', 'First report']);
    // A caller with a key is never served from the shared store, nor stored.
    expect(await newest({ authorization: `Bearer ${ADMIN_KEY}` })).toEqual({ title: 'Second report', cache: null });
    events.publish({} as never);
    await settle();
    expect(await newest()).toEqual({ title: 'Second report', cache: 'miss' });
  });

  it('is emptied by a changed story and by any mutation, and never stores a mutation', async () => {
    await storeArticle('Third report');
    expect((await newest()).title).toBe('Second report');
    storyEvents.publish({ story: {} as never, mergedIds: [], topicIds: [], entityIds: [] });
    await settle();
    expect(await newest()).toEqual({ title: 'Third report', cache: 'miss' });

    await storeArticle('Fourth report');
    expect((await newest()).title).toBe('Third report');
    // An admin mutation without a key is refused, yet it empties the store, and its answer is never stored.
    const mutation = { query: `mutation { removeFeed(id: "RmVlZDp4") { __typename } }` };
    for (let i = 0; i < 2; i++) expect((await post(mutation)).cache).toBeNull();
    expect(await newest()).toEqual({ title: 'Fourth report', cache: 'miss' });
  });

  it('computes a burst of identical requests for a missing answer once', async () => {
    events.publish({} as never);
    await settle();
    const burst = await Promise.all(Array.from({ length: 8 }, () => newest()));
    expect(burst.filter((r) => r.cache === 'miss')).toHaveLength(1);
    expect(new Set(burst.map((r) => r.title)).size).toBe(1);
  });

  it.each([
    { name: 'an unknown field (errors)', body: { query: '{ noSuchField }' } },
    { name: 'a syntax error', body: { query: '{ articles(' } },
    { name: 'malformed JSON', body: '{"query": ' },
    { name: 'a batch', body: [{ query: '{ __typename }' }] },
  ])('never stores $name', async ({ body }) => {
    const first = await post(body);
    const second = await post(body);
    expect(second.cache === null || second.cache === 'miss', `${second.status} ${second.cache}`).toBe(true);
    expect(second.status).toBe(first.status);
  });

  it('gives a stored GET answer an ETag and answers If-None-Match with 304 and no body', async () => {
    const url = `${origin}/graphql?query=${encodeURIComponent(NEWEST)}&variables=${encodeURIComponent('{"n":1}')}`;
    const first = await fetch(url, { headers: { accept: 'application/json' } });
    const body = await first.text();
    const etag = first.headers.get('etag');
    expect([first.status, first.headers.get('x-cache'), !!etag]).toEqual([200, 'miss', true]);
    const second = await fetch(url, { headers: { accept: 'application/json' } });
    expect([second.headers.get('x-cache'), second.headers.get('etag'), await second.text()]).toEqual(['hit', etag, body]);
    const revalidated = await fetch(url, { headers: { accept: 'application/json', 'if-none-match': etag! } });
    expect([revalidated.status, await revalidated.text()]).toEqual([304, '']);
    const stale = await fetch(url, { headers: { accept: 'application/json', 'if-none-match': '"something-else"' } });
    expect([stale.status, await stale.text()]).toEqual([200, body]);
  });

  it('keeps streamed answers (server-sent events) out of the store', async () => {
    const url = `${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    for (let i = 0; i < 2; i++) {
      const res = await fetch(url, { headers: { accept: 'text/event-stream' } });
      expect(res.headers.get('x-cache')).toBeNull();
      expect(await res.text()).toContain('__typename');
    }
  });
});
