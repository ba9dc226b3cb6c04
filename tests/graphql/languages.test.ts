/**
 * Languages in the API, over the multilingual corpus ingested through the real pipeline (three of its feeds declare
 * a wrong language): Article.language (declared) beside detectedLanguage and its confidence; language filters on
 * articles, stories and reactions that follow the detected language; Entity.names in other languages and scripts.
 * Every answer is checked against the labels or against what the store holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { testApi } from '../support/graphql.ts';
import { clusteringIngestContext } from '../support/ingest-context.ts';
import { labelsByUrl, subscribeMultilingualFeeds } from '../support/multilingual-corpus.ts';

const ARTICLES = `query ($filter: ArticleFilter, $after: String) {
  articles(first: 100, after: $after, filter: $filter) {
    edges { node { id url language detectedLanguage languageConfidence } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const STORIES = `query ($filter: StoryFilter, $after: String) {
  stories(first: 100, after: $after, filter: $filter) { edges { node { id languages articles(first: 20) { edges { node { url detectedLanguage } } } } } pageInfo { hasNextPage endCursor } }
}`;
const REACTIONS = `query ($filter: ReactionFilter, $after: String) {
  reactions(first: 100, after: $after, filter: $filter) { edges { node { article { url detectedLanguage } } } pageInfo { hasNextPage endCursor } }
}`;
const NAMES = `query ($name: String!, $languages: [String!]) {
  entity(name: $name) { key name names(languages: $languages) { language name kind } }
}`;

describe.each(dialects)('languages in the API on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let api: ReturnType<typeof testApi>;
  const labelOf = labelsByUrl();
  /** The nodes of every page of a connection query (its `$after` and `pageInfo.endCursor`). */
  const everyPage = async (query: string, field: string, variables: object = {}): Promise<any[]> => {
    const out: any[] = [];
    let after: string | undefined;
    for (;;) {
      const res = await api.gql(query, { ...variables, ...(after ? { after } : {}) });
      expect(res.errors).toBeUndefined();
      const page = res.data[field];
      out.push(...page.edges.map((e: any) => e.node));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    const ctx = await clusteringIngestContext(store);
    await subscribeMultilingualFeeds(ctx, server);
    const summary = await runIngestPass(ctx, { mode: { kind: 'due' }, trigger: 'cli' });
    expect(summary.errors).toBe(0);
    api = testApi(store);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('gives each article its declared language, its detected language and a confidence', async () => {
    // Every page: the corpus holds more articles than one page.
    const nodes = await everyPage(ARTICLES, 'articles');
    expect(nodes).toHaveLength(labelOf.size);
    for (const n of nodes) {
      const label = labelOf.get(n.url)!;
      expect(n.detectedLanguage, n.url).toBe(label.language);
      expect(n.languageConfidence).toBeGreaterThan(0);
      expect(n.languageConfidence).toBeLessThanOrEqual(1);
    }
    // The French outlet declares English, the Italian one Spanish: the declared tag is kept as published.
    expect(nodes.filter((n: any) => n.language !== n.detectedLanguage).length).toBeGreaterThanOrEqual(15);
  });

  it.each(['fr', 'it', 'ru', 'en'])('filters articles by language %s, the detected one', async (language) => {
    // Every page: the corpus holds about a hundred articles per language.
    const urls = (await everyPage(ARTICLES, 'articles', { filter: { languages: [language] } })).map((n: any) => n.url).sort();
    const expected = [...labelOf].filter(([, l]) => l.language === language).map(([url]) => url).sort();
    expect(urls).toEqual(expected);
  });

  it('filters stories by language: each story returned has an article in it, and no story with one is left out', async () => {
    // Every page of both lists, so they compare whole (the corpus holds more stories than one page).
    const all = await everyPage(STORIES, 'stories');
    const ru = await everyPage(STORIES, 'stories', { filter: { languages: ['ru'] } });
    const expected = all.filter((s: any) => s.articles.edges.some((a: any) => a.node.detectedLanguage === 'ru')).map((s: any) => s.id).sort();
    expect(ru.map((s: any) => s.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    for (const s of ru) expect(s.languages).toContain('ru');
    expect((await api.gql(STORIES, { filter: { languages: [] } })).data.stories.edges).toEqual([]);
  });

  it('filters reactions by the language of the article that reports them', async () => {
    // Every page: the corpus holds more reactions than one page.
    const articlesOf = async (filter?: object) => (await everyPage(REACTIONS, 'reactions', filter ? { filter } : {})).map((n: any) => n.article);
    const all = await articlesOf();
    const en = await articlesOf({ languages: ['en'] });
    expect(all.length).toBeGreaterThan(en.length);
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((a: any) => a.detectedLanguage === 'en')).toBe(true);
    expect(en.length).toBe(all.filter((a: any) => a.detectedLanguage === 'en').length);
    expect((await api.gql(REACTIONS, { filter: { languages: ['ru'] } })).data.reactions.edges.every((e: any) => e.node.article.detectedLanguage === 'ru')).toBe(true);
  });

  it.each([
    ['Russia', 'ru', 'Россия'],
    ['China', 'fr', 'Chine'],
    ['United Nations', 'es', 'ONU'],
    ['European Union', 'de', 'EU'],
  ])('gives %s its names in other languages (%s: %s)', async (entity, language, name) => {
    const res = await api.gql(NAMES, { name: entity, languages: [language] });
    expect(res.errors).toBeUndefined();
    const names = res.data.entity.names;
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n: any) => n.language === language)).toBe(true);
    expect(names.map((n: any) => n.name)).toContain(name);
  });

  it('lists names in at least 20 languages, native scripts included', async () => {
    const res = await api.gql(NAMES, { name: 'China' });
    const names = res.data.entity.names as { language: string; name: string }[];
    expect(new Set(names.map((n) => n.language)).size).toBeGreaterThanOrEqual(20);
    for (const [language, name] of [['ru', 'Китай'], ['zh', '中国'], ['ar', 'الصين']]) {
      expect(names.some((n) => n.language === language && n.name === name), `${language} ${name}`).toBe(true);
    }
  });
});
