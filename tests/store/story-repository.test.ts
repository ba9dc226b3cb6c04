import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { newId } from '../../src/domain/ids.ts';
import type { Story } from '../../src/domain/story.ts';
import { ArticleEnrichmentReadRepository } from '../../src/store/repositories/article-enrichment-read-repository.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import type { KeysetWindow } from '../../src/store/repositories/keyset.ts';
import type { StoredReaction } from '../../src/store/repositories/reaction-repository.ts';
import { parseEdgeReasons } from '../../src/store/repositories/edge-reasons.ts';
import { storyKeyOf, type StoryFilter, type StoryKey, type StoryOrder } from '../../src/store/repositories/story-repository.ts';
import { parseSearchQuery } from '../../src/store/search-query.ts';
import { stanceChanges } from '../../src/stories/stance-changes.ts';
import { newestFirst } from '../graphql/world-news-fixtures.ts';
import type { StoredWorldNewsArticle } from '../graphql/world-news-fixtures.ts';
import { loadClusteredWorldNews } from '../graphql/story-fixtures.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

/**
 * The story read side over the world-news corpus clustered by the real clusterer. Every expectation is computed
 * from what the store holds (articles.story_id, the enrichment rows, the edge rows) by other means than the
 * repository under test: plain reads of the tables and the enrichment repositories, aggregated here.
 */

const ORDERS: StoryOrder[] = ['hot', 'latest', 'largest'];

/** The round-up articles' reacting actors (labels.json) plus Kyiv's own reaction: the story's international reactions. */
const MOSCOW_ROUND_UP_ACTORS = ['United States', 'European Union', 'China', 'United Nations', 'Ukraine'];

function byKeyDesc(order: StoryOrder) {
  return (a: Story, b: Story): number => {
    const ka = storyKeyOf(a, order).value;
    const kb = storyKeyOf(b, order).value;
    if (ka !== kb) return ka < kb ? 1 : -1;
    return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  };
}

function latestFirst(a: StoredReaction, b: StoredReaction): number {
  return newestFirst({ publishedAt: a.publishedAt, id: a.id }, { publishedAt: b.publishedAt, id: b.id });
}

