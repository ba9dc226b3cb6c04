import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrichArticles } from '../../src/enrich/run-enrichment.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { seedCorpus } from './article-fixtures.ts';
import { seedWorldNews } from './world-news-fixtures.ts';

/**
 * The statement-count test of batching.test.ts, extended to enrichment: SQL statements per request must grow with the
 * depth of the query, never with the number of items on a page. Counted with Kysely's log hook over a store holding
 * the world-news corpus (dated 2025, rich in reactions) and the ECB+ articles of article-fixtures (dated 2026), all
 * enriched by the real runner. OLDEST first, a page of 50 holds the 36 world-news articles and 14 ECB+ ones.
 */
const ARTICLES = `query ($first: Int!) {
  articles(first: $first, orderBy: OLDEST) {
    edges { node { title entities { entity { name } } topics { topic { slug } } reactions { actor { name } stance } } }
  }
}`;

const ARTICLES_DEEP = `query ($first: Int!) {
  articles(first: $first, orderBy: OLDEST) {
    edges { node {
      title detectedLanguage
      entities { mentions salience aliases entity { name kind country } }
      topics { score evidence { rule } topic { slug name } }
      reactions { stance cue actor { name country } article { title source { name } } }
    } }
  }
}`;

const ENTITIES = `query ($first: Int!) {
  entities(first: $first) {
    edges { node { name kind
      articles(first: 3) { edges { mentions node { title reactions { stance } } } }
      coMentioned(first: 3) { count entity { name } }
    } }
  }
}`;

const TOPICS = `{
  topics { slug articles(first: 5) { edges { score node { title } } } topEntities(first: 3) { count entity { name } } }
}`;

const ONE_TOPIC = `{
  topic(slug: "diplomacy") { slug articles(first: 5) { edges { score node { title } } } topEntities(first: 3) { count entity { name } } }
}`;

const REACTIONS = `query ($first: Int!) {
  reactions(first: $first) {
    edges { node { stance publishedAt actor { name } article { title topics { topic { slug } } entities { entity { name } } } } }
  }
}`;

describe.each(dialects)('enrichment statements per request on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let statements = 0;

  beforeAll(async () => {
    store = await createTestStore(dialect, {}, { log: (e) => void (e.level === 'query' && statements++) });
    api = testApi(store);
    const { repos } = api.services;
    await seedWorldNews(store.db, repos);
    const ecb = await seedCorpus(store.db, repos, 12);
    const r = await enrichArticles({ db: store.db, repos, logger: silentLogger }, ecb.articles.map((a) => a.id));
    expect(r.failed).toEqual([]);
  });
  afterAll(async () => store?.cleanup());

  async function count(query: string, variables: Record<string, unknown> = {}): Promise<{ n: number; data: any }> {
    statements = 0;
    const r = await api.gql(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return { n: statements, data: r.data };
  }

  const nodes = (data: any, field: string) => data[field].edges.map((e: any) => e.node);

  it('a page of 5 and a page of 50 articles with entities, topics and reactions take the same 4 statements', async () => {
    const five = await count(ARTICLES, { first: 5 });
    const fifty = await count(ARTICLES, { first: 50 });
    expect(nodes(five.data, 'articles')).toHaveLength(5);
    const page = nodes(fifty.data, 'articles');
    expect(page).toHaveLength(50);
    // The 50 really load many keys of each relation.
    expect(page.filter((a: any) => a.reactions.length > 0).length).toBeGreaterThan(15);
    expect(page.flatMap((a: any) => a.reactions).length).toBeGreaterThan(50);
    expect(page.filter((a: any) => a.entities.length > 2).length).toBeGreaterThan(40);
    expect(page.filter((a: any) => a.topics.length > 0).length).toBeGreaterThan(30);
    // The page; the entities, the topics and the reactions (actors joined in) of all its articles.
    expect(five.n).toBe(4);
    expect(fifty.n).toBe(4);
  });

  it('deeper: detected language, evidence, the reactions\' articles and their sources — still flat in page size', async () => {
    const five = await count(ARTICLES_DEEP, { first: 5 });
    const fifty = await count(ARTICLES_DEEP, { first: 50 });
    const page = nodes(fifty.data, 'articles');
    expect(page.filter((a: any) => a.detectedLanguage === 'en').length).toBeGreaterThan(40);
    expect(page.flatMap((a: any) => a.topics).filter((t: any) => t.evidence.length > 0).length).toBeGreaterThan(50);
    for (const a of page) for (const r of a.reactions) expect(r.article.title).toBe(a.title);
    // The page; detectedLanguage; entities; topics; reactions; the reactions' articles by id; those articles' sources.
    // (Relations keyed by entities, such as coMentioned, take one statement per 200 entities: see the entities test.)
    expect(five.n).toBe(7);
    expect(fifty.n).toBe(7);
  });

  it('entities with their articles and co-mentions: the same 5 statements for 5 entities and for 50', async () => {
    const five = await count(ENTITIES, { first: 5 });
    const fifty = await count(ENTITIES, { first: 50 });
    const page = nodes(fifty.data, 'entities');
    expect(page).toHaveLength(50);
    expect(page.every((e: any) => e.articles.edges.length > 0)).toBe(true);
    expect(page.filter((e: any) => e.articles.edges.length === 3).length).toBeGreaterThan(5);
    // Entities; one UNION ALL for every entity's page of articles; those articles by id; their reactions; co-mentions.
    expect(five.n).toBe(5);
    expect(fifty.n).toBe(5);
  });

  it('every topic with its articles and top entities takes the statements of one topic', async () => {
    const one = await count(ONE_TOPIC);
    const all = await count(TOPICS);
    expect(one.data.topic.articles.edges).toHaveLength(5);
    expect(all.data.topics.length).toBeGreaterThanOrEqual(20);
    expect(all.data.topics.filter((t: any) => t.articles.edges.length > 0).length).toBeGreaterThan(10);
    // The topic(s); one UNION ALL for every topic's page of articles; those articles by id; the top entities.
    expect(one.n).toBe(4);
    expect(all.n).toBe(4);
  });

  it('a page of 5 and a page of 50 reactions with their articles\' topics and entities take the same statements', async () => {
    const five = await count(REACTIONS, { first: 5 });
    const fifty = await count(REACTIONS, { first: 50 });
    const page = nodes(fifty.data, 'reactions');
    expect(page).toHaveLength(50);
    expect(new Set(page.map((r: any) => r.article.title)).size).toBeGreaterThan(10);
    // Reactions (actors joined in); their articles by id; those articles' topics; their entities.
    expect(five.n).toBe(4);
    expect(fifty.n).toBe(4);
  });
});
