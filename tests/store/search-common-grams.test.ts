import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonGramOf, commonGrams, ftsVarints } from '../../src/store/common-grams.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { parseSearchQuery, toFts5Match, toTsquery, type SearchQuery } from '../../src/store/search-query.ts';
import { ecbArticle, storeEcbArticles } from '../support/ecb-articles.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

describe('common grams (tokens as FTS5 unicode61 with remove_diacritics splits them)', () => {
  // [title, text, expected grams: gram -> [title hits, text hits]]
  const cases: [string, string, Record<string, number[]>][] = [
    ['', 'That at noon, that at dusk', { 'that at': [0, 2] }],
    ['Of the people', 'zebra of the', { 'of the': [1, 1] }],
    ['', 'THÉ OF the-of', { 'the of': [0, 2], 'of the': [0, 1] }],
    ['', 'at_that', { 'at that': [0, 1] }],
    ['', "that's at", { 'that s': [0, 1], 's at': [0, 1] }],
    ['', 'of zebra the', {}],
    ['', 'of, the', { 'of the': [0, 1] }],
    ['', 'the the the', { 'the the': [0, 2] }],
    ['', 'İt is', { 'it is': [0, 1] }],
  ];
  it.each(cases)('%j / %j', (title, text, expected) => {
    expect(Object.fromEntries(commonGrams([title, text]))).toEqual(expected);
  });

  it('serves only phrases of two common words', () => {
    expect(commonGramOf(['that', 'at'])).toBe('that at');
    expect(commonGramOf(['the', 'street'])).toBeNull();
    expect(commonGramOf(['one', 'of', 'the'])).toBeNull();
  });

  it('reads SQLite varints', () => {
    expect(ftsVarints(Uint8Array.from([0x05, 0x81, 0x00, 0x7f]), 0, 1)).toBe(5);
    expect(ftsVarints(Uint8Array.from([0x05, 0x81, 0x00, 0x7f]), 1, 2)).toBe(128);
    expect(ftsVarints(Uint8Array.from([0x05, 0x81, 0x00, 0x7f]), 2, 3)).toBe(127);
    expect(ftsVarints(Uint8Array.from([0x05]), 1, 2)).toBeNull();
    expect(ftsVarints(Uint8Array.from([0x05, 0x81, 0x00, 0x7f]), 1)).toBe(255);
    expect(ftsVarints(Uint8Array.from([0x05, 0x81, 0x00, 0x7f]), 0)).toBe(260);
    expect(ftsVarints(Uint8Array.from([0x05]), 1)).toBeNull();
  });
});

// ECB+ news text plus a few rows with case, diacritics and punctuation: every phrase of two common words must give
// the same rows and the same scores (to the bit) as the engine's own phrase match and ranking, which the store no
// longer runs that way for them: FTS5 MATCH with bm25() on SQLite, search_vector @@ with ts_rank_cd() on PostgreSQL.
describe.each(dialects)('phrases of common words match the plain full-text phrase on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;
  const phrases = ['"of the"', '"in the"', '"that at"', '"at the"', '"it is"', '"the the"', '"to be"', '"he was"', '"and the"', '"there are"', '"that s"'];

  beforeAll(async () => {
    store = await createTestStore(dialect);
    repos = createRepositories(store.db);
    await storeEcbArticles(store.db, repos, 300, [ecbArticle(1000, 'Of The Week', 'THÉ OF the-of; it is, İt IS'), ecbArticle(1001, 'That at', 'that at that at')]);
    // Edits and deletions keep the pairs in step, as they keep articles_fts.
    await sql`UPDATE articles SET text = 'of the of the' WHERE url = 'https://ecb.example/1'`.execute(store.db.kysely);
    await sql`DELETE FROM articles WHERE url = 'https://ecb.example/2'`.execute(store.db.kysely);
  }, 60_000);
  afterAll(async () => store?.cleanup());

  const plain = (query: SearchQuery) =>
    dialect === 'sqlite'
      ? sql<{ id: string; score: number }>`SELECT articles.id AS id, -bm25(articles_fts, 4.0, 1.0) AS score
        FROM articles_fts CROSS JOIN articles ON articles.seq = articles_fts.rowid
        WHERE articles_fts MATCH ${toFts5Match(query.root)} ORDER BY score DESC, id DESC`
      : sql<{ id: string; score: number }>`SELECT id, ts_rank_cd(search_vector, to_tsquery('simple', ${toTsquery(query.root)}), 1)::float8 AS score
        FROM articles WHERE search_vector @@ to_tsquery('simple', ${toTsquery(query.root)}) ORDER BY score DESC, id DESC`;

  it.each(phrases)('%s', async (text) => {
    const query = parseSearchQuery(text);
    expect(commonGramOf((query.root as { tokens: string[] }).tokens)).not.toBeNull();
    const fts = (await plain(query).execute(store.db.kysely)).rows;
    const page = await repos.search.search(query, {}, { limit: 100, backward: false }, { snippets: true });
    expect(page.items.map((h) => [h.article.id, h.score])).toEqual(fts.slice(0, 100).map((r) => [r.id, r.score]));
    expect(await repos.search.count(query)).toBe(fts.length);
    const matching = await store.db.kysely.selectFrom('articles').select('id').where(store.db.dialect.articleMatches(query)).execute();
    expect(matching.length).toBe(fts.length);
    expect(fts.length).toBeGreaterThan(0);
  });

  it('pages with a cursor as FTS5 does', async () => {
    const query = parseSearchQuery('"of the"');
    const first = await repos.search.search(query, {}, { limit: 5, backward: false }, { snippets: false });
    const last = first.items.at(-1)!;
    const next = await repos.search.search(query, {}, { limit: 5, backward: false, after: { score: last.score, id: last.article.id } }, { snippets: false });
    const all = await repos.search.search(query, {}, { limit: 10, backward: false }, { snippets: false });
    expect([...first.items, ...next.items].map((h) => h.article.id)).toEqual(all.items.map((h) => h.article.id));
  });
});
