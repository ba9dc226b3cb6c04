import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewArticle } from '../../src/domain/article.ts';
import { canonicalizeUrl } from '../../src/ingest/normalize/canonical-url.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { parseSearchQuery, rankingRoot, requiredTerms, toFts5Match } from '../../src/store/search-query.ts';
import { seedArticles } from '../bench/seed-articles.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

describe('ranking without common terms (search query side)', () => {
  // [query, required terms, ranking root without the first required term ("" when nothing is left)]
  const cases: [string, string[], string][] = [
    ['ceasefire', ['"ceasefire"'], ''],
    ['the ceasefire', ['"the"', '"ceasefire"'], '"ceasefire"'],
    ['the "peace talks" gaza*', ['"the"', '"peace talks"', '"gaza"*'], '("peace talks" AND "gaza"*)'],
    ['the ceasefire -football', ['"the"', '"ceasefire"'], '"ceasefire"'],
    ['the (ceasefire OR truce)', ['"the"'], '("ceasefire" OR "truce")'],
  ];
  it.each(cases)('%j requires %j and, without its first, ranks by %j', (text, required, rest) => {
    const root = parseSearchQuery(text).root;
    const terms = requiredTerms(root);
    expect(terms.map(toFts5Match)).toEqual(required);
    const ranking = rankingRoot(root, new Set([terms[0]!]));
    expect(ranking ? toFts5Match(ranking) : '').toBe(rest);
  });

  it('requires no term under a top-level OR', () => {
    expect(requiredTerms(parseSearchQuery('ceasefire OR truce').root)).toEqual([]);
  });
});

