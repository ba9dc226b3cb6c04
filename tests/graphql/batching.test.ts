import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { addArticles, seedCorpus } from './article-fixtures.ts';

/**
 * SQL statements per request, counted with Kysely's log hook: they must grow with the depth of the query, never with
 * the size of the page. A page of articles with their source and feeds (and the feeds' health) is three statements
 * however long the page: the page itself, the sources by id, the feeds of all the page's articles.
 */
const FRONT_PAGE = `query ($first: Int!) {
  articles(first: $first) {
    edges { node { title publishedAt source { name } feeds { url title enabled health { lastFetchedAt errorCount } } } }
  }
}`;

const SOURCES_WITH_ARTICLES = `{
  sources { name feeds { url } articles(first: 5) { edges { node { title source { name } } } pageInfo { hasNextPage } } }
}`;

describe.each(dialects)('statements per request on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let statements = 0;

  beforeAll(async () => {
    // Counts the statements each execution reads: a cached answer would read none.
    store = await createTestStore(dialect, { API_RESPONSE_CACHE_TTL_MS: 0 }, { log: (e) => void (e.level === 'query' && statements++) });
    api = testApi(store);
    await seedCorpus(store.db, api.services.repos, 12);
  });
  afterAll(async () => store?.cleanup());

  async function count(query: string, variables: Record<string, unknown> = {}): Promise<{ n: number; data: any }> {
    statements = 0;
    const r = await api.gql(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return { n: statements, data: r.data };
  }

  it('a page of 5 and a page of 50 articles with source, feeds and feed health take the same 3 statements', async () => {
    const five = await count(FRONT_PAGE, { first: 5 });
    const fifty = await count(FRONT_PAGE, { first: 50 });
    expect(five.data.articles.edges).toHaveLength(5);
    expect(fifty.data.articles.edges).toHaveLength(50);
    // The 50 span every source and both feeds of each, so the loaders really batched many keys.
    expect(new Set(fifty.data.articles.edges.map((e: any) => e.node.source.name)).size).toBeGreaterThanOrEqual(5);
    expect(fifty.data.articles.edges.filter((e: any) => e.node.feeds.length === 2).length).toBeGreaterThan(5);
    expect(five.n).toBe(3);
    expect(fifty.n).toBe(3);
  });

  it('sources { feeds articles(first: 5) } takes the same 4 statements for 6 sources and for 56', async () => {
    const few = await count(SOURCES_WITH_ARTICLES);
    expect(few.data.sources).toHaveLength(6);
    expect(few.data.sources.every((s: any) => s.articles.edges.length === 5)).toBe(true);

    for (let i = 0; i < 50; i++) {
      const source = await api.services.repos.sources.ensure({ name: `Extra outlet ${i}` }, '2026-11-21T00:00:00.000Z');
      const feed = await api.services.repos.feeds.create({ sourceId: source.id, url: `https://extra${i}.example/rss`, intervalSeconds: 900 }, '2026-11-21T00:00:00.000Z');
      await addArticles(store.db, api.services.repos, feed, [{ title: `Extra ${i} a` }, { title: `Extra ${i} b`, publishedAt: '2026-11-21T06:00:00.000Z' }]);
    }
    const many = await count(SOURCES_WITH_ARTICLES);
    expect(many.data.sources).toHaveLength(56);
    const extra = many.data.sources.find((s: any) => s.name === 'Extra outlet 7');
    expect(extra.articles.edges.map((e: any) => e.node.title)).toEqual(['Extra 7 a', 'Extra 7 b']);
    expect(extra.articles.pageInfo.hasNextPage).toBe(false);
    expect(extra.feeds).toEqual([{ url: 'https://extra7.example/rss' }]);
    expect(many.data.sources.find((s: any) => s.name === 'Harbour Times').feeds).toHaveLength(2);
    // sources, their feeds, one UNION ALL for every source's page, the articles' sources by id.
    expect(few.n).toBe(4);
    expect(many.n).toBe(4);
  });
});
