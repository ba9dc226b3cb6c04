import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';

describe.each(dialects)('GraphQL basics on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  beforeAll(async () => {
    store = await createTestStore(dialect);
    api = testApi(store);
    const src = await api.services.repos.sources.ensure({ name: 'Desk', country: 'GB' }, '2026-11-27T00:00:00.000Z');
    await api.services.repos.feeds.create({ sourceId: src.id, url: 'https://desk.example/feed.xml', intervalSeconds: 3600 }, '2026-11-27T00:00:00.000Z');
  });
  afterAll(async () => store?.cleanup());

  it('lists sources with their feeds, and a global id round-trips through node()', async () => {
    const r = await api.gql(`{ sources { id name country feeds { id url source { name } } } }`);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const s = r.data.sources[0];
    expect(s).toMatchObject({ name: 'Desk', country: 'GB', feeds: [{ url: 'https://desk.example/feed.xml', source: { name: 'Desk' } }] });
    const node = await api.gql(`query ($id: ID!) { node(id: $id) { id ... on Source { name } } }`, { id: s.id });
    expect(node.data.node).toEqual({ id: s.id, name: 'Desk' });
  });
});