// 1,200 articles that all hold the same sentence ("ministers met on the ceasefire, markets moved…"), then a few newer
// ones about zebras: on SQLite "ceasefire" is common (in nearly every article), "zebra" is not.
describe.each(dialects)('searches with common terms on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;
  const zebras: [string, string][] = [
    ['Zebra crossing', 'The ceasefire held near the zebra crossing.'],
    ['Markets', 'A zebra, another zebra and the ceasefire.'],
    ['Zebra zebra', 'Zebra herds crossed after the ceasefire; one zebra stayed.'],
    ['Talks', 'The ceasefire talks went on without a zebra in sight, said a zebra keeper.'],
  ];
  // Holds the rare word but none of the common ones: ranked by "zebra" alone, it must still not match "ceasefire zebra".
  const lone: [string, string] = ['Lone zebra', 'A zebra grazed alone.'];

  function article(i: number, title: string, text: string): NewArticle {
    const url = `https://zoo.example/${i}`;
    return {
      dedupKey: `url:${url}`, guid: null, url, canonicalUrl: canonicalizeUrl(url), title, contentHtml: null, text, excerpt: text,
      authors: [], categories: [], imageUrl: null, enclosures: [], language: 'en', publishedAt: '2026-11-28T10:00:00.000Z',
      publishedAtEstimated: false, updatedAt: null, contentHash: `z${i}`,
    };
  }

  beforeAll(async () => {
    store = await createTestStore(dialect);
    repos = createRepositories(store.db);
    await seedArticles(store.db, 1200, 4, { text: 'fixed' });
    const source = await repos.sources.ensure({ name: 'Zoo' }, '2026-11-28T00:00:00.000Z');
    const feed = await repos.feeds.create({ sourceId: source.id, url: 'https://zoo.example/rss', intervalSeconds: 900 }, '2026-11-28T00:00:00.000Z');
    const items = [...zebras, lone].map(([title, text], i) => article(i, title, text));
    await store.db.kysely.transaction().execute((trx) => repos.articles.upsertForFeed(trx, feed, items, '2026-11-28T11:00:00.000Z'));
  }, 60_000);
  afterAll(async () => store?.cleanup());

  it('tells common terms only on SQLite, where ranking would walk them to the end', async () => {
    const terms = requiredTerms(parseSearchQuery('ceasefire zebra').root);
    expect(await store.db.dialect.commonTerms(store.db.kysely, terms)).toEqual([dialect === 'sqlite', false]);
  });

  // bm25 gives a term in most articles no weight, so leaving it out keeps the order (ts_rank_cd has no idf, and
  // PostgreSQL never leaves a term out).
  it('ranks "ceasefire zebra" in the order the whole query ranks it', async () => {
    const search = parseSearchQuery('ceasefire zebra');
    const columns = sql.join([sql.ref('articles.id'), sql.ref('articles.title')]);
    const base = { search, columns, filters: [], keyset: [], direction: 'desc' as const, limit: 10, rankWindow: 100, snippets: false };
    type Row = { title: string; score: number };
    const whole = (await store.db.dialect.rankedSearch<Row>(base).execute(store.db.kysely)).rows;
    const rankBy = rankingRoot(search.root, new Set([requiredTerms(search.root)[0]!]));
    const byRest = (await store.db.dialect.rankedSearch<Row>({ ...base, rankBy }).execute(store.db.kysely)).rows;
    expect(whole).toHaveLength(4);
    if (dialect === 'sqlite') expect(byRest.map((r) => r.title)).toEqual(whole.map((r) => r.title));
    const page = await repos.search.search(search, {}, { limit: 10, backward: false }, { snippets: true });
    expect(page.items.map((h) => h.article.title)).toEqual(whole.map((r) => r.title));
    for (const hit of page.items) expect(hit.snippet).toMatch(/<mark>zebra<\/mark>/i);
  });

  // [search, the titles it matches]: the window is the ranking terms' ("zebra"), the whole search is checked per row.
  const partial: [string, string[]][] = [
    ['ceasefire zebra', ['Markets', 'Talks', 'Zebra crossing', 'Zebra zebra']],
    ['the zebra', ['Markets', 'Talks', 'Zebra crossing', 'Zebra zebra']],
    ['ceasefire zebra -herds', ['Markets', 'Talks', 'Zebra crossing']],
    ['ceasefire zebra -(herds OR keeper)', ['Markets', 'Zebra crossing']],
    ['zebra', ['Lone zebra', 'Markets', 'Talks', 'Zebra crossing', 'Zebra zebra']],
  ];
  it.each(partial)('%j finds %j, in the order of the whole query, a page of one at a time too', async (text, titles) => {
    const search = parseSearchQuery(text);
    const columns = sql.join([sql.ref('articles.id'), sql.ref('articles.title')]);
    const base = { search, columns, filters: [], keyset: [], direction: 'desc' as const, limit: 10, rankWindow: 100, snippets: false };
    const whole = (await store.db.dialect.rankedSearch<{ title: string }>(base).execute(store.db.kysely)).rows.map((r) => r.title);
    const page = await repos.search.search(search, {}, { limit: 10, backward: false }, { snippets: true });
    const found = page.items.map((h) => h.article.title);
    expect([...found].sort()).toEqual(titles);
    expect(found).toEqual(whole);
    const paged: string[] = [];
    let after: { score: number; id: string } | undefined;
    for (let i = 0; i < titles.length + 1; i++) {
      const one = await repos.search.search(search, {}, { limit: 1, backward: false, ...(after ? { after } : {}) }, { snippets: false });
      paged.push(...one.items.map((h) => h.article.title));
      const last = one.items.at(-1);
      if (!last) break;
      after = { score: last.score, id: last.article.id };
    }
    expect(paged).toEqual(found);
  });

  it('lists a search of common terms only newest first, every page in one order', async () => {
    const search = parseSearchQuery('ceasefire');
    const all = await repos.search.search(search, {}, { limit: 100, backward: false }, { snippets: false });
    expect(all.items).toHaveLength(100);
    expect(all.rankingIsBounded).toBe(false);
    const ids = all.items.map((h) => h.article.id);
    if (dialect === 'sqlite') {
      // Scored by nothing: the newest matches (the zebra articles) first.
      expect(all.items.every((h) => h.score === 0)).toBe(true);
      expect([...ids].sort().reverse()).toEqual(ids);
      expect(all.items.slice(0, 4).map((h) => h.article.title).sort()).toEqual(zebras.map(([t]) => t).sort());
    }
    const paged: string[] = [];
    let after: { score: number; id: string } | undefined;
    while (paged.length < 100) {
      const page = await repos.search.search(search, {}, { limit: 7, backward: false, ...(after ? { after } : {}) }, { snippets: false });
      paged.push(...page.items.map((h) => h.article.id));
      const last = page.items.at(-1)!;
      after = { score: last.score, id: last.article.id };
    }
    expect(paged.slice(0, 100)).toEqual(ids);
  });
});
