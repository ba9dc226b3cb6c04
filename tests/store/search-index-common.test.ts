import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { parseSearchQuery, requiredTerms, toTsquery, type SearchQuery } from '../../src/store/search-query.ts';
import { storeEcbArticles } from '../support/ecb-articles.ts';
import { createTestStore, pgAvailable, type TestStore } from '../support/databases.ts';

// ECB+ news text: searches with a word in most articles ("the", "of") beside rarer ones must give the same rows and
// the same scores (to the bit) as the plain search_vector @@ with ts_rank_cd(), which PostgreSQL no longer runs that
// way for them (GIN is probed for the rarer words only).
describe.runIf(pgAvailable)('searches with index-common words match the plain full-text search on postgres', () => {
  let store: TestStore;
  let repos: Repositories;
  const searches = ['the police', 'of the fire', 'the police -fire', 'the earthquake OR the quake', 'the arrest*', 'of "the police"', 'the of', 'police'];

  beforeAll(async () => {
    store = await createTestStore('postgres');
    repos = createRepositories(store.db);
    await storeEcbArticles(store.db, repos, 300);
    await sql`ANALYZE articles`.execute(store.db.kysely);
  }, 60_000);
  afterAll(async () => store?.cleanup());

  const plain = (query: SearchQuery) =>
    sql<{ id: string; score: number }>`SELECT id, ts_rank_cd(search_vector, to_tsquery('simple', ${toTsquery(query.root)}), 1)::float8 AS score
      FROM articles WHERE search_vector @@ to_tsquery('simple', ${toTsquery(query.root)}) ORDER BY score DESC, id DESC`;

  // Words in 2 to 4 of the 300 articles: rare enough for GIN to be probed for them alone.
  const rareWords = async () =>
    (await sql<{ word: string }>`SELECT word FROM ts_stat('SELECT search_vector FROM articles') WHERE ndoc BETWEEN 2 AND 4 AND word ~ '^[a-z]{6,}$' ORDER BY word LIMIT 3`.execute(store.db.kysely)).rows.map((r) => r.word);

  it('takes the words in most articles as index-common beside rare words only, and only whole single words', async () => {
    const [rare] = await rareWords();
    const common = (text: string) => store.db.dialect.indexCommonTerms(store.db.kysely, requiredTerms(parseSearchQuery(text).root));
    expect(await common(`the ${rare} the*`)).toEqual([false, false, false]);
    expect(await common(`the ${rare}`)).toEqual([true, false]);
    // A word in a fifth to a third of the articles: GIN is probed for the whole search, as before.
    const mid = await sql<{ word: string }>`SELECT word FROM ts_stat('SELECT search_vector FROM articles') WHERE ndoc BETWEEN 60 AND 100 AND word ~ '^[a-z]{4,}$' ORDER BY word LIMIT 1`.execute(store.db.kysely);
    expect(await common(`the ${mid.rows[0]!.word}`)).toEqual([false, false]);
  });

  it('gives the plain rows and scores where GIN is probed for the rare words only', async () => {
    for (const rare of await rareWords()) await same(`the ${rare}`), await same(`${rare} the`);
  });

  it.each(searches)('%s', async (text) => same(text));

  async function same(text: string) {
    const query = parseSearchQuery(text);
    const rows = (await plain(query).execute(store.db.kysely)).rows;
    const page = await repos.search.search(query, {}, { limit: 100, backward: false }, { snippets: true });
    expect(page.items.map((h) => [h.article.id, h.score])).toEqual(rows.slice(0, 100).map((r) => [r.id, r.score]));
    expect(rows.length).toBeGreaterThan(0);
  }

  it('pages with a cursor as the plain search does', async () => {
    const query = parseSearchQuery('the police');
    const first = await repos.search.search(query, {}, { limit: 5, backward: false }, { snippets: false });
    const last = first.items.at(-1)!;
    const next = await repos.search.search(query, {}, { limit: 5, backward: false, after: { score: last.score, id: last.article.id } }, { snippets: false });
    const all = await repos.search.search(query, {}, { limit: 10, backward: false }, { snippets: false });
    expect([...first.items, ...next.items].map((h) => h.article.id)).toEqual(all.items.map((h) => h.article.id));
  });
});
