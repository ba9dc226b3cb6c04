import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { newId } from '../../src/domain/ids.ts';
import type { Story } from '../../src/domain/story.ts';
import { createInProcessStoryEvents } from '../../src/graphql/in-process-story-events.ts';
import { publishChangedStories } from '../../src/graphql/publish-changed-stories.ts';
import type { StoryUpdate } from '../../src/graphql/story-events.ts';
import { storyUpdatedMatcher } from '../../src/graphql/story-updated-filter.ts';
import { parseEdgeReasons } from '../../src/store/repositories/edge-reasons.ts';
import { storyKeyOf, type StoryOrder } from '../../src/store/repositories/story-repository.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { subscribe } from '../support/sse.ts';
import { loadClusteredWorldNews } from './story-fixtures.ts';
import { newestFirst, type StoredWorldNewsArticle } from './world-news-fixtures.ts';

/**
 * The story API over the world-news corpus clustered by the real clusterer: every answer is checked against what the
 * store holds (the stories table, articles.story_id, the enrichment and edge rows), read directly.
 */
const gid = (type: string, id: string) => encodeGlobalID(type, id);
const local = (id: string) => decodeGlobalID(id).id;

const STORIES = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: StoryOrder, $filter: StoryFilter) {
  stories(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
    edges { cursor node { id title articleCount } }
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
  }
}`;

const STORY = `query ($id: ID!) {
  story(id: $id) {
    id title summary firstSeenAt lastUpdatedAt articleCount sourceCount reactionCount countries languages
    sources { id name }
    firstReporter { publishedAt article { id } source { id } }
    centralArticle { id title }
    byHour: timeline(bucket: HOUR) { start articleCount sourceCount }
    byDay: timeline { start articleCount sourceCount }
    topics(first: 100) { weight articleCount topic { slug } }
    entities(first: 5) { weight articleCount mentions entity { id name } }
    reactions { stance evidence cue publishedAt reactionCount actor { name } article { id } stanceHistory { stance since evidence article { id } } }
    related(first: 100) { score reasons { sharedTerms sharedTopics sameStory timeGapHours sharedEntities { key name entity { key } } } node { id title } }
  }
}`;

const STORY_ARTICLES = `query ($id: ID!, $first: Int, $after: String) {
  story(id: $id) { articles(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }
}`;

const ARTICLES = `{
  articles(first: 100, orderBy: OLDEST) {
    edges { node { id story { id title } duplicateOf { id } related(first: 3) { score node { id } reasons { sameStory sharedTerms } } } }
  }
}`;

const SUBSCRIPTION = `subscription ($filter: StoryUpdatedFilter) { storyUpdated(filter: $filter) { id title sourceCount } }`;

function byKeyDesc(order: StoryOrder) {
  return (a: Story, b: Story): number => {
    const ka = storyKeyOf(a, order).value;
    const kb = storyKeyOf(b, order).value;
    if (ka !== kb) return ka < kb ? 1 : -1;
    return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  };
}

describe.each(dialects)('stories API on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let world: StoredWorldNewsArticle[];
  let stories: Story[];
  let members: Map<string, Article[]>;
  let moscowId: string;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    api = testApi(store, { storyEvents: createInProcessStoryEvents() });
    const { repos } = api.services;
    ({ world, stories, members, moscowId } = await loadClusteredWorldNews(store.db, repos));
  });
  afterAll(async () => store?.cleanup());

  async function gql(query: string, variables: Record<string, unknown> = {}) {
    const r = await api.gql(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  }

  const idsOf = (data: any) => data.stories.edges.map((e: any) => local(e.node.id));

  it('stories: every order, walked forwards with cursors and backwards from the end, lists every story once', async () => {
    for (const [order, name] of [['hot', 'HOT'], ['latest', 'LATEST'], ['largest', 'LARGEST']] as const) {
      const expected = [...stories].sort(byKeyDesc(order)).map((s) => s.id);
      const forward: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data = await gql(STORIES, { first: 4, after, orderBy: name });
        forward.push(...idsOf(data));
        if (!data.stories.pageInfo.hasNextPage) break;
        after = data.stories.pageInfo.endCursor;
      }
      expect(forward, name).toEqual(expected);
      const last = await gql(STORIES, { last: 3, orderBy: name });
      expect(idsOf(last)).toEqual(expected.slice(-3));
      expect(last.stories.pageInfo.hasPreviousPage).toBe(expected.length > 3);
    }
    // HOT is the default order.
    expect(idsOf(await gql(STORIES, { first: 100 }))).toEqual([...stories].sort(byKeyDesc('hot')).map((s) => s.id));
  });

  it('stories: bad page sizes and cursors of another order are input errors', async () => {
    const hot = await gql(STORIES, { first: 1, orderBy: 'HOT' });
    const foreign = await api.gql(STORIES, { first: 2, after: hot.stories.pageInfo.endCursor, orderBy: 'LATEST' });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(foreign.errors?.[0]?.message).toMatch(/not a cursor of this list/);
    const big = await api.gql(STORIES, { first: 101 });
    expect(big.errors?.[0]?.message).toBe('first must be between 1 and 100, got 101');
    const few = await api.gql(STORIES, { first: 5, filter: { minSources: 0 } });
    expect(few.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stories: filters by topic (slug or id), entity (id or key), sources, recency and text', async () => {
    const { repos } = api.services;
    const list = async (filter: Record<string, unknown>, orderBy = 'HOT') => idsOf(await gql(STORIES, { first: 100, filter, orderBy }));
    const expectIds = (want: (s: Story) => boolean, order: StoryOrder = 'hot') => [...stories].filter(want).sort(byKeyDesc(order)).map((s) => s.id);

    const diplomacy = (await repos.topics.getBySlug('diplomacy'))!;
    const bySlug = await list({ topic: 'diplomacy' });
    expect(bySlug).toEqual((await repos.stories.list({ topicIds: [diplomacy.id] }, 'hot', { limit: 100, backward: false })).items.map((s) => s.id));
    expect(bySlug.length).toBeGreaterThan(1);
    expect(bySlug).toContain(moscowId);
    expect(await list({ topic: gid('Topic', diplomacy.id) })).toEqual(bySlug);
    expect(await list({ topic: ' Diplomacy ' })).toEqual(bySlug);
    expect(await list({ topic: 'no-such-topic' })).toEqual([]);

    const [ukraine] = await repos.entities.getByKeys(['country:UA']);
    const byKey = await list({ entity: 'country:UA' }, 'LATEST');
    expect(byKey).toContain(moscowId);
    expect(await list({ entity: gid('Entity', ukraine!.id) }, 'LATEST')).toEqual(byKey);
    expect(await list({ entity: 'country:XX' })).toEqual([]);
    const wrongType = await api.gql(STORIES, { filter: { entity: gid('Topic', diplomacy.id) } });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    expect(await list({ minSources: 3 }, 'LARGEST')).toEqual(expectIds((s) => s.sourceCount >= 3, 'largest'));
    const since = [...stories].map((s) => s.lastUpdatedAt).sort()[Math.floor(stories.length / 2)]!;
    expect(await list({ since })).toEqual(expectIds((s) => s.lastUpdatedAt >= since));
    expect(await list({ query: '"security guarantees"', minSources: 2 })).toContain(moscowId);
    const badQuery = await api.gql(STORIES, { filter: { query: '"unclosed' } });
    expect(badQuery.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('story: its fields are the stored story and aggregates of its articles', async () => {
    const { repos } = api.services;
    const s = stories.find((x) => x.id === moscowId)!;
    const data = (await gql(STORY, { id: gid('Story', moscowId) })).story;
    expect(local(data.id)).toBe(moscowId);
    expect(data).toMatchObject({
      title: s.title,
      summary: s.summary,
      firstSeenAt: s.firstSeenAt,
      lastUpdatedAt: s.lastUpdatedAt,
      articleCount: members.get(moscowId)!.length,
      sourceCount: s.sourceCount,
      reactionCount: s.reactionCount,
      countries: s.countries,
      languages: s.languages,
    });
    expect(data.sources.map((x: any) => local(x.id))).toEqual(s.sourceIds);
    const sourceNames = new Map((await repos.sources.getByIds(s.sourceIds)).map((x) => [x.id, x.name]));
    expect(data.sources.map((x: any) => x.name)).toEqual(s.sourceIds.map((id) => sourceNames.get(id)));
    // The first reporter is the earliest article, the central article the one the title comes from.
    const earliest = members.get(moscowId)!.at(-1)!;
    expect(local(data.firstReporter.article.id)).toBe(earliest.id);
    expect(local(data.firstReporter.source.id)).toBe(earliest.sourceId);
    expect(data.firstReporter.publishedAt).toBe(earliest.publishedAt);
    expect(data.centralArticle.title).toBe(s.title);

    expect(data.byHour.reduce((n: number, p: any) => n + p.articleCount, 0)).toBe(members.get(moscowId)!.length);
    expect(data.byDay.reduce((n: number, p: any) => n + p.articleCount, 0)).toBe(members.get(moscowId)!.length);
    expect(data.byDay).toEqual(
      (await repos.storyMembers.timelineOf([moscowId], 'day'))[0]!.map((p) => ({ start: p.start, articleCount: p.articles, sourceCount: p.sources })),
    );
    expect(data.byHour.length).toBeGreaterThan(data.byDay.length);

    expect(data.topics.map((t: any) => t.topic.slug)).toEqual((await repos.storyTags.topicsOf([moscowId], 100))[0]!.map((t) => t.topic.slug));
    expect(data.topics.map((t: any) => t.topic.slug)).toContain('diplomacy');
    expect(data.entities).toHaveLength(5);
    expect(data.entities.map((e: any) => e.entity.name)).toEqual((await repos.storyTags.entitiesOf([moscowId], 5))[0]!.map((e) => e.entity.name));

    // International reactions: the round-up actors and Kyiv's own; each actor's latest, with its stance history.
    const actors = data.reactions.map((r: any) => r.actor.name);
    expect(actors).toEqual(expect.arrayContaining(['United States', 'European Union', 'China', 'United Nations', 'Ukraine']));
    expect(new Set(actors).size).toBe(actors.length);
    const memberIds = members.get(moscowId)!.map((a) => a.id);
    const all = (await repos.reactions.ofArticles(memberIds)).flat();
    for (const r of data.reactions) {
      const own = all.filter((x) => x.actor.name === r.actor.name).sort((a, b) => newestFirst({ publishedAt: a.publishedAt, id: a.id }, { publishedAt: b.publishedAt, id: b.id }));
      expect(r.reactionCount).toBe(own.length);
      expect([r.stance.toLowerCase(), r.evidence, r.publishedAt, local(r.article.id)]).toEqual([own[0]!.stance, own[0]!.evidence, own[0]!.publishedAt, own[0]!.articleId]);
      expect(r.stanceHistory[0].since).toBe(own.at(-1)!.publishedAt);
      expect(r.stanceHistory.at(-1).stance).toBe(r.stance);
      for (let i = 1; i < r.stanceHistory.length; i++) expect(r.stanceHistory[i].stance).not.toBe(r.stanceHistory[i - 1].stance);
      expect(memberIds).toContain(local(r.stanceHistory[0].article.id));
    }

    const edges = await store.db.kysely.selectFrom('story_edges').selectAll().where('story_id', '=', moscowId).execute();
    const want = edges.sort((a, b) => Number(b.score) - Number(a.score) || (a.related_id < b.related_id ? -1 : 1));
    expect(data.related.map((e: any) => [local(e.node.id), e.score])).toEqual(want.map((e) => [e.related_id, Number(e.score)]));
    data.related.forEach((e: any, i: number) => {
      const reasons = parseEdgeReasons(want[i]!.reasons);
      expect(e.reasons).toMatchObject({ sharedTerms: reasons.sharedTerms, sharedTopics: reasons.sharedTopics, sameStory: reasons.sameStory });
      expect(e.reasons.sharedEntities.map((x: any) => x.key)).toEqual(reasons.sharedEntities.map((x) => x.key));
      for (const x of e.reasons.sharedEntities) if (x.entity) expect(x.entity.key).toBe(x.key);
      expect(e.node.title).toBe(stories.find((x) => x.id === local(e.node.id))!.title);
    });
  });

  it('story: articles are its members newest first, paged by cursor', async () => {
    for (const s of stories) {
      const walked: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data: any = (await gql(STORY_ARTICLES, { id: gid('Story', s.id), first: 3, after })).story.articles;
        walked.push(...data.edges.map((e: any) => local(e.node.id)));
        if (!data.pageInfo.hasNextPage) break;
        after = data.pageInfo.endCursor;
      }
      expect(walked, s.title).toEqual(members.get(s.id)!.map((a) => a.id));
    }
  });

  it('story: a merged id gives the surviving story, through story and node; unknown and foreign ids do not', async () => {
    const [x, y] = [newId(), newId()];
    const at = '2025-06-15T00:00:00.000Z';
    await store.db.kysely
      .insertInto('story_merges')
      .values([
        { merged_id: x, into_id: y, score: 0.6, merged_at: at },
        { merged_id: y, into_id: moscowId, score: 0.6, merged_at: at },
      ])
      .execute();
    try {
      const viaStory = await gql(`query ($id: ID!) { story(id: $id) { id title } }`, { id: gid('Story', x) });
      expect(local(viaStory.story.id)).toBe(moscowId);
      const viaNode = await gql(`query ($id: ID!) { node(id: $id) { id ... on Story { articleCount } } }`, { id: gid('Story', y) });
      expect(viaNode.node).toEqual({ id: gid('Story', moscowId), articleCount: members.get(moscowId)!.length });
      expect((await gql(`query ($id: ID!) { story(id: $id) { id } }`, { id: gid('Story', newId()) })).story).toBeNull();
      const foreign = await api.gql(`query ($id: ID!) { story(id: $id) { id } }`, { id: gid('Article', moscowId) });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await store.db.kysely.deleteFrom('story_merges').where('merged_id', 'in', [x, y]).execute();
    }
  });

  it('Article.story, duplicateOf and related are what the store holds for each article', async () => {
    const data = await gql(ARTICLES);
    const rows = new Map((await store.db.kysely.selectFrom('articles').select(['id', 'story_id', 'duplicate_of_id']).execute()).map((r) => [r.id, r]));
    const edges = await store.db.kysely.selectFrom('article_edges').selectAll().execute();
    const nodes = data.articles.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(world.length);
    for (const n of nodes) {
      const row = rows.get(local(n.id))!;
      expect(n.story ? local(n.story.id) : null).toBe(row.story_id);
      if (n.story) expect(n.story.title).toBe(stories.find((s) => s.id === row.story_id)!.title);
      expect(n.duplicateOf ? local(n.duplicateOf.id) : null).toBe(row.duplicate_of_id);
      const want = edges
        .filter((e) => e.article_id === row.id)
        .sort((a, b) => Number(b.score) - Number(a.score) || (a.related_id < b.related_id ? -1 : 1))
        .slice(0, 3);
      expect(n.related.map((e: any) => [local(e.node.id), e.score])).toEqual(want.map((e) => [e.related_id, Number(e.score)]));
    }
    expect(nodes.filter((n: any) => local(n.story.id) === moscowId)).toHaveLength(members.get(moscowId)!.length);
    expect(nodes.some((n: any) => n.related.length > 0)).toBe(true);
  });

  it('storyUpdated delivers the changed stories a subscriber\'s filter matches, following merges', async () => {
    const { yoga, services } = api;
    const open = async (variables: Record<string, unknown>) => {
      const { res, sse } = await subscribe((url, init) => Promise.resolve(yoga.fetch(url, init)), 'http://newsgraph.test/graphql', { query: SUBSCRIPTION, variables });
      expect(res.status).toBe(200);
      return sse;
    };
    const mergedAway = newId();
    const everything = await open({});
    const followMoscow = await open({ filter: { stories: [gid('Story', moscowId)] } });
    const followMerged = await open({ filter: { stories: [gid('Story', mergedAway)] } });
    const ukraine = await open({ filter: { entity: 'country:UA', minSources: 2 } });
    const nothing = await open({ filter: { topic: 'no-such-topic' } });

    const { repos } = services;
    const [ua] = await repos.entities.getByKeys(['country:UA']);
    const tags = await repos.storyTags.tagsOf(stories.map((s) => s.id));
    const withUkraine = stories.filter((s, i) => tags[i]!.entityIds.includes(ua!.id) && s.sourceCount >= 2).map((s) => s.id);
    expect(withUkraine).toContain(moscowId);

    // The clusterer reports every story changed, and a story it merged into the moscow story.
    await publishChangedStories(services.storyEvents!, repos)({ changedStoryIds: stories.map((s) => s.id), merges: [{ mergedId: mergedAway, intoId: moscowId }] });
    const ids = (events: any[]) => events.map((e) => local(e.data.storyUpdated.id)).sort();
    expect(ids(await everything.next(stories.length))).toEqual(stories.map((s) => s.id).sort());
    expect(ids(await followMoscow.next(1))).toEqual([moscowId]);
    expect(ids(await followMerged.next(1))).toEqual([moscowId]);
    expect(ids(await ukraine.next(withUkraine.length))).toEqual([...withUkraine].sort());
    await new Promise((r) => setTimeout(r, 100));
    expect(await everything.close()).toHaveLength(stories.length);
    expect(await followMoscow.close()).toHaveLength(1);
    expect(await followMerged.close()).toHaveLength(1);
    expect(await ukraine.close()).toHaveLength(withUkraine.length);
    expect(await nothing.close()).toEqual([]);
  });

  it('storyUpdated is refused without story events, and with a malformed story id', async () => {
    const without = testApi(store);
    const { sse } = await subscribe((url, init) => Promise.resolve(without.yoga.fetch(url, init)), 'http://newsgraph.test/graphql', { query: SUBSCRIPTION });
    const [result] = await sse.next(1);
    expect(result.errors.map((e: any) => e.message)).toEqual(['storyUpdated is not available on this server']);
    await sse.close();
    const bad = await subscribe((url, init) => Promise.resolve(api.yoga.fetch(url, init)), 'http://newsgraph.test/graphql', {
      query: SUBSCRIPTION,
      variables: { filter: { stories: ['garbage'] } },
    });
    const [error] = await bad.sse.next(1);
    expect(error.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await bad.sse.close();
  });
});

describe('storyUpdatedMatcher', () => {
  const story = { id: 'S1', title: 'Putin invites Ukraine to talks in Moscow', summary: 'Kyiv doubts the offer.', sourceCount: 3 } as Story;
  const update = (over: Partial<StoryUpdate> = {}): StoryUpdate => ({ story, mergedIds: [], topicIds: ['T1'], entityIds: ['E1', 'E2'], ...over });

  it.each([
    ['no filter', {}, true],
    ['its id', { storyIds: ['S1'] }, true],
    ['another story', { storyIds: ['S2'] }, false],
    ['a topic it has', { topicIds: ['T2', 'T1'] }, true],
    ['an unknown topic', { topicIds: [] }, false],
    ['an entity it has', { entityIds: ['E2'] }, true],
    ['an entity it lacks', { entityIds: ['E3'] }, false],
    ['enough sources', { minSources: 3 }, true],
    ['too few sources', { minSources: 4 }, false],
    ['words of title and summary', { query: 'moscow kyiv' }, true],
    ['a word it lacks', { query: 'moscow paris' }, false],
    ['all together', { storyIds: ['S1'], topicIds: ['T1'], entityIds: ['E1'], minSources: 2, query: 'talks' }, true],
  ])('%s', (_name, filter, expected) => {
    expect(storyUpdatedMatcher(filter)(update())).toBe(expected);
  });

  it('follows a story into the one it was merged into, and that one from then on', () => {
    const matches = storyUpdatedMatcher({ storyIds: ['OLD'] });
    expect(matches(update())).toBe(false);
    expect(matches(update({ mergedIds: ['OLD'] }))).toBe(true);
    expect(matches(update())).toBe(true);
  });
});
