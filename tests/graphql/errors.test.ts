import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { AppError, ERROR_CODES } from '../../src/domain/errors.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';

const ADMIN = { authorization: 'Bearer secret-admin' };
const SECRET = 'postgres://newsgraph:hunter2@db.internal:5432/prod';

/** The repositories with one FeedRepository method replaced by one that throws `error`. */
function failingFeeds(repos: Repositories, method: string, error: unknown): Repositories {
  const feeds = new Proxy(repos.feeds, {
    get(target, prop) {
      if (prop === method) return async () => Promise.reject(error);
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { ...repos, feeds };
}

describe('typed error schema', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('sqlite');
  });
  afterAll(async () => store?.cleanup());

  it('ErrorCode enumerates every stable code, and the error types implement Error', async () => {
    const api = testApi(store);
    const r = await api.gql(`{ codes: __type(name: "ErrorCode") { enumValues { name } } error: __type(name: "Error") { kind possibleTypes { name } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.codes.enumValues.map((v: any) => v.name).sort()).toEqual(ERROR_CODES.map((c) => c.toUpperCase()).sort());
    expect(r.data.error.kind).toBe('INTERFACE');
    expect(r.data.error.possibleTypes.map((t: any) => t.name).sort()).toEqual(
      ['AppError', 'DuplicateFeedError', 'DuplicateTopicError', 'FetchFailedError', 'ForbiddenError', 'InvalidInputError', 'NotFoundError', 'ParseFailedError'].sort(),
    );
  });
});

describe.each(dialects)('unexpected errors stay masked on %s', (dialect) => {
  let store: TestStore;
  let feedId = '';
  beforeAll(async () => {
    store = await createTestStore(dialect, { NEWSGRAPH_ADMIN_KEYS: 'secret-admin' });
    const repos = createRepositories(store.db);
    const now = new Date().toISOString();
    const src = await repos.sources.ensure({ name: 'Desk' }, now);
    feedId = encodeGlobalID('Feed', (await repos.feeds.create({ sourceId: src.id, url: 'https://desk.example/rss', intervalSeconds: 3600 }, now)).id);
  });
  afterAll(async () => store?.cleanup());

  const expectMasked = (r: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }, path: string) => {
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.message).toBe('Unexpected error.');
    expect((r.errors![0] as any).path).toEqual([path]);
    const text = JSON.stringify(r);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('db.internal');
    expect(text).not.toMatch(/stack|at .*\.ts:\d+/);
  };

  const cases: { name: string; method: string; error: () => unknown; query: string; field: string }[] = [
    {
      name: 'a plain Error in a query resolver',
      method: 'getById',
      error: () => new Error(`connection to ${SECRET} refused`),
      query: `query ($id: ID!) { feed(id: $id) { url } }`,
      field: 'feed',
    },
    {
      name: 'a plain Error in a mutation (not one of its result types)',
      method: 'remove',
      error: () => new TypeError(`cannot read ${SECRET}`),
      query: `mutation ($id: ID!) { removeFeed(id: $id) { __typename ... on Error { message } } }`,
      field: 'removeFeed',
    },
    {
      name: "a 'database' AppError in a mutation whose union lists AppError",
      method: 'getById',
      error: () => new AppError('database', `deadlock on ${SECRET}`),
      query: `mutation ($id: ID!) { refreshFeed(id: $id) { __typename ... on Error { code message } } }`,
      field: 'refreshFeed',
    },
  ];

  it.each(cases)('$name', async ({ method, error, query, field }) => {
    const base = createRepositories(store.db);
    const api = testApi(store, { repos: failingFeeds(base, method, error()) });
    const r = await api.gql(query, { id: feedId }, ADMIN);
    expect(r.status).toBe(200);
    expect(r.data?.[field] ?? null).toBeNull();
    expectMasked(r, field);
  });

  it('an expected AppError in the same place is a typed result, message and all', async () => {
    const base = createRepositories(store.db);
    const api = testApi(store, { repos: failingFeeds(base, 'getById', new AppError('conflict', 'feed is busy')) });
    const r = await api.gql(`mutation ($id: ID!) { refreshFeed(id: $id) { __typename ... on Error { code message } } }`, { id: feedId }, ADMIN);
    expect(r.errors).toBeUndefined();
    expect(r.data.refreshFeed).toEqual({ __typename: 'AppError', code: 'CONFLICT', message: 'feed is busy' });
  });
});
