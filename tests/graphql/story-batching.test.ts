import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { seedClusteredWorldNews } from './story-fixtures.ts';

/**
 * The statement-count test of batching.test.ts, extended to stories: SQL statements per request must grow with the
 * depth of the query, never with the number of stories or articles on a page. Counted with Kysely's log hook over
 * the world-news corpus, enriched and clustered by the real code.
 */
const STORIES_DEEP = `query ($first: Int!) {
  stories(first: $first, orderBy: LARGEST) {
    edges { node {
      title articleCount countries languages
      sources { name }
      firstReporter { publishedAt article { title } source { name } }
      centralArticle { title }
      timeline(bucket: HOUR) { start articleCount sourceCount }
      topics(first: 3) { weight topic { slug } }
      entities(first: 5) { weight articleCount entity { name } }
      reactions { stance actor { name } article { title } stanceHistory { stance since } }
      articles(first: 3) { edges { node { title source { name } } } }
      related(first: 3) { score reasons { sharedTerms sharedEntities { key } } node { title articleCount } }
    } }
  }
}`;

const ARTICLES_WITH_STORIES = `query ($first: Int!) {
  articles(first: $first, orderBy: OLDEST) {
    edges { node { title story { title sourceCount } related(first: 3) { score reasons { sameStory } node { title } } } }
  }
}`;

const ARTICLES_WITH_ORIGINALS = `query ($first: Int!) {
  articles(first: $first, orderBy: OLDEST) { edges { node { id duplicateOf { title source { name } } } } }
}`;

describe.each(dialects)('story statements per request on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let statements = 0;
  let storyCount = 0;

  beforeAll(async () => {
    // Counts the statements each execution reads: a cached answer would read none.
    store = await createTestStore(dialect, { API_RESPONSE_CACHE_TTL_MS: 0 }, { log: (e) => void (e.level === 'query' && statements++) });
    api = testApi(store);
    await seedClusteredWorldNews(store.db, api.services.repos);
    storyCount = Number((await store.db.kysely.selectFrom('stories').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  });
  afterAll(async () => store?.cleanup());

  async function count(query: string, variables: Record<string, unknown> = {}): Promise<{ n: number; data: any }> {
    statements = 0;
    const r = await api.gql(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return { n: statements, data: r.data };
  }

  const nodes = (data: any, field: string) => data[field].edges.map((e: any) => e.node);

  it('two stories and every story, with all their relations, take the same statements', async () => {
    const two = await count(STORIES_DEEP, { first: 2 });
    // 40 is more than there are stories, and keeps this deep query within the default cost budget.
    const all = await count(STORIES_DEEP, { first: 40 });
    expect(storyCount).toBeGreaterThan(5);
    expect(storyCount).toBeLessThan(40);
    const page = nodes(all.data, 'stories');
    expect(page).toHaveLength(storyCount);
    // The two largest already load every relation, so each level of the query is really read for both pages.
    for (const p of [nodes(two.data, 'stories'), page]) {
      expect(p.flatMap((s: any) => s.reactions).length).toBeGreaterThan(0);
      expect(p.flatMap((s: any) => s.reactions.flatMap((r: any) => r.stanceHistory)).length).toBeGreaterThan(0);
      expect(p.flatMap((s: any) => s.related).length).toBeGreaterThan(0);
      expect(p.every((s: any) => s.sources.length > 0 && s.timeline.length > 0 && s.articles.edges.length > 0)).toBe(true);
      expect(p.flatMap((s: any) => s.entities).length).toBeGreaterThan(0);
      expect(p.flatMap((s: any) => s.topics).length).toBeGreaterThan(0);
    }
    expect(page.reduce((n: number, s: any) => n + s.timeline.reduce((m: number, b: any) => m + b.articleCount, 0), 0)).toBe(
      page.reduce((n: number, s: any) => n + s.articleCount, 0),
    );
    // The stories; their sources (with the first reporters'); articles by id (first reporters, central articles,
    // reactions' articles); timelines; topics; entities; reactions; stance histories; pages of articles; those
    // articles' sources; related edges; the related stories by id.
    expect(two.n).toBe(12);
    expect(all.n).toBe(12);
  });

  it('a page of 5 and of every article with its story and related articles take the same 5 statements', async () => {
    const five = await count(ARTICLES_WITH_STORIES, { first: 5 });
    const all = await count(ARTICLES_WITH_STORIES, { first: 100 });
    const page = nodes(all.data, 'articles');
    expect(page.length).toBeGreaterThanOrEqual(36);
    expect(page.every((a: any) => a.story !== null)).toBe(true);
    for (const p of [nodes(five.data, 'articles'), page]) expect(p.flatMap((a: any) => a.related).length).toBeGreaterThan(0);
    // The page; the articles' story ids; their stories; their related edges; the related articles by id.
    expect(five.n).toBe(5);
    expect(all.n).toBe(5);
  });

  it('duplicateOf: the page, its duplicate links, and the originals (when there are any) with their sources', async () => {
    const check = async () => {
      const copies = await store.db.kysely.selectFrom('articles').select(['id']).where('duplicate_of_id', 'is not', null).execute();
      for (const first of [5, 100]) {
        const { n, data } = await count(ARTICLES_WITH_ORIGINALS, { first });
        const page = nodes(data, 'articles');
        const onPage = page.filter((a: any) => a.duplicateOf !== null).length;
        expect(onPage).toBe(copies.filter((c) => page.some((a: any) => decodeGlobalID(a.id).id === c.id)).length);
        expect(n).toBe(onPage > 0 ? 4 : 2);
      }
    };
    await check();
    // A wire copy on the first page (and so on every page), marked as the clusterer marks one.
    const oldest = await store.db.kysely.selectFrom('articles').select(['id']).orderBy('published_at').orderBy('id').limit(3).execute();
    await store.db.kysely.updateTable('articles').set({ duplicate_of_id: oldest[0]!.id }).where('id', '=', oldest[2]!.id).execute();
    try {
      await check();
      const { data } = await count(ARTICLES_WITH_ORIGINALS, { first: 5 });
      const copy = nodes(data, 'articles').find((a: any) => decodeGlobalID(a.id).id === oldest[2]!.id);
      expect(copy.duplicateOf.title).toBe((await api.services.repos.articles.getByIds([oldest[0]!.id]))[0]!.title);
    } finally {
      await store.db.kysely.updateTable('articles').set({ duplicate_of_id: null }).where('id', '=', oldest[2]!.id).execute();
    }
  });
});
