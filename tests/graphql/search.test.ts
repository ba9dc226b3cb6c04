import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { addArticles, seedCorpus, wordsOf, type Corpus } from './article-fixtures.ts';

const SEARCH = `query Search($query: String!, $first: Int, $after: String, $last: Int, $before: String, $filter: ArticleFilter) {
  search(query: $query, first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    edges { cursor node { score snippet article { id title source { name } } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Hit {
  score: number;
  snippet: string;
  article: { id: string; title: string; source: { name: string } };
}
interface SearchPage {
  edges: { cursor: string; node: Hit }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const gid = (type: string, id: string) => encodeGlobalID(type, id);

/** Consecutive words of `phrase` in `words`, the last one as a prefix when asked. */
function hasRun(words: string[], phrase: string[], prefix = false): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (
      phrase.every((p, k) => (prefix && k === phrase.length - 1 ? words[i + k]!.startsWith(p) : words[i + k] === p))
    ) {
      return true;
    }
  }
  return false;
}

describe.each(dialects)('Query.search on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let corpus: Corpus;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    api = testApi(store);
    corpus = await seedCorpus(store.db, api.services.repos, 12);
    await addArticles(store.db, api.services.repos, corpus.feeds[1]![0]!, [
      {
        title: 'Letters: on pirates and markup',
        text: 'One reader wrote <script>alert("pirates")</script> & <b>bold</b> claims about pirates in the Gulf of Aden.',
        publishedAt: '2026-11-18T08:00:00.000Z',
      },
    ]);
    corpus.articles = await api.services.repos.articles.listAll();
  });
  afterAll(async () => store?.cleanup());

  async function search(variables: Record<string, unknown>): Promise<SearchPage> {
    const r = await api.gql<{ search: SearchPage }>(SEARCH, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.search;
  }

  const words = (a: Article) => wordsOf(`${a.title} ${a.text}`);

  // A dozen articles never fill the rank window: every match is ranked.
  it.each(['pirates', 'zzzunmatched'])('says whether ranking was bounded for %j: no', async (query) => {
    const r = await api.gql<{ search: { rankingIsBounded: boolean } }>('query($q: String!) { search(query: $q) { rankingIsBounded } }', { q: query });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.search.rankingIsBounded).toBe(false);
  });

  // [query, which stored articles must be found (exactly)]
  const cases: [string, (a: Article) => boolean][] = [
    ['pirates', (a) => words(a).includes('pirates')],
    ['police murder', (a) => words(a).includes('police') && words(a).includes('murder')],
    ['"Tara Reid"', (a) => hasRun(words(a), ['tara', 'reid'])],
    ['"treatment center"', (a) => hasRun(words(a), ['treatment', 'center'])],
    ['rehab*', (a) => words(a).some((w) => w.startsWith('rehab'))],
    ['"Tara Re"*', (a) => hasRun(words(a), ['tara', 're'], true)],
    ['pirates OR Klitschko', (a) => words(a).includes('pirates') || words(a).includes('klitschko')],
    ['murder -police', (a) => words(a).includes('murder') && !words(a).includes('police')],
    ['(rehab OR pirates) -navy', (a) => (words(a).includes('rehab') || words(a).includes('pirates')) && !words(a).includes('navy')],
  ];
  it.each(cases)('finds exactly the articles matching %s, best first, each with a highlighted snippet', async (query, matches) => {
    const expected = corpus.articles.filter(matches).map((a) => gid('Article', a.id));
    expect(expected.length).toBeGreaterThan(0);
    const p = await search({ query, first: 100 });
    const found = p.edges.map((e) => e.node.article.id);
    expect(new Set(found)).toEqual(new Set(expected));
    expect(found).toHaveLength(expected.length);
    const scores = p.edges.map((e) => e.node.score);
    expect(scores.every((s) => Number.isFinite(s) && s > 0)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const { node } of p.edges) {
      // Safe to render: the only tags are our <mark>s.
      expect(node.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
    expect(p.edges.some((e) => e.node.snippet.includes('<mark>'))).toBe(true);
  });

  it('escapes HTML in the article text and marks the query words', async () => {
    const p = await search({ query: '"Gulf of Aden" claims' });
    expect(p.edges).toHaveLength(1);
    const { snippet } = p.edges[0]!.node;
    expect(snippet).not.toMatch(/<script|<b>/);
    expect(snippet).toContain('&amp;');
    // FTS5 marks a phrase as one run, ts_headline word by word.
    expect(snippet).toMatch(/<mark>Gulf( of Aden)?<\/mark>/);
    expect(snippet).toContain('<mark>claims</mark>');
  });

  it('pages through hits on (score, id), forwards and backwards, without gaps or repeats', async () => {
    const all = (await search({ query: 'police OR murder OR pirates', first: 100 })).edges.map((e) => e.node.article.id);
    expect(all.length).toBeGreaterThan(8);
    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const p: SearchPage = await search({ query: 'police OR murder OR pirates', first: 3, after });
      forward.push(...p.edges.map((e) => e.node.article.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);
    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const p: SearchPage = await search({ query: 'police OR murder OR pirates', last: 4, before });
      backward.unshift(...p.edges.map((e) => e.node.article.id));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward).toEqual(all);
  });

  it('combines the search with a filter', async () => {
    const source = corpus.sources[0]!;
    const expected = corpus.articles.filter((a) => a.sourceId === source.id && (words(a).includes('rehab') || words(a).includes('police')));
    expect(expected.length).toBeGreaterThan(0);
    const p = await search({ query: 'rehab OR police', first: 100, filter: { sources: [gid('Source', source.id)] } });
    expect(new Set(p.edges.map((e) => e.node.article.id))).toEqual(new Set(expected.map((a) => gid('Article', a.id))));
    expect(p.edges.every((e) => e.node.article.source.name === source.name)).toBe(true);
  });

  it('answers a search with no hits with an empty connection', async () => {
    const p = await search({ query: 'xylophonist' });
    expect(p).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  // [query, message fragment]
  const malformed: [string, string][] = [
    ['', 'the query is empty'],
    ['"Tara Reid', 'unbalanced quote'],
    ['rehab OR', 'OR needs a search term on both sides'],
    ['OR', 'OR needs a search term on both sides'],
    ['-police', 'cannot consist only of exclusions'],
    ['police -', '"-" must be directly followed'],
    ['r*', 'a prefix needs at least 2'],
    ['(police', '"(" is never closed'],
    ['police)', 'without a matching "("'],
    ['""', 'empty phrase'],
    ['!!! ???', 'no searchable words'],
  ];
  it.each(malformed)('rejects %j with a clear error, not a 500', async (query, fragment) => {
    const r = await api.gql(SEARCH, { query });
    expect(r.status).toBe(200);
    expect(r.data?.search ?? null).toBeNull();
    expect(r.errors![0]!.message).toContain('Invalid search query');
    expect(r.errors![0]!.message).toContain(fragment);
    expect(r.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects oversized pages and foreign cursors', async () => {
    const big = await api.gql(SEARCH, { query: 'police', first: 101 });
    expect(big.errors![0]!.message).toBe('first must be between 1 and 100, got 101');
    const timeCursor = Buffer.from(JSON.stringify(['t', '2026-11-20T00:00:00.000Z', 'x'])).toString('base64url');
    const foreign = await api.gql(SEARCH, { query: 'police', after: timeCursor });
    expect(foreign.errors![0]!.message).toContain('after is not a cursor of this list');
  });
});
