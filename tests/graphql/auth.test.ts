import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { testApi } from '../support/graphql.ts';
import { rssFeed } from '../support/rss.ts';

const KEYS = { NEWSGRAPH_ADMIN_KEYS: 'secret-admin,second-admin', NEWSGRAPH_READ_KEYS: 'reader-key' };

/** Who is calling, and whether they may run admin operations. */
const CALLERS: { name: string; headers: Record<string, string>; admin: boolean }[] = [
  { name: 'no key', headers: {}, admin: false },
  { name: 'wrong key', headers: { authorization: 'Bearer not-a-key' }, admin: false },
  { name: 'admin key with a suffix', headers: { authorization: 'Bearer secret-admin2' }, admin: false },
  { name: 'not a bearer header', headers: { authorization: 'Basic c2VjcmV0LWFkbWlu' }, admin: false },
  { name: 'read key', headers: { authorization: 'Bearer reader-key' }, admin: false },
  { name: 'admin key', headers: { authorization: 'Bearer secret-admin' }, admin: true },
  { name: 'second admin key, lower-case scheme', headers: { authorization: 'bearer second-admin' }, admin: true },
];

describe.each(dialects)('admin scope on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let server: FixtureServer;
  let feedId = '';

  beforeAll(async () => {
    server = await startFixtureServer();
    server.reply('/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed({ title: 'A', link: 'https://a.example/' }, [{ title: 'One', link: 'https://a.example/1' }]) });
    store = await createTestStore(dialect, KEYS);
    api = testApi(store);
    const now = new Date().toISOString();
    const src = await api.services.repos.sources.ensure({ name: 'Desk' }, now);
    const feed = await api.services.repos.feeds.create({ sourceId: src.id, url: 'https://desk.example/feed.xml', intervalSeconds: 3600 }, now);
    feedId = encodeGlobalID('Feed', feed.id);
    await api.services.repos.fetches.insert({
      feedId: feed.id, startedAt: now, durationMs: 12, status: 'error', httpStatus: null, errorCode: 'connection',
      errorMessage: 'connect ECONNREFUSED 10.0.0.7:80', bytes: null, itemsSeen: 0, itemsNew: 0, itemsUpdated: 0, worker: 'w1',
    });
    await api.services.repos.feeds.applyFetch(
      feed.id,
      // Not due for long: the runIngest calls below must not fetch this (unreachable) feed.
      { intervalSeconds: 3600, nextFetchAt: '2099-01-01T00:00:00.000Z', nextFetchReason: 'backoff', errorCount: 1, lastError: { code: 'connection', message: 'connect ECONNREFUSED 10.0.0.7:80', at: now }, lastFetchedAt: now, etag: '"e1"' },
      now,
    );
  });
  afterAll(async () => {
    await store?.cleanup();
    await server?.close();
  });

  it.each(CALLERS)('mutations with $name', async ({ headers, admin }) => {
    const hitsBefore = server.hits('/feed.xml');
    const add = await api.gql(
      `mutation ($url: String!) { addFeed(url: $url) { __typename ... on Error { code message } ... on AddFeedPayload { feed { id } } } }`,
      { url: server.url('/feed.xml') },
      headers,
    );
    expect(add.status).toBe(200);
    expect(add.errors, JSON.stringify(add.errors)).toBeUndefined();
    if (admin) {
      expect(['AddFeedPayload', 'DuplicateFeedError']).toContain(add.data.addFeed.__typename);
    } else {
      expect(add.data.addFeed).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN', message: expect.stringMatching(/admin API key/) });
      // Refused before the resolver ran: nothing fetched, nothing stored.
      expect(server.hits('/feed.xml')).toBe(hitsBefore);
    }

    const disable = await api.gql(
      `mutation ($id: ID!) { setFeedEnabled(id: $id, enabled: false, reason: "test") { __typename ... on SetFeedEnabledSuccess { feed { enabled } } } }`,
      { id: feedId },
      headers,
    );
    expect(disable.data.setFeedEnabled.__typename).toBe(admin ? 'SetFeedEnabledSuccess' : 'ForbiddenError');
    const stored = (await api.services.repos.feeds.getByUrl('https://desk.example/feed.xml'))!;
    expect(stored.enabled).toBe(!admin);
    // Put it back as it was, without making it due.
    await store.db.kysely.updateTable('feeds').set({ enabled: 1, disabled_reason: null }).where('id', '=', stored.id).execute();

    const run = await api.gql(`mutation { runIngest { __typename } }`, {}, headers);
    expect(run.data.runIngest.__typename).toBe(admin ? 'IngestRun' : 'ForbiddenError');
  });

  it.each(CALLERS)('feed internals with $name', async ({ headers, admin }) => {
    const r = await api.gql(
      `query ($id: ID!) { feed(id: $id) { url health { status errorCount lastError { code message } } validators { etag } fetches(first: 5) { edges { node { errorMessage } } } } ingestRuns { worker } }`,
      { id: feedId },
      headers,
    );
    expect(r.status).toBe(200);
    // Public parts answer whoever asks.
    expect(r.data.feed.url).toBe('https://desk.example/feed.xml');
    expect(r.data.feed.health).toMatchObject({ status: 'FAILING', errorCount: 1, lastError: { code: 'CONNECTION' } });
    if (admin) {
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data.feed.health.lastError.message).toBe('connect ECONNREFUSED 10.0.0.7:80');
      expect(r.data.feed.validators).toEqual({ etag: '"e1"' });
      expect(r.data.feed.fetches.edges[0].node.errorMessage).toBe('connect ECONNREFUSED 10.0.0.7:80');
      expect(r.data.ingestRuns.length).toBeGreaterThan(0);
    } else {
      // The message is withheld quietly; the admin-only fields are null, each with a FORBIDDEN error at its path.
      expect(r.data.feed.health.lastError.message).toBeNull();
      expect(r.data.feed.validators).toBeNull();
      expect(r.data.feed.fetches).toBeNull();
      expect(r.data.ingestRuns).toBeNull();
      const paths = (r.errors ?? []).map((e) => e.path?.join('.')).sort();
      expect(paths).toEqual(['feed.fetches', 'feed.validators', 'ingestRuns']);
      for (const e of r.errors!) {
        expect(e.extensions?.code).toBe('FORBIDDEN');
        expect(e.message).toMatch(/needs an admin API key/);
      }
      expect(JSON.stringify(r)).not.toContain('ECONNREFUSED');
    }
  });
});

