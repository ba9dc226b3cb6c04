import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/domain/errors.ts';
import { canonicalizeUrl } from '../../src/ingest/normalize/canonical-url.ts';
import type { NewArticle } from '../../src/domain/article.ts';
import type { Feed } from '../../src/domain/feed.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { parseSearchQuery, toFts5Match, toTsquery } from '../../src/store/search-query.ts';
import { snippetToHtml } from '../../src/store/search-snippet.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

describe('search query syntax', () => {
  // [input, FTS5 MATCH, tsquery]
  const compiled: [string, string, string][] = [
    ['sanctions', '"sanctions"', "'sanctions'"],
    ['Climate Summit', '("climate" AND "summit")', "('climate' & 'summit')"],
    ['"climate summit"', '"climate summit"', "('climate' <-> 'summit')"],
    ['negotiat*', '"negotiat"*', "'negotiat':*"],
    ['"peace talk"*', '"peace talk"*', "('peace' <-> 'talk':*)"],
    ['sanctions OR tariffs', '("sanctions" OR "tariffs")', "('sanctions' | 'tariffs')"],
    ['election -football', '("election" NOT "football")', "('election' & !'football')"],
    ['(oil OR gas) -russia', '(("oil" OR "gas") NOT "russia")', "(('oil' | 'gas') & !'russia')"],
    ['covid-19 vaccine', '("covid 19" AND "vaccine")', "(('covid' <-> '19') & 'vaccine')"],
    ['a OR b c', '("a" OR ("b" AND "c"))', "('a' | ('b' & 'c'))"],
    ['Zürich & Genève', '("zürich" AND "genève")', "('zürich' & 'genève')"],
    ['rock or roll', '("rock" AND "or" AND "roll")', "('rock' & 'or' & 'roll')"],
    // Quotes, colons, carets and stars inside words cannot reach the engines' syntax.
    ['title:secret ^x NEAR(a b)', '("title secret" AND "x" AND "near" AND ("a" AND "b"))', "(('title' <-> 'secret') & 'x' & 'near' & ('a' & 'b'))"],
    ["o'brien's", '"o brien s"', "('o' <-> 'brien' <-> 's')"],
  ];
  it.each(compiled)('%j compiles for FTS5 and tsquery', (input, fts, tsq) => {
    const q = parseSearchQuery(input);
    expect(toFts5Match(q.root)).toBe(fts);
    expect(toTsquery(q.root)).toBe(tsq);
  });

  // [input, fragment of the message]
  const malformed: [string, string][] = [
    ['', 'the query is empty'],
    ['   ', 'the query is empty'],
    ['"unclosed phrase', 'unbalanced quote'],
    ['peace "talks', 'unbalanced quote'],
    ['OR sanctions', 'OR needs a search term on both sides'],
    ['sanctions OR', 'OR needs a search term on both sides'],
    ['sanctions OR OR tariffs', 'OR needs a search term on both sides'],
    ['(sanctions OR)', 'OR needs a search term on both sides'],
    ['-', '"-" must be directly followed'],
    ['election -', '"-" must be directly followed'],
    ['election - football', '"-" must be directly followed'],
    ['--football', '"-" must be directly followed'],
    ['election -OR', '"-" must be directly followed'],
    ['-football', 'cannot consist only of exclusions'],
    ['sanctions OR -tariffs', 'cannot consist only of exclusions'],
    ['p*', 'a prefix needs at least 2'],
    ['*', 'a prefix needs at least 2'],
    ['"peace t"*', 'a prefix needs at least 2'],
    ['()', 'empty parentheses'],
    ['(sanctions', '"(" is never closed'],
    ['sanctions)', '")" without a matching "("'],
    ['""', 'empty phrase'],
    ['& — !!', 'no searchable words'],
    ['x'.repeat(501), 'at most 500'],
    [Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '), 'too many terms'],
  ];
  it.each(malformed)('%j is rejected: %s', (input, fragment) => {
    let error: unknown;
    try {
      parseSearchQuery(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe('invalid_input');
    expect((error as Error).message).toContain(fragment);
  });

  it('ignores words without letters or digits but keeps the rest', () => {
    expect(toFts5Match(parseSearchQuery('oil & gas').root)).toBe('("oil" AND "gas")');
    expect(toFts5Match(parseSearchQuery('& OR gas').root)).toBe('"gas"');
  });
});

describe('search snippets', () => {
  it('escapes the text and marks only the matches', () => {
    expect(snippetToHtml('a <script>alert("x")</script> \uE000pirates\uE001 & co')).toBe(
      'a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>pirates</mark> &amp; co',
    );
    // Sentinels that appear unpaired (e.g. in the article text itself) are dropped, never turned into tags.
    expect(snippetToHtml('x \uE001 y \uE000z')).toBe('x  y z');
  });
});

describe.each(dialects)('SearchRepository on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;
  let feed: Feed;

  function article(title: string, text: string, extra: Partial<NewArticle> = {}): NewArticle {
    const url = `https://wire.example/${title.toLowerCase().replace(/\W+/g, '-')}`;
    return {
      dedupKey: `url:${url}`,
      guid: null,
      url,
      canonicalUrl: canonicalizeUrl(url),
      title,
      contentHtml: null,
      text,
      excerpt: text.slice(0, 100),
      authors: [],
      categories: [],
      imageUrl: null,
      enclosures: [],
      language: 'en',
      publishedAt: '2026-11-20T10:00:00.000Z',
      publishedAtEstimated: false,
      updatedAt: null,
      contentHash: `h:${title}`,
      ...extra,
    };
  }

  beforeAll(async () => {
    store = await createTestStore(dialect);
    repos = createRepositories(store.db);
    const source = await repos.sources.ensure({ name: 'Wire' }, '2026-11-20T00:00:00.000Z');
    feed = await repos.feeds.create({ sourceId: source.id, url: 'https://wire.example/rss', intervalSeconds: 900 }, '2026-11-20T00:00:00.000Z');
    const items = [
      article('Navy captures pirates off Somalia', 'The Indian navy captured 23 pirates in the Gulf of Aden on Saturday.', { categories: ['World', 'Sea'] }),
      article('Pirate radio returns', 'A pirate radio station is back on air after a decade of silence.', { categories: ['Culture'] }),
      article('Markup in text', 'Readers wrote <script>alert("pirates")</script> & more about pirates.', { categories: ['a","World'] }),
      article('Harbour strike ends', 'Dock workers ended their strike at the harbour on Friday.', { categories: ['100%_off', 'World Cup'] }),
    ];
    await store.db.kysely.transaction().execute((trx) => repos.articles.upsertForFeed(trx, feed, items, '2026-11-20T11:00:00.000Z'));
  });
  afterAll(async () => store?.cleanup());

  const search = (text: string, filter = {}) =>
    repos.search.search(parseSearchQuery(text), filter, { limit: 10, backward: false }, { snippets: true });

  it('ranks matches, title matches first, and highlights them in escaped snippets', async () => {
    const page = await search('pirates');
    const titles = page.items.map((h) => h.article.title);
    expect(titles[0]).toBe('Navy captures pirates off Somalia');
    expect(new Set(titles)).toEqual(new Set(['Navy captures pirates off Somalia', 'Markup in text']));
    const scores = page.items.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const hit of page.items) {
      expect(hit.snippet).toMatch(/<mark>pirates<\/mark>/i);
      expect(hit.snippet!.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
    const markup = page.items.find((h) => h.article.title === 'Markup in text')!;
    // SQLite keeps the tag as escaped text; PostgreSQL's parser drops tags from headlines. Either way no live markup.
    expect(markup.snippet).not.toContain('<script');
    expect(markup.snippet).toContain('&amp; more');
  });

  it('matches prefixes, phrases, OR and exclusions', async () => {
    const titles = async (q: string) => (await search(q)).items.map((h) => h.article.title).sort();
    expect(await titles('pira*')).toEqual(['Markup in text', 'Navy captures pirates off Somalia', 'Pirate radio returns']);
    expect(await titles('"pirate radio"')).toEqual(['Pirate radio returns']);
    expect(await titles('"radio pirate"')).toEqual([]);
    expect(await titles('strike OR radio')).toEqual(['Harbour strike ends', 'Pirate radio returns']);
    expect(await titles('pira* -navy')).toEqual(['Markup in text', 'Pirate radio returns']);
  });

  it('matches categories whole, even with JSON and LIKE metacharacters in them', async () => {
    const page = (categories: string[]) => repos.articleQueries.page({ categories }, 'newest', { limit: 10, backward: false });
    const titles = async (categories: string[]) => (await page(categories)).items.map((a) => a.title).sort();
    expect(await titles(['World'])).toEqual(['Navy captures pirates off Somalia']);
    expect(await titles(['world'])).toEqual(['Navy captures pirates off Somalia']);
    expect(await titles(['a","World'])).toEqual(['Markup in text']);
    expect(await titles(['100%_off'])).toEqual(['Harbour strike ends']);
    expect(await titles(['100%%off'])).toEqual([]);
    expect(await titles(['World Cup', 'Culture'])).toEqual(['Harbour strike ends', 'Pirate radio returns']);
    expect(await titles([])).toEqual([]);
  });
});
