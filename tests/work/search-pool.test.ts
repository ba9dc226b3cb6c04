import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { parseSearchQuery } from '../../src/store/search-query.ts';
import { createSearchPool, type SearchPool } from '../../src/work/search-pool.ts';
import { seedArticles } from '../bench/seed-articles.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';

describe('search on reader threads (SQLite file)', () => {
  let store: TestStore;
  let repos: Repositories;
  let pool: SearchPool;

  beforeAll(async () => {
    store = await createTestStore('sqlite', { SEARCH_THREADS: 1 });
    repos = createRepositories(store.db);
    await seedArticles(store.db, 300, 4, { text: 'zipf' });
    pool = createSearchPool(store.config, createLogger('silent'))!;
  }, 60_000);
  afterAll(async () => {
    await pool?.close();
    await store?.cleanup();
  });

  // [search, page size]: the thread's page is the in-process page, snippets and cursors included.
  const cases: [string, number][] = [
    ['the', 5],
    ['the said', 10],
    ['"of the"', 10],
    ['sa*', 3],
  ];
  it.each(cases)('%j (pages of %i) gives the in-process pages', async (text, limit) => {
    const query = parseSearchQuery(text);
    const first = { limit, backward: false };
    const here = await repos.search.search(query, {}, first, { snippets: true });
    const there = await pool.search(query, {}, first, { snippets: true });
    expect(there).toEqual(here);
    expect(here.items.length).toBeGreaterThan(0);
    const last = here.items.at(-1)!;
    const next = { ...first, after: { score: last.score, id: last.article.id } };
    expect(await pool.search(query, {}, next, { snippets: false })).toEqual(await repos.search.search(query, {}, next, { snippets: false }));
  });

  it('is not made where it gains nothing: PostgreSQL, in-memory SQLite, SEARCH_THREADS=0', () => {
    const logger = createLogger('silent');
    expect(createSearchPool({ ...store.config, settings: { ...store.config.settings, SEARCH_THREADS: 0 } }, logger)).toBeNull();
    expect(createSearchPool({ ...store.config, database: { dialect: 'sqlite', file: ':memory:' } }, logger)).toBeNull();
    expect(createSearchPool({ ...store.config, database: { dialect: 'postgres', url: 'postgres://x@127.0.0.1/none' } }, logger)).toBeNull();
  });
});
