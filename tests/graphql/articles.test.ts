import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { addArticles, BASE_TIME, newestFirst, seedCorpus, SOURCES, wordsOf, type Corpus } from './article-fixtures.ts';

const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String, $filter: ArticleFilter, $orderBy: ArticleOrder! = NEWEST) {
  articles(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { id title publishedAt language categories source { id name } feeds { id } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Edge {
  cursor: string;
  node: { id: string; title: string; publishedAt: string; language: string | null; categories: string[]; source: { id: string; name: string }; feeds: { id: string }[] };
}
interface PageResult {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const gid = (type: string, id: string) => encodeGlobalID(type, id);

describe.each(dialects)('Query.articles on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let corpus: Corpus;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    api = testApi(store);
    corpus = await seedCorpus(store.db, api.services.repos, 12);
  });
  afterAll(async () => store?.cleanup());

  async function page(variables: Record<string, unknown>): Promise<PageResult> {
    const r = await api.gql<{ articles: PageResult }>(PAGE, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.articles;
  }

  /** Every article in NEWEST order as the store holds them now. */
  async function storedNewest(): Promise<Article[]> {
    return (await api.services.repos.articles.listAll()).sort(newestFirst);
  }

  const ids = (p: PageResult) => p.edges.map((e) => e.node.id);
  const gids = (articles: Article[]) => articles.map((a) => gid('Article', a.id));

  it('lists the newest 20 by default, ties on publishedAt broken by id, with source and feeds', async () => {
    const expected = (await storedNewest()).slice(0, 20);
    const p = await page({});
    expect(ids(p)).toEqual(gids(expected));
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const first = expected[0]!;
    expect(p.edges[0]!.node.source.id).toBe(gid('Source', first.sourceId));
    expect(p.edges[0]!.node.feeds.map((f) => f.id).sort()).toEqual(corpus.feedsOf.get(first.id)!.map((f) => gid('Feed', f)).sort());
    // The corpus has ties on published_at; they must come out in id order, descending.
    const tie = expected.findIndex((a, i) => i > 0 && a.publishedAt === expected[i - 1]!.publishedAt);
    expect(tie).toBeGreaterThan(0);
  });

  it('walks forwards and backwards through every article with stable cursors', async () => {
    const expected = gids(await storedNewest());
    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const p: PageResult = await page({ first: 7, after });
      forward.push(...ids(p));
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const p: PageResult = await page({ last: 7, before });
      backward.unshift(...ids(p));
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  it('walks a several-source filter (merged per-source index slices) page by page, both orders', async () => {
    const chosen = [corpus.sources[0]!, corpus.sources[2]!, corpus.sources[5]!];
    const filter = { sources: chosen.map((s) => gid('Source', s.id)) };
    const expected = (await storedNewest()).filter((a) => chosen.some((s) => s.id === a.sourceId));
    for (const [orderBy, want] of [['NEWEST', expected], ['OLDEST', [...expected].reverse()]] as const) {
      const walked: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const p: PageResult = await page({ first: 5, after, filter, orderBy });
        walked.push(...ids(p));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(walked).toEqual(gids(want));
    }
    const tail = await page({ last: 4, filter });
    expect(ids(tail)).toEqual(gids(expected.slice(-4)));
  });

  it('orders OLDEST first as the exact reverse of NEWEST', async () => {
    const p = await page({ first: 100, orderBy: 'OLDEST' });
    expect(ids(p)).toEqual(gids((await storedNewest()).reverse()));
  });

  it('pages between two cursors (after and before together)', async () => {
    const expected = gids(await storedNewest());
    const all = await page({ first: 100 });
    const p = await page({ first: 100, after: all.edges[4]!.cursor, before: all.edges[10]!.cursor });
    expect(ids(p)).toEqual(expected.slice(5, 10));
    const q = await page({ last: 2, after: all.edges[4]!.cursor, before: all.edges[10]!.cursor });
    expect(ids(q)).toEqual(expected.slice(8, 10));
  });

  // [name, filter from the corpus, predicate the results must satisfy exactly]
  type Case = [string, (c: Corpus) => Record<string, unknown>, (a: Article, c: Corpus) => boolean];
  const filters: Case[] = [
    ['one source', (c) => ({ sources: [gid('Source', c.sources[1]!.id)] }), (a, c) => a.sourceId === c.sources[1]!.id],
    [
      'two sources',
      (c) => ({ sources: [gid('Source', c.sources[0]!.id), gid('Source', c.sources[3]!.id)] }),
      (a, c) => a.sourceId === c.sources[0]!.id || a.sourceId === c.sources[3]!.id,
    ],
    ['a second feed', (c) => ({ feeds: [gid('Feed', c.feeds[2]![1]!.id)] }), (a, c) => c.feedsOf.get(a.id)!.includes(c.feeds[2]![1]!.id)],
    ['language en (with regional tags)', () => ({ languages: ['en'] }), (a) => a.language === 'en' || !!a.language?.startsWith('en-')],
    ['language en-gb (case-insensitive)', () => ({ languages: ['en-gb'] }), (a) => a.language === 'en-GB'],
    ['languages fr or en-US', () => ({ languages: ['fr', 'en-US'] }), (a) => a.language === 'fr' || a.language === 'en-US'],
    ['category Sport (not "Sports")', () => ({ categories: ['Sport'] }), (a) => a.categories.includes('Sport')],
    ['category sports, any case', () => ({ categories: ['sports'] }), (a) => a.categories.includes('Sports')],
    ['categories Crime or Politics', () => ({ categories: ['Crime', 'Politics'] }), (a) => a.categories.some((c) => c === 'Crime' || c === 'Politics')],
    [
      'published since (inclusive)',
      () => ({ publishedSince: new Date(BASE_TIME - 10 * 37 * 60_000).toISOString() }),
      (a) => a.publishedAt >= new Date(BASE_TIME - 10 * 37 * 60_000).toISOString(),
    ],
    [
      'published until (inclusive), given with an offset',
      () => ({ publishedUntil: '2026-11-19T13:00:00+02:00' }),
      (a) => a.publishedAt <= '2026-11-19T11:00:00.000Z',
    ],
    [
      'a time window',
      () => ({ publishedSince: '2026-11-19T00:00:00Z', publishedUntil: '2026-11-19T23:59:59Z' }),
      (a) => a.publishedAt >= '2026-11-19T00:00:00.000Z' && a.publishedAt <= '2026-11-19T23:59:59.000Z',
    ],
    ['full-text query, newest first', () => ({ query: 'murder' }), (a) => wordsOf(`${a.title} ${a.text}`).includes('murder')],
    [
      'query and source and category together',
      (c) => ({ query: 'police', sources: [gid('Source', c.sources[2]!.id), gid('Source', c.sources[4]!.id)], categories: ['Crime'] }),
      (a, c) =>
        wordsOf(`${a.title} ${a.text}`).includes('police') && [c.sources[2]!.id, c.sources[4]!.id].includes(a.sourceId) && a.categories.includes('Crime'),
    ],
    ['an empty source list matches nothing', () => ({ sources: [] }), () => false],
  ];
  it.each(filters)('filters by %s', async (_name, filter, matches) => {
    const expected = (await storedNewest()).filter((a) => matches(a, corpus));
    const p = await page({ first: 100, filter: filter(corpus) });
    expect(ids(p)).toEqual(gids(expected));
    if (_name !== 'an empty source list matches nothing') expect(expected.length).toBeGreaterThan(0);
  });

  it('orders by RELEVANCE when a query is given, paging on (score, id) without gaps or repeats', async () => {
    const filter = { query: 'police OR murder' };
    const all = await page({ first: 100, filter });
    const walked: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const p: PageResult = await page({ first: 4, after, filter, orderBy: 'RELEVANCE' });
      walked.push(...ids(p));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(new Set(walked).size).toBe(walked.length);
    expect(new Set(walked)).toEqual(new Set(ids(all)));
    const ranked = await api.gql(`{ search(query: "police OR murder", first: 100) { edges { node { article { id } } } } }`);
    expect(walked).toEqual(ranked.data.search.edges.map((e: { node: { article: { id: string } } }) => e.node.article.id));
  });

  it('keeps page 2 where page 1 ended while newer and older articles arrive, forwards and backwards', async () => {
    const before = gids(await storedNewest());
    const p1 = await page({ first: 10 });
    expect(ids(p1)).toEqual(before.slice(0, 10));
    const feed = corpus.feeds[0]![0]!;
    await addArticles(store.db, api.services.repos, feed, [
      { title: 'Breaking: newer than everything', publishedAt: new Date(BASE_TIME + 3_600_000).toISOString() },
      { title: 'Breaking: also newer', publishedAt: new Date(BASE_TIME + 7_200_000).toISOString() },
      { title: 'Archive: older than everything', publishedAt: '2020-01-01T00:00:00.000Z' },
    ]);
    const p2 = await page({ first: 10, after: p1.pageInfo.endCursor });
    expect(ids(p2)).toEqual(before.slice(10, 20));
    // Backwards from page 2's start: exactly the end of page 1, the new articles stay out of the way.
    const back = await page({ last: 4, before: p2.pageInfo.startCursor });
    expect(ids(back)).toEqual(before.slice(6, 10));
    expect(back.pageInfo.hasPreviousPage).toBe(true);
    // A fresh first page shows the newcomers.
    const fresh = await page({ first: 2 });
    expect(fresh.edges.map((e) => e.node.title)).toEqual(['Breaking: also newer', 'Breaking: newer than everything']);
  });

  it('finds one article by global id, via node(), and by URL in any spelling of it', async () => {
    const a = corpus.articles[5]!;
    const id = gid('Article', a.id);
    const r = await api.gql(`query ($id: ID!) { article(id: $id) { id title url canonicalUrl } node(id: $id) { id ... on Article { title } } }`, { id });
    expect(r.errors).toBeUndefined();
    expect(r.data.article).toEqual({ id, title: a.title, url: a.url, canonicalUrl: a.canonicalUrl });
    expect(r.data.node).toEqual({ id, title: a.title });
    // The raw ULID the CLI prints works too.
    const raw = await api.gql(`query ($id: ID!) { article(id: $id) { id } }`, { id: a.id });
    expect(raw.data.article).toEqual({ id });

    const u = new URL(a.url!);
    const messy = `${u.protocol}//${u.host.toUpperCase()}${u.pathname}?utm_source=newsletter&utm_medium=email#comments`;
    const byUrl = await api.gql(`query ($url: URL!) { articleByUrl(url: $url) { id } }`, { url: messy });
    expect(byUrl.data.articleByUrl).toEqual({ id });
    const none = await api.gql(`query ($url: URL!) { articleByUrl(url: $url) { id } }`, { url: 'https://nowhere.example/story' });
    expect(none.data).toEqual({ articleByUrl: null });
    const missing = await api.gql(`query ($id: ID!) { article(id: $id) { id } }`, { id: gid('Article', '01ZZZZZZZZZZZZZZZZZZZZZZZZ') });
    expect(missing.data).toEqual({ article: null });
  });

  // [query, variables, message fragment]
  const invalid: [string, string, Record<string, unknown>, string][] = [
    ['first above 100', PAGE, { first: 101 }, 'first must be between 1 and 100, got 101'],
    ['first: 0', PAGE, { first: 0 }, 'first must be between 1 and 100, got 0'],
    ['negative last', PAGE, { last: -3 }, 'last must be between 1 and 100, got -3'],
    ['first and last together', PAGE, { first: 5, last: 5 }, 'pass first or last, not both'],
    ['a cursor that is not one', PAGE, { after: 'bm90IGEgY3Vyc29y' }, 'after is not a cursor of this list'],
    ['a relevance cursor on a time-ordered list', PAGE, { before: Buffer.from(JSON.stringify(['s', 1.5, 'x'])).toString('base64url') }, 'before is not a cursor'],
    ['RELEVANCE without a query', PAGE, { orderBy: 'RELEVANCE' }, 'RELEVANCE needs a full-text query'],
    ['malformed search syntax in the filter', PAGE, { filter: { query: 'police "unclosed' } }, 'unbalanced quote'],
    ['a feed id where a source id belongs', PAGE, { filter: { sources: [encodeGlobalID('Feed', 'x')] } }, 'filter.sources: expected the id of a Source, got the id of a Feed'],
    ['garbage in filter.feeds', PAGE, { filter: { feeds: ['%%%'] } }, 'filter.feeds: "%%%" is not a valid id'],
    ['an article id of another type', `query ($id: ID!) { article(id: $id) { id } }`, { id: encodeGlobalID('Source', 'x') }, 'expected the id of a Article'],
  ];
  it.each(invalid)('rejects %s with a clear BAD_USER_INPUT error', async (_name, query, variables, fragment) => {
    const r = await api.gql(query, variables);
    expect(r.errors?.length, JSON.stringify(r)).toBeGreaterThan(0);
    expect(r.errors![0]!.message).toContain(fragment);
    expect(r.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects first: 10000 before or while resolving, naming the problem', async () => {
    const r = await api.gql(PAGE, { first: 10000 });
    expect(r.data?.articles ?? null).toBeNull();
    expect(r.errors![0]!.message).toMatch(/10000|cost/i);
    expect(r.errors![0]!.message).not.toMatch(/unexpected error/i);
  });
});

describe.each(dialects)('Source.articles on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let corpus: Corpus;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    api = testApi(store);
    corpus = await seedCorpus(store.db, api.services.repos, 9);
  });
  afterAll(async () => store?.cleanup());

  const newestOf = (sourceId: string) => corpus.articles.filter((a) => a.sourceId === sourceId).sort(newestFirst);

  it("gives every source its own newest articles, and pages one source's list both ways", async () => {
    const r = await api.gql(`{ sources { id name articles(first: 3) { edges { node { id source { id } } } pageInfo { hasNextPage endCursor } } } }`);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data.sources).toHaveLength(SOURCES.length);
    for (const s of r.data.sources) {
      const source = corpus.sources.find((x) => gid('Source', x.id) === s.id)!;
      const expected = newestOf(source.id);
      expect(s.articles.edges.map((e: Edge) => e.node.id)).toEqual(gids(expected.slice(0, 3)));
      expect(s.articles.edges.every((e: Edge) => e.node.source.id === s.id)).toBe(true);
      expect(s.articles.pageInfo.hasNextPage).toBe(true);
    }

    const source = corpus.sources[2]!;
    const expected = gids(newestOf(source.id));
    const one = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
      source(id: $id) { articles(first: $first, after: $after, last: $last, before: $before) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const walked: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const p: { data: { source: { articles: PageResult } } } = (await api.gql(one, { id: gid('Source', source.id), first: 4, after })) as never;
      walked.push(...ids(p.data.source.articles));
      if (!p.data.source.articles.pageInfo.hasNextPage) break;
      after = p.data.source.articles.pageInfo.endCursor;
    }
    expect(walked).toEqual(expected);
    const back = await api.gql(one, { id: gid('Source', source.id), last: 3 });
    expect(ids(back.data.source.articles)).toEqual(expected.slice(-3));
    expect(back.data.source.articles.pageInfo.hasPreviousPage).toBe(true);
  });

  it('applies a filter inside each source', async () => {
    const r = await api.gql(`{ sources { id articles(first: 100, filter: { categories: ["Crime"] }) { edges { node { id categories } } } } }`);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    let total = 0;
    for (const s of r.data.sources) {
      const source = corpus.sources.find((x) => gid('Source', x.id) === s.id)!;
      const expected = newestOf(source.id).filter((a) => a.categories.includes('Crime'));
      expect(s.articles.edges.map((e: Edge) => e.node.id)).toEqual(gids(expected));
      total += expected.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  const ids = (p: PageResult) => p.edges.map((e) => e.node.id);
  const gids = (articles: Article[]) => articles.map((a) => gid('Article', a.id));
});

describe.each(dialects)('Article feed fields on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  beforeAll(async () => {
    store = await createTestStore(dialect);
    api = testApi(store);
  });
  afterAll(async () => store?.cleanup());

  it('exposes guid, enclosures, updatedAt and the revision count', async () => {
    const { repos } = api.services;
    const source = await repos.sources.ensure({ name: 'Podcast desk' }, '2026-11-20T00:00:00.000Z');
    const feed = await repos.feeds.create({ sourceId: source.id, url: 'https://pod.example/feed.xml', intervalSeconds: 3600 }, '2026-11-20T00:00:00.000Z');
    const episode = {
      dedupKey: 'guid:ep-7',
      guid: 'ep-7',
      url: 'https://pod.example/ep-7',
      title: 'Episode 7',
      enclosures: [{ url: 'https://cdn.pod.example/ep-7.mp3', type: 'audio/mpeg', length: 3_000_000_000 }, { url: 'https://cdn.pod.example/ep-7.jpg', type: null, length: null }],
      imageUrl: 'https://cdn.pod.example/ep-7.jpg',
      updatedAt: '2026-11-21T09:00:00.000Z',
      contentHash: 'v1',
    };
    await addArticles(store.db, repos, feed, [episode], '2026-11-21T10:00:00.000Z');
    await addArticles(store.db, repos, feed, [{ ...episode, text: 'Show notes corrected', updatedAt: '2026-11-22T09:00:00.000Z', contentHash: 'v2' }], '2026-11-22T10:00:00.000Z');
    const [stored] = await repos.articles.listAll();
    const r = await api.gql<{ article: Record<string, unknown> }>(
      'query ($id: ID!) { article(id: $id) { guid imageUrl updatedAt revisionCount text enclosures { url type length } } }',
      { id: gid('Article', stored!.id) },
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.article).toEqual({
      guid: 'ep-7',
      imageUrl: 'https://cdn.pod.example/ep-7.jpg',
      updatedAt: '2026-11-22T09:00:00.000Z',
      revisionCount: 2,
      text: 'Show notes corrected',
      enclosures: [
        { url: 'https://cdn.pod.example/ep-7.mp3', type: 'audio/mpeg', length: 3_000_000_000 },
        { url: 'https://cdn.pod.example/ep-7.jpg', type: null, length: null },
      ],
    });
  });
});