describe.each(dialects)('StoryRepository on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;
  let world: StoredWorldNewsArticle[];
  let stories: Story[];
  /** story id -> its articles, newest first, read straight from articles.story_id. */
  let members: Map<string, Article[]>;
  let moscowId: string;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    repos = createRepositories(store.db);
    ({ world, stories, members, moscowId } = await loadClusteredWorldNews(store.db, repos));
  });
  afterAll(async () => store?.cleanup());

  const storyIds = () => stories.map((s) => s.id);
  const memberIds = (id: string) => members.get(id)!.map((a) => a.id);

  // Clustering quality is tested in tests/cluster; here only that the stored stories agree with their members.
  it('the world-news stories are in the store, their aggregates agreeing with their members', async () => {
    expect(stories.length).toBeGreaterThanOrEqual(5);
    const moscow = world.filter((w) => w.label.story === 'moscow-talks-invite').map((w) => w.article.id);
    expect(memberIds(moscowId).filter((id) => moscow.includes(id)).length).toBeGreaterThan(moscow.length / 2);
    // Every clustered article's story exists; aggregates agree with the members.
    for (const s of stories) {
      expect(s.articleCount).toBe(members.get(s.id)!.length);
      expect(s.sourceCount).toBe(new Set(members.get(s.id)!.map((a) => a.sourceId)).size);
    }
  });

  it('getByIds returns stories in the order asked, null for unknown ids', async () => {
    const ids = [moscowId, 'NO-SUCH-STORY', ...storyIds().reverse(), moscowId];
    const got = await repos.stories.getByIds(ids);
    expect(got.map((s) => s?.id ?? null)).toEqual(ids.map((id) => (id === 'NO-SUCH-STORY' ? null : id)));
    expect(got[0]).toEqual(stories.find((s) => s.id === moscowId));
    expect(await repos.stories.getById('NO-SUCH-STORY')).toBeNull();
  });

  it('merged ids resolve to the surviving story, through chains of merges', async () => {
    // Merges the clusterer recorded resolve to live stories.
    const recorded = await store.db.kysely.selectFrom('story_merges').select(['merged_id']).execute();
    for (const [i, id] of (await repos.stories.resolveIds(recorded.map((r) => r.merged_id))).entries()) {
      expect(storyIds(), `merge of ${recorded[i]!.merged_id}`).toContain(id);
    }
    // A chain X -> Y -> moscow, and Z -> another story.
    const other = storyIds().find((id) => id !== moscowId)!;
    const [x, y, z] = [newId(), newId(), newId()];
    const at = '2025-06-15T00:00:00.000Z';
    await store.db.kysely
      .insertInto('story_merges')
      .values([
        { merged_id: x, into_id: y, score: 0.5, merged_at: at },
        { merged_id: y, into_id: moscowId, score: 0.5, merged_at: at },
        { merged_id: z, into_id: other, score: 0.5, merged_at: at },
      ])
      .execute();
    try {
      expect(await repos.stories.resolveIds([x, y, z, moscowId, 'UNKNOWN'])).toEqual([moscowId, moscowId, other, moscowId, 'UNKNOWN']);
      expect(await repos.stories.resolveId(x)).toBe(moscowId);
      const got = await repos.stories.getByIds([x, 'UNKNOWN', z, moscowId, y]);
      expect(got.map((s) => s?.id ?? null)).toEqual([moscowId, null, other, moscowId, moscowId]);
      expect(got[0]).toEqual(stories.find((s) => s.id === moscowId));
    } finally {
      await store.db.kysely.deleteFrom('story_merges').where('merged_id', 'in', [x, y, z]).execute();
    }
  });

  it('list walks every story exactly once in each order, forwards and backwards, by keyset windows', async () => {
    for (const order of ORDERS) {
      const expected = [...stories].sort(byKeyDesc(order)).map((s) => s.id);
      const forward: string[] = [];
      let after: StoryKey | undefined;
      for (;;) {
        const page = await repos.stories.list({}, order, { limit: 3, backward: false, ...(after ? { after } : {}) });
        forward.push(...page.items.map((s) => s.id));
        if (!page.hasMore) break;
        after = storyKeyOf(page.items.at(-1)!, order);
      }
      expect(forward, order).toEqual(expected);
      const backward: string[] = [];
      let before: StoryKey | undefined;
      for (;;) {
        const page = await repos.stories.list({}, order, { limit: 4, backward: true, ...(before ? { before } : {}) });
        backward.unshift(...page.items.map((s) => s.id));
        if (!page.hasMore) break;
        before = storyKeyOf(page.items[0]!, order);
      }
      expect(backward, order).toEqual(expected);
    }
  });

  it('list filters by topic, entity, minimum sources, recency and full-text, in the order asked', async () => {
    const all: KeysetWindow<StoryKey> = { limit: 100, backward: false };
    const storyOf = new Map<string, string>();
    for (const [id, list] of members) for (const a of list) storyOf.set(a.id, id);
    const allArticleIds = [...storyOf.keys()];
    const expectIds = (want: (s: Story) => boolean, order: StoryOrder = 'hot') => [...stories].filter(want).sort(byKeyDesc(order)).map((s) => s.id);
    const list = async (filter: StoryFilter, order: StoryOrder = 'hot') => (await repos.stories.list(filter, order, all)).items.map((s) => s.id);

    const diplomacy = (await repos.topics.getBySlug('diplomacy'))!;
    const topicRows = await repos.topics.articleTopicsOf(allArticleIds);
    const withDiplomacy = new Set(allArticleIds.filter((_, i) => topicRows[i]!.some((t) => t.topic.id === diplomacy.id)).map((id) => storyOf.get(id)));
    expect(withDiplomacy.size).toBeGreaterThan(1);
    expect(await list({ topicIds: [diplomacy.id] })).toEqual(expectIds((s) => withDiplomacy.has(s.id)));

    const [ukraine] = await repos.entities.getByKeys(['country:UA']);
    const entityRows = await new ArticleEnrichmentReadRepository(store.db).entitiesOf(allArticleIds);
    const withUkraine = new Set(allArticleIds.filter((_, i) => entityRows[i]!.some((e) => e.entity.id === ukraine!.id)).map((id) => storyOf.get(id)));
    expect(withUkraine.has(moscowId)).toBe(true);
    expect(await list({ entityIds: [ukraine!.id] }, 'latest')).toEqual(expectIds((s) => withUkraine.has(s.id), 'latest'));

    expect(await list({ minSources: 3 }, 'largest')).toEqual(expectIds((s) => s.sourceCount >= 3, 'largest'));
    const since = [...stories].map((s) => s.lastUpdatedAt).sort()[Math.floor(stories.length / 2)]!;
    expect(await list({ since })).toEqual(expectIds((s) => s.lastUpdatedAt >= since));

    const search = parseSearchQuery('Moscow talks');
    const hits = await repos.search.search(search, {}, { limit: 100, backward: false }, { snippets: false });
    const matched = new Set(hits.items.map((h) => storyOf.get(h.article.id)));
    expect(matched.has(moscowId)).toBe(true);
    expect(await list({ search })).toEqual(expectIds((s) => matched.has(s.id)));

    // Every criterion must hold; an empty list matches nothing.
    expect(await list({ topicIds: [diplomacy.id], minSources: 3 })).toEqual(expectIds((s) => withDiplomacy.has(s.id) && s.sourceCount >= 3));
    expect(await list({ topicIds: [] })).toEqual([]);
    expect(await list({ entityIds: [] })).toEqual([]);
  });

  it('articlesOf pages each story\'s members newest first, all stories in one call', async () => {
    const window = { limit: 3, backward: false };
    const pages = await repos.storyMembers.articlesOf([...storyIds(), 'NO-SUCH-STORY'], window);
    stories.forEach((s, i) => {
      expect(pages[i]!.items.map((a) => a.id)).toEqual(memberIds(s.id).slice(0, 3));
      expect(pages[i]!.hasMore).toBe(s.articleCount > 3);
    });
    expect(pages.at(-1)).toEqual({ items: [], hasMore: false });
    expect(pages[storyIds().indexOf(moscowId)]!.items[0]).toEqual(members.get(moscowId)![0]);

    const walked: string[] = [];
    let after: { publishedAt: string; id: string } | undefined;
    for (;;) {
      const [page] = await repos.storyMembers.articlesOf([moscowId], { limit: 3, backward: false, ...(after ? { after } : {}) });
      walked.push(...page!.items.map((a) => a.id));
      if (!page!.hasMore) break;
      after = page!.items.at(-1)!;
    }
    expect(walked).toEqual(memberIds(moscowId));
    const [last] = await repos.storyMembers.articlesOf([moscowId], { limit: 2, backward: true });
    expect(last!.items.map((a) => a.id)).toEqual(memberIds(moscowId).slice(-2));
    expect(last!.hasMore).toBe(true);
  });

  it('timelineOf counts each story\'s articles and sources per hour and per day', async () => {
    for (const bucket of ['hour', 'day'] as const) {
      const timelines = await repos.storyMembers.timelineOf(storyIds(), bucket);
      stories.forEach((s, i) => {
        const by = new Map<string, Article[]>();
        for (const a of members.get(s.id)!) {
          const d = new Date(a.publishedAt);
          if (bucket === 'day') d.setUTCHours(0, 0, 0, 0);
          else d.setUTCMinutes(0, 0, 0);
          by.set(d.toISOString(), [...(by.get(d.toISOString()) ?? []), a]);
        }
        const expected = [...by]
          .sort((a, b) => (a[0] < b[0] ? -1 : 1))
          .map(([start, list]) => ({ start, articles: list.length, sources: new Set(list.map((a) => a.sourceId)).size }));
        expect(timelines[i], `${s.title} by ${bucket}`).toEqual(expected);
      });
    }
  });

  it('topicsOf and entitiesOf weigh each topic and entity by score or salience over the story\'s articles', async () => {
    const topics = await repos.storyTags.topicsOf(storyIds(), 100);
    const entities = await repos.storyTags.entitiesOf(storyIds(), 100);
    const read = new ArticleEnrichmentReadRepository(store.db);
    for (const [i, s] of stories.entries()) {
      const ids = memberIds(s.id);
      const topicSums = new Map<string, { sum: number; n: number }>();
      for (const row of (await repos.topics.articleTopicsOf(ids)).flat()) {
        const t = topicSums.get(row.topic.slug) ?? { sum: 0, n: 0 };
        topicSums.set(row.topic.slug, { sum: t.sum + row.score, n: t.n + 1 });
      }
      expect(topics[i]!.map((t) => t.topic.slug).sort()).toEqual([...topicSums.keys()].sort());
      for (const t of topics[i]!) {
        expect(t.weight).toBeCloseTo(topicSums.get(t.topic.slug)!.sum / ids.length, 4);
        expect(t.articles).toBe(topicSums.get(t.topic.slug)!.n);
      }
      const entitySums = new Map<string, { sum: number; n: number; mentions: number }>();
      for (const row of (await read.entitiesOf(ids)).flat()) {
        const e = entitySums.get(row.entity.id) ?? { sum: 0, n: 0, mentions: 0 };
        entitySums.set(row.entity.id, { sum: e.sum + row.salience, n: e.n + 1, mentions: e.mentions + row.mentions });
      }
      expect(entities[i]!.map((e) => e.entity.id).sort()).toEqual([...entitySums.keys()].sort());
      for (const e of entities[i]!) {
        const want = entitySums.get(e.entity.id)!;
        expect(e.weight).toBeCloseTo(want.sum / ids.length, 4);
        expect([e.articles, e.mentions]).toEqual([want.n, want.mentions]);
      }
      // Highest weight first.
      for (const list of [topics[i]!, entities[i]!]) {
        for (let k = 1; k < list.length; k++) expect(list[k]!.weight).toBeLessThanOrEqual(list[k - 1]!.weight + 1e-6);
      }
    }
    // `limit` cuts each story's list to its first entries.
    const top = await repos.storyTags.entitiesOf(storyIds(), 3);
    const topTopics = await repos.storyTags.topicsOf(storyIds(), 2);
    stories.forEach((_, i) => {
      expect(top[i]).toEqual(entities[i]!.slice(0, 3));
      expect(topTopics[i]).toEqual(topics[i]!.slice(0, 2));
    });
  });

  it('reactionsOf gives each actor\'s latest reaction in the story; actorReactionsOf, through stanceChanges, its changes of stance', async () => {
    const latest = await repos.storyReactions.reactionsOf(storyIds());
    for (const [i, s] of stories.entries()) {
      const all = (await repos.reactions.ofArticles(memberIds(s.id))).flat();
      const byActor = new Map<string, StoredReaction[]>();
      for (const r of all) byActor.set(r.actor.id, [...(byActor.get(r.actor.id) ?? []), r]);
      const expected = [...byActor.values()].map((list) => list.sort(latestFirst)[0]!).sort(latestFirst);
      expect(latest[i]!.map((r) => r.reaction)).toEqual(expected);
      expect(latest[i]!.map((r) => r.reactions)).toEqual(expected.map((r) => byActor.get(r.actor.id)!.length));
      expect(latest[i]!.every((r) => r.storyId === s.id)).toBe(true);

      const keys = expected.map((r) => ({ storyId: s.id, actorId: r.actor.id }));
      const histories = (await repos.storyReactions.actorReactionsOf(keys)).map(stanceChanges);
      keys.forEach((k, j) => {
        const oldestFirst = [...byActor.get(k.actorId)!].sort(latestFirst).reverse();
        const changes = oldestFirst.filter((r, n) => n === 0 || r.stance !== oldestFirst[n - 1]!.stance);
        expect(histories[j]!.map((c) => c.reaction)).toEqual(changes);
        expect(histories[j]!.map((c) => c.stance)).toEqual(changes.map((r) => r.stance));
        expect(histories[j]!.at(-1)!.stance).toBe(expected[j]!.stance);
      });
    }
    const moscow = latest[storyIds().indexOf(moscowId)]!;
    expect(moscow.map((r) => r.reaction.actor.name)).toEqual(expect.arrayContaining(MOSCOW_ROUND_UP_ACTORS));
    // A story without the actor, an unknown story: no history.
    const other = stories.find((s) => s.id !== moscowId && !latest[storyIds().indexOf(s.id)]!.length);
    const ukraine = moscow.find((r) => r.reaction.actor.name === 'Ukraine')!.reaction.actor.id;
    const none = await repos.storyReactions.actorReactionsOf([{ storyId: 'NO-SUCH-STORY', actorId: ukraine }, ...(other ? [{ storyId: other.id, actorId: ukraine }] : [])]);
    expect(none.every((h) => h.length === 0)).toBe(true);
  });

  it('relatedArticlesOf and relatedStoriesOf give the best edges first, at least minScore, at most limit', async () => {
    const articleEdges = await store.db.kysely.selectFrom('article_edges').selectAll().execute();
    const storyEdges = await store.db.kysely.selectFrom('story_edges').selectAll().execute();
    expect(articleEdges.length).toBeGreaterThan(0);
    const articleIds = world.map((w) => w.article.id);
    const scores = articleEdges.map((e) => Number(e.score)).sort((a, b) => a - b);
    const minScore = scores[Math.floor(scores.length / 2)]!;
    const expectEdges = <R extends { score: number; related_id: string; reasons: string }>(rows: R[], of: (r: R) => string, id: string, limit: number) =>
      rows
        .filter((r) => of(r) === id && Number(r.score) >= minScore)
        .sort((a, b) => Number(b.score) - Number(a.score) || (a.related_id < b.related_id ? -1 : 1))
        .slice(0, limit)
        .map((r) => ({ relatedId: r.related_id, score: Number(r.score), reasons: parseEdgeReasons(r.reasons) }));

    const related = await repos.edges.relatedArticlesOf(articleIds, { limit: 3, minScore });
    articleIds.forEach((id, i) => {
      expect(related[i]!.map(({ relatedId, score, reasons }) => ({ relatedId, score, reasons }))).toEqual(expectEdges(articleEdges, (r) => r.article_id, id, 3));
      expect(related[i]!.every((e) => e.articleId === id)).toBe(true);
    });
    expect(related.some((list) => list.length === 3)).toBe(true);

    const relatedStories = await repos.edges.relatedStoriesOf(storyIds(), { limit: 2, minScore: 0 });
    storyIds().forEach((id, i) => {
      const want = storyEdges
        .filter((r) => r.story_id === id)
        .sort((a, b) => Number(b.score) - Number(a.score) || (a.related_id < b.related_id ? -1 : 1))
        .slice(0, 2)
        .map((r) => ({ storyId: id, relatedId: r.related_id, score: Number(r.score), reasons: parseEdgeReasons(r.reasons) }));
      expect(relatedStories[i]).toEqual(want);
    });
    // Stored reasons always come back with every field.
    for (const e of related.flat()) expect(Object.keys(e.reasons).sort()).toEqual(['crossLingual', 'sameStory', 'sharedEntities', 'sharedTerms', 'sharedTopics', 'timeGapHours']);
  });

  it('storyIdsOfArticles reads each article\'s story and the article it duplicates', async () => {
    const rows = await store.db.kysely.selectFrom('articles').select(['id', 'story_id', 'duplicate_of_id']).execute();
    const ids = [...rows.map((r) => r.id), 'NO-SUCH-ARTICLE'];
    expect(await repos.stories.storyIdsOfArticles(ids)).toEqual([
      ...rows.map((r) => ({ storyId: r.story_id, duplicateOfId: r.duplicate_of_id })),
      null,
    ]);
  });

  it('parseEdgeReasons fills in what a stored reasons object lacks', () => {
    expect(parseEdgeReasons('not json')).toEqual({ sharedEntities: [], sharedTerms: [], sharedTopics: [], sameStory: false, timeGapHours: 0, crossLingual: false });
    expect(parseEdgeReasons('{"sharedEntities":[{"key":"country:UA"},{"nokey":1}],"sameStory":true,"timeGapHours":2.5}')).toEqual({
      sharedEntities: [{ key: 'country:UA', name: 'country:UA' }],
      sharedTerms: [],
      sharedTopics: [],
      sameStory: true,
      timeGapHours: 2.5,
      crossLingual: false,
    });
  });
});
