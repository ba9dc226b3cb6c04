import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { parseSearchQuery, toFts5Match, toTsquery, type SearchQuery } from '../../src/store/search-query.ts';
import { ecbArticle, storeEcbArticles } from '../support/ecb-articles.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

// Migration 0020: ANALYZE leaves the common-grams index's expression out (evaluating it on every sampled row was most
// of an ANALYZE of articles), keeps gathering the table's own columns, and a phrase of two common words still finds
// exactly what the plain full-text phrase finds, with fresh statistics.
describe.each(dialects)('planner statistics of the common-grams index on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;
  const phrases = ['"of the"', '"in the"', '"at the"', '"it is"', '"to be"', '"that at"'];

  beforeAll(async () => {
    store = await createTestStore(dialect);
    repos = createRepositories(store.db);
    await storeEcbArticles(store.db, repos, 300, [ecbArticle(1000, 'That at', 'that at that at; it is')]);
    await sql`ANALYZE`.execute(store.db.kysely);
  }, 60_000);
  afterAll(async () => store?.cleanup());

  it.runIf(dialect === 'postgres')('sets the statistics target of the index expression to 0 and gathers none for it', async () => {
    // [relation, column, target (null: the default, -1 before PostgreSQL 17)]: the index's expression column only.
    const targets = await sql<{ relname: string; attname: string; target: number | null }>`
      SELECT c.relname, a.attname, a.attstattarget AS target FROM pg_attribute AS a JOIN pg_class AS c ON c.oid = a.attrelid
      WHERE c.relname IN ('articles_common_grams_idx', 'articles') AND a.attname IN ('newsgraph_common_grams', 'search_vector')
      ORDER BY c.relname`.execute(store.db.kysely);
    expect(targets.rows.map((r) => [r.relname, r.attname, r.target === null || r.target < 0 ? 'default' : r.target])).toEqual([
      ['articles', 'search_vector', 'default'],
      ['articles_common_grams_idx', 'newsgraph_common_grams', 0],
    ]);
    // [relation, column, has frequent elements]: search_vector's, which the search reads (indexCommonWords), are
    // still there after ANALYZE; the index's are not gathered.
    const stats = await sql<{ tablename: string; attname: string; elems: boolean }>`
      SELECT tablename, attname, most_common_elems IS NOT NULL AS elems FROM pg_stats
      WHERE schemaname = current_schema() AND tablename IN ('articles', 'articles_common_grams_idx')
        AND attname IN ('search_vector', 'newsgraph_common_grams')
      ORDER BY tablename`.execute(store.db.kysely);
    expect(stats.rows.map((r) => [r.tablename, r.attname, r.elems])).toEqual([['articles', 'search_vector', true]]);
  });

  const plain = (query: SearchQuery) =>
    dialect === 'sqlite'
      ? sql<{ id: string }>`SELECT articles.id AS id FROM articles_fts CROSS JOIN articles ON articles.seq = articles_fts.rowid
        WHERE articles_fts MATCH ${toFts5Match(query.root)} `
      : sql<{ id: string }>`SELECT id FROM articles WHERE search_vector @@ to_tsquery('simple', ${toTsquery(query.root)})`;

  it.each(phrases)('finds the plain phrase match for %s after ANALYZE', async (text) => {
    const query = parseSearchQuery(text);
    const expected = (await plain(query).execute(store.db.kysely)).rows.map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const page = await repos.search.search(query, {}, { limit: 1000, backward: false }, { snippets: false });
    expect(page.items.map((h) => h.article.id).sort()).toEqual(expected);
    expect(await repos.search.count(query)).toBe(expected.length);
    const matching = await store.db.kysely.selectFrom('articles').select('id').where(store.db.dialect.articleMatches(query)).execute();
    expect(matching.map((r) => r.id).sort()).toEqual(expected);
  });
});