describe.each(dialects)('API_REQUIRE_KEY on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  beforeAll(async () => {
    store = await createTestStore(dialect, { ...KEYS, API_REQUIRE_KEY: true });
    api = testApi(store);
    await api.services.repos.sources.ensure({ name: 'Desk' }, new Date().toISOString());
  });
  afterAll(async () => store?.cleanup());

  const cases: { name: string; headers: Record<string, string>; status: number; message?: RegExp }[] = [
    { name: 'no key', headers: {}, status: 401, message: /requires an API key/ },
    { name: 'wrong key', headers: { authorization: 'Bearer nope' }, status: 401, message: /not valid/ },
    { name: 'read key', headers: { authorization: 'Bearer reader-key' }, status: 200 },
    { name: 'admin key', headers: { authorization: 'Bearer secret-admin' }, status: 200 },
  ];

  it.each(cases)('a read with $name answers $status', async ({ headers, status, message }) => {
    const res = await api.yoga.fetch('http://newsgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query: '{ sources { name } }' }),
    });
    const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: any }[] };
    expect(res.status).toBe(status);
    if (status === 401) {
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.message).toMatch(message!);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    } else {
      expect(body.errors).toBeUndefined();
      expect(body.data.sources).toEqual([{ name: 'Desk' }]);
    }
  });

  it('a read key still cannot run admin mutations', async () => {
    const r = await api.gql(`mutation { runIngest { __typename } }`, {}, { authorization: 'Bearer reader-key' });
    expect(r.data.runIngest.__typename).toBe('ForbiddenError');
  });
});
