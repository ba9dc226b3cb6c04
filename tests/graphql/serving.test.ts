import { Kind, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/cli/runtime.ts';
import { startService, type RunningService } from '../../src/cli/start-service.ts';
import { GRAPHIQL_DEFAULT_QUERY } from '../../src/graphql/graphiql-default-query.ts';
import { getSchema } from '../../src/graphql/schema.ts';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { testApi } from '../support/graphql.ts';
import { ingestContext, testRuntime } from '../support/ingest-context.ts';
import { rssFeed } from '../support/rss.ts';
import { subscribe } from '../support/sse.ts';


const ADMIN_KEY = 'serving-test-admin-key';
const items = [
  { guid: 'v1', title: 'Election results certified after recount', link: 'https://wire.example/1', date: 'Tue, 24 Nov 2026 09:00:00 GMT' },
  { guid: 'v2', title: 'Voters queue for hours in the capital', link: 'https://wire.example/2', date: 'Tue, 24 Nov 2026 10:00:00 GMT' },
];

const operationsOf = (doc: string) =>
  parse(doc).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [{ name: d.name!.value, type: d.operation }] : []));

describe('GraphiQL default document', () => {
  it('parses and validates against the schema', () => {
    const errors = validate(getSchema(), parse(GRAPHIQL_DEFAULT_QUERY));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('offers the latest articles with sources, a search, the hottest stories, feed health and the live subscription', () => {
    expect(operationsOf(GRAPHIQL_DEFAULT_QUERY)).toEqual([
      { name: 'LatestArticles', type: 'query' },
      { name: 'Search', type: 'query' },
      { name: 'HotStories', type: 'query' },
      { name: 'FeedHealth', type: 'query' },
      { name: 'ArticleAdded', type: 'subscription' },
    ]);
  });
});

describe.each(dialects)('serving on %s', (dialect) => {
  let store: TestStore;
  let feeds: FixtureServer;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    store = await createTestStore(dialect, { NEWSGRAPH_ADMIN_KEYS: ADMIN_KEY });
    feeds = await startFixtureServer();
    feeds.reply('/wire.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed({ title: 'Wire', link: 'https://wire.example/' }, items) });
    feeds.reply('/broken.xml', { status: 500, body: 'upstream down' });
    api = testApi(store);
    const ctx = { repos: api.services.repos, config: store.config };
    await addFeed(ctx, { url: feeds.url('/broken.xml'), sourceName: 'Broken Desk', discover: false });
  });
  afterAll(async () => {
    await feeds?.close();
    await store?.cleanup();
  });

  it('every query of the default document runs at once, with data, and no errors', async () => {
    await addFeed({ repos: api.services.repos, config: store.config }, { url: feeds.url('/wire.xml'), sourceName: 'Wire', discover: false });
    await runIngestPass(ingestContext(store), { mode: { kind: 'all' }, trigger: 'cli' });
    const run = async (operationName: string) => {
      const res = await api.yoga.fetch('http://newsgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: GRAPHIQL_DEFAULT_QUERY, operationName }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      expect(body.errors, `${operationName}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      return body.data;
    };
    const latest = await run('LatestArticles');
    expect(latest.articles.edges.map((e: any) => e.node.title)).toEqual([items[1]!.title, items[0]!.title]);
    expect(latest.articles.edges[0].node.source.name).toBe('Wire');
    const search = await run('Search');
    expect(search.search.edges.map((e: any) => e.node.article.title).sort()).toEqual(items.map((i) => i.title).sort());
    expect(search.search.edges.some((e: any) => e.node.snippet.includes('<mark>'))).toBe(true);
    const health = await run('FeedHealth');
    expect(health.feeds.edges).toHaveLength(1);
    expect(health.feeds.edges[0].node).toMatchObject({ source: { name: 'Broken Desk' }, health: { status: 'FAILING', errorCount: 1, lastError: { code: 'HTTP_5XX' } } });
  });

  it('serves GraphiQL on GET /graphql for browsers, opened on the default document', async () => {
    const res = await api.yoga.fetch('http://newsgraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<title>newsgraph</title>');
    expect(html).toContain('query LatestArticles');
    expect(html).toContain('query FeedHealth');
  });

  describe('mounted on the HTTP server by startService', () => {
    let service: RunningService;
    let rt: Runtime;
    beforeAll(async () => {
      // The API's ingest pass runs on the worker thread, which starts cold here (from TypeScript sources, with the NLP
      // models to load): a busy machine can take longer than the 10 s default, and timing is not what this tests.
      const base = testRuntime(store);
      rt = { ...base, config: { ...base.config, settings: { ...base.config.settings, GRAPHQL_TIMEOUT_MS: 120_000 } } };
      service = await startService(rt, { scheduler: false, port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => service?.stop());

    const post = async (body: object, headers: Record<string, string> = {}) => {
      const res = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
    };

    it('answers GraphQL on /graphql and lists it on /', async () => {
      const r = await post({ query: 'query Sources { sources { name } }' });
      expect(r.status).toBe(200);
      expect(r.body.data.sources.map((s: { name: string }) => s.name)).toContain('Broken Desk');
      const index = (await (await fetch(`${service.url}/`)).json()) as { endpoints: string[] };
      expect(index.endpoints).toContain('/graphql');
      const page = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('query LatestArticles');
    });

    it('subscribers receive the articles an ingest started through the API stores, and the stories it clusters', async () => {
      // The pass runs on the ingest worker thread: its reports reach this process's subscribers (on SQLite, no
      // other process could carry them).
      const { res, sse } = await subscribe(fetch, `${service.url}/graphql`, { query: GRAPHIQL_DEFAULT_QUERY.replace('languages: ["en"]', ''), operationName: 'ArticleAdded' });
      expect(res.status).toBe(200);
      const { sse: stories } = await subscribe(fetch, `${service.url}/graphql`, { query: 'subscription { storyUpdated { title articleCount } }' });
      feeds.reply('/late.xml', {
        headers: { 'content-type': 'application/rss+xml' },
        body: rssFeed({ title: 'Late', link: 'https://late.example/' }, [{ guid: 'l1', title: 'Late edition goes to press', link: 'https://late.example/1' }]),
      });
      await addFeed({ repos: rt.repos, config: rt.config }, { url: feeds.url('/late.xml'), sourceName: 'Late Desk', discover: false });
      const run = await post({ query: 'mutation { runIngest { __typename } }' }, { authorization: `Bearer ${ADMIN_KEY}` });
      expect(run.body).toEqual({ data: { runIngest: { __typename: 'IngestRun' } } });
      const [event] = await sse.next(1);
      expect(event.data.articleAdded).toMatchObject({ title: 'Late edition goes to press', source: { name: 'Late Desk' } });
      await sse.close();
      // The pass also finished the work earlier tests of this file queued (the Wire desk's stories): wait for ours.
      const late = { title: 'Late edition goes to press', articleCount: 1 };
      const deadline = Date.now() + 30_000;
      while (!stories.nexts().some((e) => e.data.storyUpdated.title === late.title) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect((await stories.close()).map((e) => e.data.storyUpdated)).toContainEqual(late);
      // The ingest thread starts cold and loads the NLP models before its first article: not a wait to tie to load.
    }, 180_000);

    it('records GraphQL operation durations and errors on /metrics', async () => {
      await post({ query: 'query Sources { sources { name } }' });
      const deep = `query TooDeep { ${'articles(first: 1) { edges { node { source { '.repeat(4)}name${' } } } }'.repeat(4)} }`;
      const refused = await post({ query: deep });
      expect(refused.status).toBe(400);
      const text = await (await fetch(`${service.url}/metrics`)).text();
      expect(text).toMatch(/newsgraph_graphql_operation_duration_seconds_count\{operation_name="Sources",operation_type="query"\} [1-9]/);
      expect(text).toContain('newsgraph_graphql_errors_total{operation_name="TooDeep",operation_type="query",code="DEPTH_LIMIT"} 1');
      expect(text).toMatch(/newsgraph_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/);
    });

    it('stops promptly while a subscription is open, ending its stream', async () => {
      const { sse } = await subscribe(fetch, `${service.url}/graphql`, { query: 'subscription { articleAdded { title } }' });
      // A hang would run into the test's timeout; how long stopping takes is not asserted here.
      await service.stop();
      await sse.ended;
      service = undefined as unknown as RunningService;
    });
  });
});
