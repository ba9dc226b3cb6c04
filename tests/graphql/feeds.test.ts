import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Feed } from '../../src/domain/feed.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';

const ADMIN = { authorization: 'Bearer secret-admin' };
const T0 = Date.parse('2026-11-20T08:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

describe.each(dialects)('feeds on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let statements = 0;
  const feeds: Record<'ok' | 'failing' | 'disabled' | 'other', Feed> = {} as never;
  /** Fetch ids of the ok feed, newest first. */
  let okFetchIds: string[] = [];

  beforeAll(async () => {
    store = await createTestStore(dialect, { NEWSGRAPH_ADMIN_KEYS: 'secret-admin' }, { log: (e) => void (e.level === 'query' && statements++) });
    api = testApi(store);
    const { repos } = api.services;
    const wire = await repos.sources.ensure({ name: 'Wire' }, at(0));
    const daily = await repos.sources.ensure({ name: 'Daily' }, at(0));
    feeds.ok = await repos.feeds.create({ sourceId: wire.id, url: 'https://wire.example/ok.xml', intervalSeconds: 3600 }, at(0));
    feeds.failing = await repos.feeds.create({ sourceId: wire.id, url: 'https://wire.example/failing.xml', intervalSeconds: 3600 }, at(1));
    feeds.disabled = await repos.feeds.create({ sourceId: daily.id, url: 'https://daily.example/off.xml', intervalSeconds: 3600 }, at(2));
    feeds.other = await repos.feeds.create({ sourceId: daily.id, url: 'https://daily.example/rss', intervalSeconds: 3600 }, at(3));

    // Five fetches of the ok feed, two of every other; the failing feed's last ones failed.
    for (let i = 0; i < 5; i++) {
      okFetchIds.unshift(
        await repos.fetches.insert({
          feedId: feeds.ok.id, startedAt: at(10 + i), durationMs: 100 + i, status: i === 2 ? 'not_modified' : 'ok',
          httpStatus: i === 2 ? 304 : 200, errorCode: null, errorMessage: null, bytes: 1000, itemsSeen: 10, itemsNew: i, itemsUpdated: 0,
        }),
      );
    }
    for (const f of [feeds.failing, feeds.disabled, feeds.other]) {
      for (let i = 0; i < 2; i++) {
        await repos.fetches.insert({
          feedId: f.id, startedAt: at(20 + i), durationMs: 50, status: f === feeds.failing ? 'error' : 'ok',
          httpStatus: f === feeds.failing ? 503 : 200, errorCode: f === feeds.failing ? 'http_5xx' : null,
          errorMessage: f === feeds.failing ? 'HTTP 503 from 10.1.2.3' : null, bytes: null, itemsSeen: 0, itemsNew: 0, itemsUpdated: 0,
        });
      }
    }
    await repos.feeds.applyFetch(
      feeds.failing.id,
      {
        intervalSeconds: 3600, nextFetchAt: at(120), nextFetchReason: 'backoff', errorCount: 2,
        lastError: { code: 'http_5xx', message: 'HTTP 503 from 10.1.2.3', at: at(21) }, lastFetchedAt: at(21),
      },
      at(21),
    );
    await repos.feeds.setEnabled(feeds.disabled.id, false, at(30), 'publisher closed the feed');
  });
  afterAll(async () => store?.cleanup());

  const feedIdsOf = (r: any) => r.data.feeds.edges.map((e: any) => e.node.id);
  const gid = (f: Feed) => encodeGlobalID('Feed', f.id);

  it('lists feeds with their health, filtered by health status and by source', async () => {
    const query = `query ($filter: FeedFilter) { feeds(filter: $filter) { edges { node { id url health { status errorCount nextFetchReason lastError { code at } } } } } }`;
    const all = await api.gql(query);
    expect(all.errors, JSON.stringify(all.errors)).toBeUndefined();
    expect(feedIdsOf(all)).toEqual([feeds.ok, feeds.failing, feeds.disabled, feeds.other].map(gid));

    const cases: [string, Record<string, unknown>, Feed[]][] = [
      ['OK', { health: 'OK' }, [feeds.ok, feeds.other]],
      ['FAILING', { health: 'FAILING' }, [feeds.failing]],
      ['DISABLED', { health: 'DISABLED' }, [feeds.disabled]],
      ['source', { source: encodeGlobalID('Source', feeds.disabled.sourceId) }, [feeds.disabled, feeds.other]],
      ['source + health', { source: encodeGlobalID('Source', feeds.disabled.sourceId), health: 'OK' }, [feeds.other]],
      ['unknown source', { source: encodeGlobalID('Source', '01JAAAAAAAAAAAAAAAAAAAAAAA') }, []],
      ['malformed source id', { source: 'nonsense' }, []],
    ];
    for (const [name, filter, expected] of cases) {
      const r = await api.gql(query, { filter });
      expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
      expect(feedIdsOf(r), name).toEqual(expected.map(gid));
    }

    const failing = (await api.gql(query, { filter: { health: 'FAILING' } })).data.feeds.edges[0].node;
    expect(failing.health).toEqual({
      status: 'FAILING', errorCount: 2, nextFetchReason: 'backoff', lastError: { code: 'HTTP_5XX', at: at(21) },
    });
  });

  it('pages through feeds with keyset cursors', async () => {
    const query = `query ($after: String) { feeds(first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const p1 = await api.gql(query);
    expect(feedIdsOf(p1)).toEqual([feeds.ok, feeds.failing, feeds.disabled].map(gid));
    expect(p1.data.feeds.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await api.gql(query, { after: p1.data.feeds.pageInfo.endCursor });
    expect(feedIdsOf(p2)).toEqual([gid(feeds.other)]);
    expect(p2.data.feeds.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const bad = await api.gql(`{ feeds(first: 101) { edges { cursor } } }`);
    expect(bad.errors?.[0]?.message).toMatch(/first must be between 1 and 100/);
    const foreign = await api.gql(query, { after: 'bm90IGEgY3Vyc29y' });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds one feed by global or raw id, null for an unknown or malformed one', async () => {
    const query = `query ($id: ID!) { feed(id: $id) { id url effectiveUrl enabled disabledReason format source { name } } }`;
    const byGlobal = await api.gql(query, { id: gid(feeds.disabled) });
    expect(byGlobal.data.feed).toEqual({
      id: gid(feeds.disabled), url: 'https://daily.example/off.xml', effectiveUrl: 'https://daily.example/off.xml',
      enabled: false, disabledReason: 'publisher closed the feed', format: null, source: { name: 'Daily' },
    });
    expect((await api.gql(query, { id: feeds.disabled.id })).data.feed.id).toBe(gid(feeds.disabled));
    for (const id of [encodeGlobalID('Feed', '01JAAAAAAAAAAAAAAAAAAAAAAA'), encodeGlobalID('Source', feeds.ok.sourceId), 'garbage']) {
      const r = await api.gql(query, { id });
      expect(r.errors, id).toBeUndefined();
      expect(r.data.feed, id).toBeNull();
    }
  });

  it('pages through the fetch log newest first (admin)', async () => {
    const query = `query ($id: ID!, $after: String) { feed(id: $id) { fetches(first: 2, after: $after) {
      edges { cursor node { id status httpStatus durationMs itemsSeen itemsNew itemsUpdated errorCode errorMessage startedAt } }
      pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const r: any = await api.gql(query, { id: gid(feeds.ok), after }, ADMIN);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const conn = r.data.feed.fetches;
      seen.push(...conn.edges.map((e: any) => e.node.id));
      expect(conn.pageInfo.hasNextPage).toBe(page < 2);
      expect(conn.pageInfo.hasPreviousPage).toBe(page > 0);
      after = conn.pageInfo.endCursor;
      if (page === 0) {
        expect(conn.edges[0].node).toEqual({
          id: okFetchIds[0], status: 'OK', httpStatus: 200, durationMs: 104, itemsSeen: 10, itemsNew: 4, itemsUpdated: 0,
          errorCode: null, errorMessage: null, startedAt: at(14),
        });
        expect(conn.edges[1].node).toMatchObject({ status: 'OK', startedAt: at(13) });
      }
    }
    expect(seen).toEqual(okFetchIds);

    const failing = await api.gql(query, { id: gid(feeds.failing), after: null }, ADMIN);
    expect(failing.data.feed.fetches.edges[0].node).toMatchObject({ status: 'ERROR', httpStatus: 503, errorCode: 'HTTP_5XX', errorMessage: 'HTTP 503 from 10.1.2.3' });
  });

  it('loads the fetches of a whole page of feeds in one windowed statement', async () => {
    const query = `query ($n: Int!, $k: Int!) { feeds(first: $n) { edges { node { url fetches(first: $k) { edges { node { startedAt status } } pageInfo { hasNextPage } } } } } }`;
    const counts: number[] = [];
    for (const [n, k] of [[1, 1], [4, 3]] as const) {
      statements = 0;
      const r = await api.gql(query, { n, k }, ADMIN);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      counts.push(statements);
      const lists = r.data.feeds.edges.map((e: any) => e.node.fetches.edges.length);
      expect(lists).toEqual([Math.min(k, 5), ...[2, 2, 2].map((m) => Math.min(k, m))].slice(0, n));
    }
    // One statement for the page of feeds, one for all their fetches, however many feeds the page holds.
    expect(counts).toEqual([2, 2]);
  });
  it('exposes the parse warnings of the last parsed body on the feed, its health and its fetch', async () => {
    const { repos } = api.services;
    const warnings = [
      { code: 'recovered_markup' as const, message: 'malformed XML read by the recovering parser: unclosed tag <b>', count: 1 },
      { code: 'dates_unusable' as const, message: '2 items with an unreadable or future date; the date is estimated', count: 2 },
    ];
    await repos.fetches.insert({
      feedId: feeds.other.id, startedAt: at(40), durationMs: 10, status: 'ok', httpStatus: 200, errorCode: null, errorMessage: null,
      bytes: 10, itemsSeen: 3, itemsNew: 0, itemsUpdated: 0, parseWarnings: warnings,
    });
    await repos.feeds.applyFetch(
      feeds.other.id,
      {
        intervalSeconds: feeds.other.intervalSeconds, nextFetchAt: feeds.other.health.nextFetchAt, nextFetchReason: 'new', errorCount: 0,
        lastError: null, lastFetchedAt: at(40), parseWarnings: warnings,
      },
      at(40),
    );
    const query = `query ($id: ID!) { feed(id: $id) {
      parseWarnings { code message count } health { parseWarnings { code count } }
      fetches(first: 1) { edges { node { parseWarnings { code count } } } } } }`;
    const r: any = await api.gql(query, { id: gid(feeds.other) }, ADMIN);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data.feed.parseWarnings).toEqual([
      { code: 'RECOVERED_MARKUP', message: warnings[0]!.message, count: 1 },
      { code: 'DATES_UNUSABLE', message: warnings[1]!.message, count: 2 },
    ]);
    const short = [{ code: 'RECOVERED_MARKUP', count: 1 }, { code: 'DATES_UNUSABLE', count: 2 }];
    expect(r.data.feed.health.parseWarnings).toEqual(short);
    expect(r.data.feed.fetches.edges[0].node.parseWarnings).toEqual(short);
    // A clean feed has none.
    const clean: any = await api.gql(query, { id: gid(feeds.ok) }, ADMIN);
    expect(clean.data.feed.parseWarnings).toEqual([]);
    expect(clean.data.feed.fetches.edges[0].node.parseWarnings).toEqual([]);
  });
});
