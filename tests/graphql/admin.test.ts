import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { testApi } from '../support/graphql.ts';
import { rssFeed } from '../support/rss.ts';

const ADMIN = { authorization: 'Bearer secret-admin' };
const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
const HTML = { 'content-type': 'text/html; charset=utf-8' };

const ERROR_FIELDS = `... on Error { __typename code message }`;

function newsFeed(name: string, count: number): string {
  return rssFeed(
    { title: `${name} News`, link: `https://${name}.example/` },
    Array.from({ length: count }, (_, i) => ({
      guid: `${name}-${i}`,
      title: `${name} story ${i}`,
      link: `https://${name}.example/story/${i}`,
      date: new Date(Date.UTC(2026, 10, 20, 9 + i)).toUTCString(),
    })),
  );
}

function serveFixtures(server: FixtureServer): void {
  server.reply('/feed.xml', { headers: RSS, body: newsFeed('alpha', 3) });
  server.reply('/other.xml', { headers: RSS, body: newsFeed('beta', 2) });
  server.reply('/gamma.xml', { headers: RSS, body: newsFeed('gamma', 1) });
  server.reply('/page.html', {
    headers: HTML,
    body: '<html><head><title>Beta</title><link rel="alternate" type="application/rss+xml" href="/other.xml"></head><body>hi</body></html>',
  });
  server.reply('/plain.html', { headers: HTML, body: '<html><head><title>No feeds here</title></head><body><p>Nothing</p></body></html>' });
  server.reply('/broken.xml', { status: 500, headers: { 'content-type': 'text/plain' }, body: 'oops' });
}

