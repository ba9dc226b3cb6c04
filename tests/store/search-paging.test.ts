import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewArticle } from '../../src/domain/article.ts';
import { canonicalizeUrl } from '../../src/ingest/normalize/canonical-url.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { SearchRepository } from '../../src/store/repositories/search-repository.ts';
import { parseSearchQuery } from '../../src/store/search-query.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

// 30 hits in three groups of equal scores (5 "ferry ferry strike…", 8 "ferry strike…", 17 "ferry delays…"): pages must split ties by id, with no gap or repeat,
// whichever way the store cuts the ranked list before reading ids.
describe.each(dialects)('search pages through tied scores on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;

  function article(i: number, text: string): NewArticle {
    const url = `https://wire.example/a/${i}`;
    return {
      dedupKey: `url:${url}`, guid: null, url, canonicalUrl: canonicalizeUrl(url), title: `Item ${i}`, contentHtml: null, text,
      excerpt: text, authors: [], categories: [], imageUrl: null, enclosures: [], language: 'en',
      publishedAt: '2026-11-20T10:00:00.000Z', publishedAtEstimated: false, updatedAt: null, contentHash: `h${i}`,
    };
  }

  beforeAll(async () => {
    store = await createTestStore(dialect);
    repos = createRepositories(store.db);
    const source = await repos.sources.ensure({ name: 'Wire' }, '2026-11-20T00:00:00.000Z');
    const feed = await repos.feeds.create({ sourceId: source.id, url: 'https://wire.example/rss', intervalSeconds: 900 }, '2026-11-20T00:00:00.000Z');
    const items = Array.from({ length: 30 }, (_, i) =>
      article(i, i % 7 === 0 ? 'ferry ferry strike at the port' : i % 3 === 0 ? 'ferry strike at the port today' : 'ferry delays at the port today'),
    );
    await store.db.kysely.transaction().execute((trx) => repos.articles.upsertForFeed(trx, feed, items, '2026-11-20T11:00:00.000Z'));
  });
  afterAll(async () => store?.cleanup());

  it.each([
    ['ferry', 30],
    ['strike', 13],
    ['"ferry strike"', 13],
    ['ferr*', 30],
    ['ferry -delays', 13],
    ['harbour', 0],
  ])('count(%j) is %i: every match, without ranking', async (text, n) => {
    expect(await repos.search.count(parseSearchQuery(text))).toBe(n);
  });

  it.each([1, 4, 7])('pages of %i, forwards and backwards, list every hit once in the order of one big page', async (size) => {
    const query = parseSearchQuery('ferry');
    const all = (await repos.search.search(query, {}, { limit: 100, backward: false }, { snippets: false })).items.map((h) => h.article.id);
    expect(all).toHaveLength(30);
    const forward: string[] = [];
    let after: { score: number; id: string } | undefined;
    for (;;) {
      const page = await repos.search.search(query, {}, { limit: size, backward: false, ...(after ? { after } : {}) }, { snippets: false });
      forward.push(...page.items.map((h) => h.article.id));
      if (!page.hasMore) break;
      const last = page.items.at(-1)!;
      after = { score: last.score, id: last.article.id };
    }
    expect(forward).toEqual(all);
    const backward: string[] = [];
    let before: { score: number; id: string } | undefined;
    for (;;) {
      const page = await repos.search.search(query, {}, { limit: size, backward: true, ...(before ? { before } : {}) }, { snippets: false });
      backward.unshift(...page.items.map((h) => h.article.id));
      if (!page.hasMore) break;
      const first = page.items[0]!;
      before = { score: first.score, id: first.article.id };
    }
    expect(backward).toEqual(all);
  });

  // [rank window, query, matches]: a window smaller than the match set ranks only the newest matches, and says so.
  it.each([
    [10, 'ferry', 30],
    [30, 'ferry', 30],
    [31, 'ferry', 30],
    [5, '"ferry strike"', 13],
  ])('with a rank window of %i, %j pages through the newest matches only, in one order', async (rankWindow, text, matches) => {
    const bounded = new SearchRepository(store.db, rankWindow);
    const query = parseSearchQuery(text);
    const all = await bounded.search(query, {}, { limit: 100, backward: false }, { snippets: false });
    expect(all.items).toHaveLength(Math.min(rankWindow, matches));
    expect(all.rankingIsBounded).toBe(rankWindow <= matches);
    const scores = all.items.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const paged: string[] = [];
    let after: { score: number; id: string } | undefined;
    for (;;) {
      const page = await bounded.search(query, {}, { limit: 3, backward: false, ...(after ? { after } : {}) }, { snippets: false });
      paged.push(...page.items.map((h) => h.article.id));
      if (!page.hasMore) break;
      const last = page.items.at(-1)!;
      after = { score: last.score, id: last.article.id };
    }
    expect(paged).toEqual(all.items.map((h) => h.article.id));
  });
});