describe.each(dialects)('admin mutations on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let server: FixtureServer;
  const admin = (query: string, variables: Record<string, unknown> = {}) => api.gql(query, variables, ADMIN);

  beforeAll(async () => {
    server = await startFixtureServer();
    serveFixtures(server);
    store = await createTestStore(dialect, { NEWSGRAPH_ADMIN_KEYS: 'secret-admin' });
    api = testApi(store);
  });
  afterAll(async () => {
    await store?.cleanup();
    await server?.close();
  });

  const ADD = `mutation ($url: String!, $name: String) { addFeed(url: $url, sourceName: $name) {
    __typename
    ... on AddFeedPayload { discoveredFrom feed { id url title health { status nextFetchReason } source { name } } }
    ... on DuplicateFeedError { feed { id url } }
    ... on FetchFailedError { httpStatus }
    ${ERROR_FIELDS} } }`;
  let alphaId = '';

  it('adds a feed by its URL, and by a web page announcing it', async () => {
    const direct = await admin(ADD, { url: server.url('/feed.xml'), name: 'Alpha Wire' });
    expect(direct.errors, JSON.stringify(direct.errors)).toBeUndefined();
    expect(direct.data.addFeed).toMatchObject({
      __typename: 'AddFeedPayload',
      discoveredFrom: null,
      feed: { url: server.url('/feed.xml'), health: { status: 'OK', nextFetchReason: 'new' }, source: { name: 'Alpha Wire' } },
    });
    alphaId = direct.data.addFeed.feed.id;

    const page = await admin(ADD, { url: server.url('/page.html') });
    expect(page.data.addFeed).toMatchObject({ __typename: 'AddFeedPayload', discoveredFrom: server.url('/page.html'), feed: { url: server.url('/other.xml') } });
  });

  it('answers expected addFeed failures as typed results', async () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ['malformed URL', 'not a url', { __typename: 'InvalidInputError', code: 'INVALID_INPUT' }],
      ['non-http scheme', 'ftp://files.example/feed.xml', { __typename: 'InvalidInputError', code: 'INVALID_INPUT' }],
      ['HTML page without feed links', server.url('/plain.html'), { __typename: 'ParseFailedError', code: 'NOT_A_FEED' }],
      ['missing page', server.url('/missing.xml'), { __typename: 'FetchFailedError', code: 'HTTP_4XX', httpStatus: 404 }],
      ['duplicate', server.url('/feed.xml'), { __typename: 'DuplicateFeedError', code: 'CONFLICT', feed: { id: alphaId, url: server.url('/feed.xml') } }],
      ['duplicate found through its page', server.url('/page.html'), { __typename: 'DuplicateFeedError', code: 'CONFLICT' }],
    ];
    for (const [name, url, expected] of cases) {
      const r = await admin(ADD, { url });
      expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
      expect(r.data.addFeed, name).toMatchObject(expected);
      expect(r.data.addFeed.message, name).toEqual(expect.any(String));
    }
    expect((await api.gql(`{ feeds { edges { node { url } } } }`)).data.feeds.edges).toHaveLength(2);
  });

  const UPDATE = `mutation ($id: ID!, $input: UpdateFeedInput!) { updateFeed(id: $id, input: $input) {
    __typename
    ... on UpdateFeedSuccess { feed { id url effectiveUrl title enabled disabledReason source { name } validators { etag lastModified bodyHash } health { nextFetchReason errorCount } } }
    ${ERROR_FIELDS} } }`;

  it('updates a feed; a new URL forgets the validators learnt from the old one', async () => {
    const { repos } = api.services;
    const feedId = alphaId;
    const raw = (await api.gql(`query ($id: ID!) { feed(id: $id) { id } }`, { id: feedId })).data.feed.id;
    const stored = (await repos.feeds.getByUrl(server.url('/feed.xml')))!;
    expect(encodeGlobalID('Feed', stored.id)).toBe(raw);
    await repos.feeds.applyFetch(
      stored.id,
      { etag: '"v1"', lastModified: 'Fri, 20 Nov 2026 08:00:00 GMT', bodyHash: 'abc', intervalSeconds: 900, nextFetchAt: '2026-11-20T09:00:00.000Z', nextFetchReason: 'interval', errorCount: 0, lastError: null, lastFetchedAt: '2026-11-20T08:00:00.000Z' },
      '2026-11-20T08:00:00.000Z',
    );

    const titled = await admin(UPDATE, { id: feedId, input: { title: '  Alpha (edited) ', sourceName: 'Alpha Group' } });
    expect(titled.data.updateFeed).toMatchObject({
      __typename: 'UpdateFeedSuccess',
      feed: { title: 'Alpha (edited)', source: { name: 'Alpha Group' }, validators: { etag: '"v1"', bodyHash: 'abc' }, health: { nextFetchReason: 'interval' } },
    });

    const moved = await admin(UPDATE, { id: feedId, input: { url: server.url('/gamma.xml') } });
    expect(moved.data.updateFeed.feed).toMatchObject({
      url: server.url('/gamma.xml'),
      effectiveUrl: server.url('/gamma.xml'),
      validators: { etag: null, lastModified: null, bodyHash: null },
      health: { nextFetchReason: 'manual', errorCount: 0 },
    });

    const off = await admin(UPDATE, { id: feedId, input: { enabled: false } });
    expect(off.data.updateFeed.feed).toMatchObject({ enabled: false, disabledReason: 'disabled by an operator' });
    const on = await admin(UPDATE, { id: feedId, input: { enabled: true, url: server.url('/feed.xml') } });
    expect(on.data.updateFeed.feed).toMatchObject({ enabled: true, disabledReason: null, url: server.url('/feed.xml') });
  });

  it('answers expected updateFeed failures as typed results', async () => {
    const other = (await api.services.repos.feeds.getByUrl(server.url('/other.xml')))!;
    const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ['invalid URL', { id: alphaId, input: { url: 'mailto:desk@example.com' } }, { __typename: 'InvalidInputError' }],
      ['URL of another feed', { id: alphaId, input: { url: other.url } }, { __typename: 'DuplicateFeedError', code: 'CONFLICT' }],
      ['empty source name', { id: alphaId, input: { sourceName: '   ' } }, { __typename: 'InvalidInputError' }],
      ['nothing to change', { id: alphaId, input: {} }, { __typename: 'InvalidInputError' }],
      ['unknown feed', { id: encodeGlobalID('Feed', '01JAAAAAAAAAAAAAAAAAAAAAAA'), input: { title: 'x' } }, { __typename: 'NotFoundError', code: 'NOT_FOUND' }],
      ['id of a source', { id: encodeGlobalID('Source', other.sourceId), input: { title: 'x' } }, { __typename: 'NotFoundError' }],
    ];
    for (const [name, vars, expected] of cases) {
      const r = await admin(UPDATE, vars);
      expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
      expect(r.data.updateFeed, name).toMatchObject(expected);
    }
    // Nothing changed by the failures.
    expect((await api.services.repos.feeds.getByUrl(server.url('/feed.xml')))?.url).toBe(server.url('/feed.xml'));
  });

  it('disables and enables a feed', async () => {
    const SET = `mutation ($id: ID!, $on: Boolean!, $why: String) { setFeedEnabled(id: $id, enabled: $on, reason: $why) {
      __typename ... on SetFeedEnabledSuccess { feed { enabled disabledReason health { status nextFetchReason } } } ${ERROR_FIELDS} } }`;
    const off = await admin(SET, { id: alphaId, on: false, why: 'paywalled' });
    expect(off.data.setFeedEnabled).toEqual({ __typename: 'SetFeedEnabledSuccess', feed: { enabled: false, disabledReason: 'paywalled', health: expect.objectContaining({ status: 'DISABLED' }) } });
    const on = await admin(SET, { id: alphaId, on: true });
    expect(on.data.setFeedEnabled.feed).toEqual({ enabled: true, disabledReason: null, health: { status: 'OK', nextFetchReason: 'manual' } });
    const missing = await admin(SET, { id: 'garbage', on: true });
    expect(missing.data.setFeedEnabled).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  const REFRESH = `mutation ($id: ID!) { refreshFeed(id: $id) {
    __typename
    ... on FetchOutcome { status httpStatus itemsSeen itemsNew itemsUpdated errorCode errorMessage nextFetchAt nextFetchReason disabled feed { id health { lastFetchedAt } } }
    ${ERROR_FIELDS} } }`;

  it('refreshes a feed now and returns the outcome; its articles appear', async () => {
    const before = Date.now();
    const r = await admin(REFRESH, { id: alphaId });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const o = r.data.refreshFeed;
    expect(o).toMatchObject({ __typename: 'FetchOutcome', status: 'OK', httpStatus: 200, itemsSeen: 3, itemsNew: 3, itemsUpdated: 0, errorCode: null, errorMessage: null, disabled: false, feed: { id: alphaId } });
    expect(Date.parse(o.nextFetchAt)).toBeGreaterThan(before);
    expect(Date.parse(o.feed.health.lastFetchedAt)).toBeGreaterThanOrEqual(before - 1000);

    const articles = await api.gql(`query ($f: ID!) { articles(filter: { feeds: [$f] }, first: 10) { edges { node { title } } } }`, { f: alphaId });
    expect(articles.errors, JSON.stringify(articles.errors)).toBeUndefined();
    expect(articles.data.articles.edges.map((e: any) => e.node.title).sort()).toEqual(['alpha story 0', 'alpha story 1', 'alpha story 2']);

    const again = await admin(REFRESH, { id: alphaId });
    expect(again.data.refreshFeed).toMatchObject({ status: 'UNCHANGED', itemsNew: 0 });
  });

  it('reports a failed fetch as an outcome, and an unknown feed as NotFoundError', async () => {
    const { repos } = api.services;
    const src = await repos.sources.ensure({ name: 'Broken' }, new Date().toISOString());
    const broken = await repos.feeds.create({ sourceId: src.id, url: server.url('/broken.xml'), intervalSeconds: 3600 }, new Date().toISOString());
    const r = await admin(REFRESH, { id: encodeGlobalID('Feed', broken.id) });
    expect(r.data.refreshFeed).toMatchObject({ __typename: 'FetchOutcome', status: 'ERROR', httpStatus: 500, errorCode: 'HTTP_5XX', itemsNew: 0 });
    expect(r.data.refreshFeed.errorMessage).toMatch(/500/);
    const failing = await api.gql(`{ feeds(filter: { health: FAILING }) { edges { node { url health { errorCount lastError { code } } } } } }`);
    expect(failing.data.feeds.edges).toEqual([{ node: { url: server.url('/broken.xml'), health: { errorCount: 1, lastError: { code: 'HTTP_5XX' } } } }]);

    const missing = await admin(REFRESH, { id: encodeGlobalID('Feed', '01JAAAAAAAAAAAAAAAAAAAAAAA') });
    expect(missing.data.refreshFeed).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('imports OPML with a result per outline', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>My list</title></head><body>
      <outline text="World">
        <outline text="Gamma" type="rss" xmlUrl="${server.url('/gamma.xml')}" htmlUrl="https://gamma.example/"/>
        <outline text="Alpha again" type="rss" xmlUrl="${server.url('/feed.xml')}"/>
        <outline text="Old FTP" type="rss" xmlUrl="ftp://old.example/feed"/>
        <outline text="Just a note"/>
      </outline></body></opml>`;
    const IMPORT = `mutation ($opml: String!) { importOpml(opml: $opml) { __typename
      ... on OpmlImportReport { title added duplicates invalid outlines { outline xmlUrl status reason feed { id url } } }
      ${ERROR_FIELDS} } }`;
    const r = await admin(IMPORT, { opml });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const report = r.data.importOpml;
    expect(report).toMatchObject({ __typename: 'OpmlImportReport', title: 'My list', added: 1, duplicates: 1, invalid: 2 });
    const byStatus = (s: string) => report.outlines.filter((l: any) => l.status === s);
    expect(byStatus('ADDED')).toEqual([{ outline: 'World > Gamma', xmlUrl: server.url('/gamma.xml'), status: 'ADDED', reason: null, feed: { id: expect.any(String), url: server.url('/gamma.xml') } }]);
    expect(byStatus('DUPLICATE')).toMatchObject([{ xmlUrl: server.url('/feed.xml'), feed: { id: alphaId } }]);
    expect(byStatus('INVALID')).toHaveLength(2);
    for (const line of byStatus('INVALID')) expect(line.reason).toEqual(expect.any(String));

    const garbage = await admin(IMPORT, { opml: 'this is not xml at all' });
    expect(garbage.data.importOpml).toMatchObject({ __typename: 'ParseFailedError', code: 'PARSE_ERROR' });
  });

  it('removes a feed', async () => {
    const REMOVE = `mutation ($id: ID!) { removeFeed(id: $id) { __typename ... on RemoveFeedSuccess { removedFeedId } ${ERROR_FIELDS} } }`;
    const gamma = (await api.services.repos.feeds.getByUrl(server.url('/gamma.xml')))!;
    const id = encodeGlobalID('Feed', gamma.id);
    const r = await admin(REMOVE, { id });
    expect(r.data.removeFeed).toEqual({ __typename: 'RemoveFeedSuccess', removedFeedId: id });
    expect((await api.gql(`query ($id: ID!) { feed(id: $id) { id } }`, { id })).data.feed).toBeNull();
    const again = await admin(REMOVE, { id });
    expect(again.data.removeFeed).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });
});

describe.each(dialects)('ingest passes through the API on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    serveFixtures(server);
    store = await createTestStore(dialect, { NEWSGRAPH_ADMIN_KEYS: 'secret-admin' });
    api = testApi(store);
    const now = new Date().toISOString();
    const src = await api.services.repos.sources.ensure({ name: 'Mixed' }, now);
    for (const path of ['/feed.xml', '/other.xml', '/broken.xml']) {
      await api.services.repos.feeds.create({ sourceId: src.id, url: server.url(path), intervalSeconds: 3600 }, now);
    }
  });
  afterAll(async () => {
    await store?.cleanup();
    await server?.close();
  });

  const RUN = `mutation { runIngest { __typename
    ... on IngestRun { worker startedAt finishedAt durationMs feeds ok notModified unchanged errors itemsNew itemsUpdated errorsByCode { code count } }
    ... on Error { code message } } }`;
  const RUNS = `{ ingestRuns(first: 5) { worker startedAt finishedAt feeds ok notModified unchanged errors itemsNew itemsUpdated errorsByCode { code count } } }`;

  it('runs one pass over due feeds and returns its summary; ingestRuns lists it', async () => {
    const r = await api.gql(RUN, {}, { authorization: 'Bearer secret-admin' });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const run = r.data.runIngest;
    expect(run).toMatchObject({
      __typename: 'IngestRun', feeds: 3, ok: 2, notModified: 0, unchanged: 0, errors: 1, itemsNew: 5, itemsUpdated: 0,
      errorsByCode: [{ code: 'HTTP_5XX', count: 1 }],
    });
    expect(server.hits('/feed.xml') + server.hits('/other.xml') + server.hits('/broken.xml')).toBe(3);

    const runs = await api.gql(RUNS, {}, { authorization: 'Bearer secret-admin' });
    expect(runs.errors, JSON.stringify(runs.errors)).toBeUndefined();
    expect(runs.data.ingestRuns).toHaveLength(1);
    const derived = runs.data.ingestRuns[0];
    const { __typename: _t, durationMs: _d, ...summary } = run;
    expect(derived).toMatchObject({ ...summary, startedAt: expect.any(String), finishedAt: expect.any(String) });
    // Derived from the fetches: the first fetch started no earlier than the pass, the last ended no later.
    expect(Date.parse(derived.startedAt)).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
    expect(Date.parse(derived.finishedAt)).toBeLessThanOrEqual(Date.parse(run.finishedAt) + 1);
    expect(Date.parse(derived.finishedAt)).toBeGreaterThanOrEqual(Date.parse(derived.startedAt));
  });

  it('a second pass finds nothing due', async () => {
    const r = await api.gql(RUN, {}, { authorization: 'Bearer secret-admin' });
    expect(r.data.runIngest).toMatchObject({ feeds: 0, ok: 0, errors: 0, itemsNew: 0, errorsByCode: [] });
    // A pass that fetched nothing leaves no fetches, so it is not among the derived runs.
    expect((await api.gql(RUNS, {}, { authorization: 'Bearer secret-admin' })).data.ingestRuns).toHaveLength(1);
  });
  it("passes the API's onStored hook to passes it starts", async () => {
    const stored: string[] = [];
    const hooked = testApi(store, { onStored: ({ newIds }) => void stored.push(...newIds) });
    const src = await hooked.services.repos.sources.ensure({ name: 'Gamma' }, new Date().toISOString());
    const gamma = await hooked.services.repos.feeds.create({ sourceId: src.id, url: server.url('/gamma.xml'), intervalSeconds: 3600 }, new Date().toISOString());
    const r = await hooked.gql(`mutation ($id: ID!) { refreshFeed(id: $id) { ... on FetchOutcome { itemsNew } } }`, { id: gamma.id }, { authorization: 'Bearer secret-admin' });
    expect(r.data.refreshFeed.itemsNew).toBe(1);
    expect(stored).toHaveLength(1);
    expect((await hooked.services.repos.articles.getByIds(stored))[0]?.title).toBe('gamma story 0');
  });
});

describe.each(dialects)('addFeed with private networks blocked on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    serveFixtures(server);
    store = await createTestStore(dialect, { NEWSGRAPH_ADMIN_KEYS: 'secret-admin', ALLOW_PRIVATE_NETWORKS: false });
  });
  afterAll(async () => {
    await store?.cleanup();
    await server?.close();
  });

  it('refuses a loopback URL with a typed FetchFailedError BLOCKED_ADDRESS', async () => {
    const api = testApi(store);
    const r = await api.gql(`mutation ($url: String!) { addFeed(url: $url) { __typename ... on FetchFailedError { code message httpStatus } } }`, { url: server.url('/feed.xml') }, ADMIN);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data.addFeed).toMatchObject({ __typename: 'FetchFailedError', code: 'BLOCKED_ADDRESS', httpStatus: null });
    expect(server.hits('/feed.xml')).toBe(0);
    expect(await api.services.repos.feeds.count()).toBe(0);
  });
});
