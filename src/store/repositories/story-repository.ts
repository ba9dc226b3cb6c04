import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Article } from '../../domain/article.ts';
import type { Stance } from '../../domain/enrichment.ts';
import type { ArticleEdge, EdgeReasons, Story, StoryEdge } from '../../domain/story.ts';
import type { Db } from '../db.ts';
import { parseEdgeReasons } from './edge-reasons.ts';
import { chunk, groupInOrder, parseJsonArray } from '../executor.ts';
import type { SearchQuery } from '../search-query.ts';
import type { StoriesTable } from '../tables/stories.ts';
import { languageCondition, searchCondition } from './article-filter-sql.ts';
import { ARTICLE_SELECT, type TimeKey } from './article-query-repository.ts';
import { toArticle } from './article-repository.ts';
import { ENTITY_COLUMNS, toStoredEntity, type StoredEntity } from './entity-repository.ts';
import { keysetPlan, takePage, tupleCompare, type KeysetWindow, type Page } from './keyset.ts';
import { REACTION_SELECT, toStoredReaction, type StoredReaction } from './reaction-repository.ts';
import { toStoredTopic, type StoredTopic } from './topic-repository.ts';

/** Omitted fields do not constrain; an empty list matches nothing. */
export interface StoryFilter {
  /** Stories with an article tagged with any of these topics. */
  topicIds?: readonly string[];
  /** Stories with an article mentioning any of these entities. */
  entityIds?: readonly string[];
  /** Inclusive, UTC ISO-8601: stories whose newest article is at least this recent. */
  since?: string;
  /** Stories reported by at least this many distinct sources. */
  minSources?: number;
  /** Stories with an article matching this full-text query (titles included, so the story's own title too). */
  search?: SearchQuery;
  /** Stories with an article in any of these languages (detected, else declared; "en" matches "en-GB"). */
  languages?: readonly string[];
}

export type StoryOrder = 'hot' | 'latest' | 'largest';

/** A story list's sort key: the order's column value (hot, last_updated_at or article_count), then the id. */
export interface StoryKey {
  value: number | string;
  id: string;
}

export type TimelineBucket = 'hour' | 'day';

export interface StoryTimelinePoint {
  /** Start of the bucket, UTC ISO-8601. */
  start: string;
  articles: number;
  sources: number;
}

export interface StoryTopicWeight {
  topic: StoredTopic;
  /** Sum of the topic's score over the story's articles, divided by the story's article count: 0..1. */
  weight: number;
  /** Articles of the story tagged with it. */
  articles: number;
}

export interface StoryEntityWeight {
  entity: StoredEntity;
  /** Sum of the entity's salience over the story's articles, divided by the story's article count: 0..1. */
  weight: number;
  /** Articles of the story mentioning it. */
  articles: number;
  mentions: number;
}

/** An actor's latest reaction in a story. */
export interface StoryReaction {
  storyId: string;
  reaction: StoredReaction;
  /** All of the actor's reactions in the story's articles. */
  reactions: number;
}

/** Where an actor's stance in a story changed: the first reaction of each run of one stance, oldest first. */
export interface StanceChange {
  stance: Stance;
  reaction: StoredReaction;
}

export interface ArticleCluster {
  storyId: string | null;
  duplicateOfId: string | null;
}

export interface EdgeOptions {
  /** Edges per node, best first. */
  limit: number;
  /** Only edges scoring at least this. */
  minScore: number;
}

const STORY_COLUMNS = [
  'stories.id',
  'stories.title',
  'stories.summary',
  'stories.central_article_id',
  'stories.first_article_id',
  'stories.first_source_id',
  'stories.first_seen_at',
  'stories.last_updated_at',
  'stories.article_count',
  'stories.source_count',
  'stories.reaction_count',
  'stories.sources',
  'stories.countries',
  'stories.languages',
  'stories.hot',
  'stories.created_at',
  'stories.updated_at',
] as const;

/** The sort column of each story order; each has an index on (column, id). */
const ORDER_COLUMN = { hot: 'stories.hot', latest: 'stories.last_updated_at', largest: 'stories.article_count' } as const;

/** Characters of published_at ('2025-06-09T16:05:00.000Z') that name its hour or day. */
const BUCKET_PREFIX: Record<TimelineBucket, { length: number; pad: string }> = {
  hour: { length: 13, pad: ':00:00.000Z' },
  day: { length: 10, pad: 'T00:00:00.000Z' },
};

/** Edges are stored in both directions, keyed by the node they are read from; the other columns are the same. */
const EDGE_KEY = { article_edges: 'article_id', story_edges: 'story_id' } as const;

/** Merge chains longer than this are a bug (or a cycle); resolution stops there. */
const MAX_MERGE_DEPTH = 64;

export function toStory(row: Selectable<StoriesTable>): Story {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    centralArticleId: row.central_article_id,
    firstArticleId: row.first_article_id,
    firstSourceId: row.first_source_id,
    firstSeenAt: row.first_seen_at,
    lastUpdatedAt: row.last_updated_at,
    articleCount: Number(row.article_count),
    sourceCount: Number(row.source_count),
    reactionCount: Number(row.reaction_count),
    sourceIds: parseJsonArray<string>(row.sources),
    countries: parseJsonArray<string>(row.countries),
    languages: parseJsonArray<string>(row.languages),
    hot: Number(row.hot),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The value a story is listed by in an order (what a cursor holds). */
export function storyKeyOf(story: Story, order: StoryOrder): StoryKey {
  const value = order === 'hot' ? story.hot : order === 'latest' ? story.lastUpdatedAt : story.articleCount;
  return { value, id: story.id };
}


/** Stored reasons JSON -> EdgeReasons with every field present, whatever an older writer left out. */
function cmpDesc(pa: string, ia: string, pb: string, ib: string): number {
  return pa < pb ? 1 : pa > pb ? -1 : ia < ib ? 1 : ia > ib ? -1 : 0;
}

/**
 * The API's story reads: stories by id (merged ids resolve to the survivor), keyset lists in HOT, LATEST and LARGEST
 * order, and the batched relations of a page of stories — members, timeline, topics, entities, reactions, edges —
 * each one statement per batch of ids (500, or 200 where a UNION ALL has a sub-select per id).
 */
export class StoryRepository {
  constructor(private readonly db: Db) {}

  /**
   * For each id, the id it resolves to: itself, or the story it was merged into (following chains of merges). One
   * statement per 500 ids, a recursive walk of story_merges.
   */
  async resolveIds(ids: readonly string[]): Promise<string[]> {
    const final = new Map<string, { id: string; depth: number }>();
    for (const part of chunk([...new Set(ids)])) {
      const { rows } = await sql<{ start_id: string; cur_id: string; depth: number }>`
        WITH RECURSIVE chain(start_id, cur_id, depth) AS (
          SELECT merged_id, into_id, 1 FROM story_merges WHERE merged_id IN (${sql.join(part)})
          UNION ALL
          SELECT chain.start_id, story_merges.into_id, chain.depth + 1
          FROM chain JOIN story_merges ON story_merges.merged_id = chain.cur_id
          WHERE chain.depth < ${MAX_MERGE_DEPTH}
        )
        SELECT start_id, cur_id, depth FROM chain`.execute(this.db.kysely);
      for (const r of rows) {
        const depth = Number(r.depth);
        const seen = final.get(r.start_id);
        if (!seen || depth > seen.depth) final.set(r.start_id, { id: r.cur_id, depth });
      }
    }
    return ids.map((id) => final.get(id)?.id ?? id);
  }

  async resolveId(id: string): Promise<string> {
    return (await this.resolveIds([id]))[0]!;
  }

  /**
   * In the order given; a merged story's id gives the story it was merged into; null where there is none. One
   * statement when every id names a live story, three when some were merged.
   */
  async getByIds(ids: readonly string[]): Promise<(Story | null)[]> {
    const by = await this.loadStories(ids);
    const missing = [...new Set(ids.filter((id) => !by.has(id)))];
    if (missing.length) {
      const resolved = await this.resolveIds(missing);
      const survivors = new Map<string, string>();
      missing.forEach((id, i) => {
        if (resolved[i] !== id) survivors.set(id, resolved[i]!);
      });
      if (survivors.size) {
        const loaded = await this.loadStories([...new Set(survivors.values())].filter((id) => !by.has(id)));
        for (const [id, story] of loaded) by.set(id, story);
        for (const [merged, survivor] of survivors) {
          const story = by.get(survivor);
          if (story) by.set(merged, story);
        }
      }
    }
    return ids.map((id) => by.get(id) ?? null);
  }

  async getById(id: string): Promise<Story | null> {
    return (await this.getByIds([id]))[0] ?? null;
  }

  private async loadStories(ids: readonly string[]): Promise<Map<string, Story>> {
    const by = new Map<string, Story>();
    for (const part of chunk([...new Set(ids)])) {
      const rows = await this.db.kysely.selectFrom('stories').select(STORY_COLUMNS).where('stories.id', 'in', part).execute();
      for (const r of rows) by.set(r.id, toStory(r));
    }
    return by;
  }

  /**
   * One page of stories matching the filter, in the order's column descending, then id descending: a range of the
   * order's (column, id) index. Filters on topics, entities and text are semi-joins through the articles' story_id.
   */
  async list(filter: StoryFilter, order: StoryOrder, window: KeysetWindow<StoryKey>): Promise<Page<Story>> {
    const conditions = this.filterConditions(filter);
    if (!conditions) return { items: [], hasMore: false };
    const column = ORDER_COLUMN[order];
    const plan = keysetPlan(window, true, (op, key: StoryKey) => tupleCompare(sql.ref(column), sql.ref('stories.id'), op, key.value, key.id));
    let q = this.db.kysely.selectFrom('stories').select(STORY_COLUMNS);
    for (const c of [...conditions, ...plan.conditions]) q = q.where(c);
    const rows = await q.orderBy(column, plan.direction).orderBy('stories.id', plan.direction).limit(window.limit + 1).execute();
    return takePage(rows.map(toStory), window);
  }

  private filterConditions(filter: StoryFilter): RawBuilder<SqlBool>[] | null {
    if ((filter.topicIds && !filter.topicIds.length) || (filter.entityIds && !filter.entityIds.length) || (filter.languages && !filter.languages.length)) return null;
    const out: RawBuilder<SqlBool>[] = [];
    if (filter.since !== undefined) out.push(sql<SqlBool>`stories.last_updated_at >= ${filter.since}`);
    if (filter.minSources !== undefined) out.push(sql<SqlBool>`stories.source_count >= ${filter.minSources}`);
    if (filter.topicIds) {
      out.push(sql<SqlBool>`stories.id IN (
        SELECT articles.story_id FROM article_topics INNER JOIN articles ON articles.id = article_topics.article_id
        WHERE article_topics.topic_id IN (${sql.join([...new Set(filter.topicIds)])}))`);
    }
    if (filter.entityIds) {
      out.push(sql<SqlBool>`stories.id IN (
        SELECT articles.story_id FROM article_entities INNER JOIN articles ON articles.id = article_entities.article_id
        WHERE article_entities.entity_id IN (${sql.join([...new Set(filter.entityIds)])}))`);
    }
    if (filter.languages) out.push(sql<SqlBool>`stories.id IN (SELECT articles.story_id FROM articles WHERE ${languageCondition(filter.languages)})`);
    if (filter.search) {
      out.push(sql<SqlBool>`stories.id IN (SELECT articles.story_id FROM articles WHERE ${searchCondition(this.db.dialect, filter.search)})`);
    }
    return out;
  }

  /** For each article, in the order given, its story and the article it duplicates; null where there is no article. */
  async storyIdsOfArticles(articleIds: readonly string[]): Promise<(ArticleCluster | null)[]> {
    const by = new Map<string, ArticleCluster>();
    for (const part of chunk([...new Set(articleIds)])) {
      const rows = await this.db.kysely.selectFrom('articles').select(['id', 'story_id', 'duplicate_of_id']).where('id', 'in', part).execute();
      for (const r of rows) by.set(r.id, { storyId: r.story_id, duplicateOfId: r.duplicate_of_id });
    }
    return articleIds.map((id) => by.get(id) ?? null);
  }

  /**
   * For each story, one page of its articles newest first by (published_at, id): one statement per 200 stories, a
   * UNION ALL of per-story range scans on articles_story_idx (story_id, published_at, id).
   */
  async articlesOf(storyIds: readonly string[], window: KeysetWindow<TimeKey>): Promise<Page<Article>[]> {
    const pages = new Map<string, Page<Article>>();
    const plan = keysetPlan(window, true, (op, key: TimeKey) =>
      tupleCompare(sql.ref('articles.published_at'), sql.ref('articles.id'), op, key.publishedAt, key.id),
    );
    for (const ids of chunk([...new Set(storyIds)], 200)) {
      const parts = ids.map((id, i) => {
        let q = this.db.kysely.selectFrom('articles').select([...ARTICLE_SELECT, 'articles.story_id']).where('articles.story_id', '=', id);
        for (const c of plan.conditions) q = q.where(c);
        const sub = q.orderBy('articles.published_at', plan.direction).orderBy('articles.id', plan.direction).limit(window.limit + 1);
        return this.db.kysely.selectFrom(sub.as(`p${i}`)).selectAll();
      });
      const rows = await parts.slice(1).reduce((q, p) => q.unionAll(p), parts[0]!).execute();
      const lists = groupInOrder(ids, rows, (r) => r.story_id ?? '', (r) => r);
      const sign = window.backward ? -1 : 1;
      ids.forEach((id, i) => {
        // UNION ALL keeps each sub-select's order in practice, but SQL does not promise it: sort again.
        const sorted = lists[i]!.sort((a, b) => sign * cmpDesc(a.published_at, a.id, b.published_at, b.id));
        pages.set(id, takePage(sorted.map(toArticle), window));
      });
    }
    return storyIds.map((id) => pages.get(id) ?? { items: [], hasMore: false });
  }

  /**
   * For each story, its articles counted per hour or per day of publication (UTC), oldest bucket first; buckets
   * without articles are left out. One statement per 500 stories.
   */
  async timelineOf(storyIds: readonly string[], bucket: TimelineBucket): Promise<StoryTimelinePoint[][]> {
    const { length, pad } = BUCKET_PREFIX[bucket];
    // A literal length: a bound parameter would make the SELECT and GROUP BY expressions differ for PostgreSQL.
    const key = sql<string>`substr(articles.published_at, 1, ${sql.lit(length)})`;
    const rows = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      rows.push(
        ...(await this.db.kysely
          .selectFrom('articles')
          .select([
            'articles.story_id',
            key.as('bucket'),
            (eb) => eb.fn.countAll<number>().as('n'),
            sql<number>`count(DISTINCT articles.source_id)`.as('sources'),
          ])
          .where('articles.story_id', 'in', ids)
          .groupBy(['articles.story_id', key])
          .orderBy('articles.story_id')
          .orderBy(key)
          .execute()),
      );
    }
    return groupInOrder(storyIds, rows, (r) => r.story_id ?? '', (r) => ({ start: `${r.bucket}${pad}`, articles: Number(r.n), sources: Number(r.sources) }));
  }

  /**
   * For each story, the topics of its articles by weight (then slug), at most `limit`. One statement per 500 stories:
   * scores summed per (story, topic), ranked per story with ROW_NUMBER().
   */
  async topicsOf(storyIds: readonly string[], limit: number): Promise<StoryTopicWeight[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      const sums = this.db.kysely
        .selectFrom('articles')
        .innerJoin('article_topics as at', 'at.article_id', 'articles.id')
        .where('articles.story_id', 'in', ids)
        .groupBy(['articles.story_id', 'at.topic_id'])
        .select(['articles.story_id as sid', 'at.topic_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('at.score').as('total')]);
      const ranked = this.db.kysely
        .selectFrom(sums.as('c'))
        .innerJoin('topics as t', 't.id', 'c.topic_id')
        .innerJoin('stories as s', 's.id', 'c.sid')
        .select([
          'c.sid',
          'c.n',
          'c.total',
          's.article_count',
          't.id',
          't.slug',
          't.name',
          't.description',
          't.built_in',
          't.definition',
          't.created_at',
          't.updated_at',
          sql<number>`ROW_NUMBER() OVER (PARTITION BY c.sid ORDER BY c.total DESC, t.slug)`.as('rn'),
        ]);
      rows.push(...(await this.db.kysely.selectFrom(ranked.as('r')).selectAll().where('r.rn', '<=', limit).orderBy('r.sid').orderBy('r.rn').execute()));
    }
    return groupInOrder(storyIds, rows, (r) => r.sid ?? '', (r) => ({
      topic: toStoredTopic(r),
      weight: Number(r.total) / Math.max(1, Number(r.article_count)),
      articles: Number(r.n),
    }));
  }

  /**
   * For each story, the entities of its articles by weight (then articles, name, id), at most `limit`. One statement
   * per 500 stories: salience summed per (story, entity), ranked per story with ROW_NUMBER().
   */
  async entitiesOf(storyIds: readonly string[], limit: number): Promise<StoryEntityWeight[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      const sums = this.db.kysely
        .selectFrom('articles')
        .innerJoin('article_entities as ae', 'ae.article_id', 'articles.id')
        .where('articles.story_id', 'in', ids)
        .groupBy(['articles.story_id', 'ae.entity_id'])
        .select([
          'articles.story_id as sid',
          'ae.entity_id',
          (eb) => eb.fn.countAll<number>().as('n'),
          (eb) => eb.fn.sum<number>('ae.salience').as('total'),
          (eb) => eb.fn.sum<number>('ae.mentions').as('mentions'),
        ]);
      const ranked = this.db.kysely
        .selectFrom(sums.as('c'))
        .innerJoin('entities as e', 'e.id', 'c.entity_id')
        .innerJoin('stories as s', 's.id', 'c.sid')
        .select([
          'c.sid',
          'c.n',
          'c.total',
          'c.mentions',
          's.article_count',
          ...ENTITY_COLUMNS.map((col) => `e.${col}` as const),
          sql<number>`ROW_NUMBER() OVER (PARTITION BY c.sid ORDER BY c.total DESC, c.n DESC, e.name, e.id)`.as('rn'),
        ]);
      rows.push(...(await this.db.kysely.selectFrom(ranked.as('r')).selectAll().where('r.rn', '<=', limit).orderBy('r.sid').orderBy('r.rn').execute()));
    }
    return groupInOrder(storyIds, rows, (r) => r.sid ?? '', (r) => ({
      entity: toStoredEntity(r),
      weight: Number(r.total) / Math.max(1, Number(r.article_count)),
      articles: Number(r.n),
      mentions: Number(r.mentions),
    }));
  }

  /**
   * For each story, its international reactions: the latest reaction of each actor in the story's articles (by the
   * article's publication time, then reaction id), newest first. One statement per 500 stories.
   */
  async reactionsOf(storyIds: readonly string[]): Promise<StoryReaction[][]> {
    const rows = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      const ranked = this.db.kysely
        .selectFrom('reactions as r')
        .innerJoin('articles as a', 'a.id', 'r.article_id')
        .innerJoin('entities as e', 'e.id', 'r.actor_entity_id')
        .where('a.story_id', 'in', ids)
        .select([
          'a.story_id as sid',
          ...REACTION_SELECT,
          sql<number>`ROW_NUMBER() OVER (PARTITION BY a.story_id, r.actor_entity_id ORDER BY r.published_at DESC, r.id DESC)`.as('rn'),
          sql<number>`COUNT(*) OVER (PARTITION BY a.story_id, r.actor_entity_id)`.as('n'),
        ]);
      rows.push(
        ...(await this.db.kysely
          .selectFrom(ranked.as('x'))
          .selectAll()
          .where('x.rn', '=', 1)
          .orderBy('x.sid')
          .orderBy('x.published_at', 'desc')
          .orderBy('x.id', 'desc')
          .execute()),
      );
    }
    return groupInOrder(storyIds, rows, (r) => r.sid ?? '', (r) => ({ storyId: r.sid!, reaction: toStoredReaction(r), reactions: Number(r.n) }));
  }

  /**
   * For each (story, actor), the actor's stance changes in the story, oldest first: its first reaction, then each
   * reaction whose stance differs from the one before. One statement per 500 stories (and actors).
   */
  async stanceHistoryOf(keys: readonly { storyId: string; actorId: string }[]): Promise<StanceChange[][]> {
    const wanted = new Set(keys.map((k) => `${k.storyId} ${k.actorId}`));
    const byKey = new Map<string, StanceChange[]>();
    for (const part of chunk([...wanted])) {
      const pairs = part.map((k) => k.split(' ') as [string, string]);
      const rows = await this.db.kysely
        .selectFrom('reactions as r')
        .innerJoin('articles as a', 'a.id', 'r.article_id')
        .innerJoin('entities as e', 'e.id', 'r.actor_entity_id')
        .where('a.story_id', 'in', [...new Set(pairs.map((p) => p[0]))])
        .where('r.actor_entity_id', 'in', [...new Set(pairs.map((p) => p[1]))])
        .select(['a.story_id as sid', 'r.actor_entity_id', ...REACTION_SELECT])
        .orderBy('a.story_id')
        .orderBy('r.actor_entity_id')
        .orderBy('r.published_at')
        .orderBy('r.id')
        .execute();
      for (const r of rows) {
        const key = `${r.sid} ${r.actor_entity_id}`;
        // The IN lists cross every story with every actor: keep the pairs asked for.
        if (!wanted.has(key)) continue;
        const changes = byKey.get(key) ?? [];
        if (changes.at(-1)?.stance !== r.stance) changes.push({ stance: r.stance as Stance, reaction: toStoredReaction(r) });
        byKey.set(key, changes);
      }
    }
    return keys.map((k) => byKey.get(`${k.storyId} ${k.actorId}`) ?? []);
  }

  /** For each article, its related articles by score (then id), at most `limit` scoring at least `minScore`. */
  async relatedArticlesOf(articleIds: readonly string[], options: EdgeOptions): Promise<ArticleEdge[][]> {
    return this.edgesOf('article_edges', articleIds, options, (articleId, edge) => ({ articleId, ...edge }));
  }

  /** For each story, its related stories by score (then id), at most `limit` scoring at least `minScore`. */
  async relatedStoriesOf(storyIds: readonly string[], options: EdgeOptions): Promise<StoryEdge[][]> {
    return this.edgesOf('story_edges', storyIds, options, (storyId, edge) => ({ storyId, ...edge }));
  }

  /**
   * For each node, its edges in `table` by score (then related id), at most `limit` scoring at least `minScore`, each
   * made by `toEdge` from the node's id. One statement per 500 nodes, ranked per node with ROW_NUMBER().
   */
  private async edgesOf<T>(
    table: keyof typeof EDGE_KEY,
    nodeIds: readonly string[],
    options: EdgeOptions,
    toEdge: (nodeId: string, edge: Omit<ArticleEdge, 'articleId'>) => T,
  ): Promise<T[][]> {
    const key = EDGE_KEY[table];
    const rows = [];
    for (const ids of chunk([...new Set(nodeIds)])) {
      const ranked = this.db.kysely
        .selectFrom(table)
        .where(key, 'in', ids)
        .where('score', '>=', options.minScore)
        .select([
          key,
          'related_id',
          'score',
          'reasons',
          sql<number>`ROW_NUMBER() OVER (PARTITION BY ${sql.ref(key)} ORDER BY score DESC, related_id)`.as('rn'),
        ]);
      rows.push(...(await this.db.kysely.selectFrom(ranked.as('x')).selectAll().where('x.rn', '<=', options.limit).orderBy(`x.${key}`).orderBy('x.rn').execute()));
    }
    return groupInOrder(nodeIds, rows, (r) => r[key], (r) => toEdge(r[key], { relatedId: r.related_id, score: Number(r.score), reasons: parseEdgeReasons(r.reasons) }));
  }

  /** For each story, the distinct topics and entities of its articles (ids): what storyUpdated filters match on. */
  async tagsOf(storyIds: readonly string[]): Promise<{ topicIds: string[]; entityIds: string[] }[]> {
    const topics = [];
    const entities = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      topics.push(
        ...(await this.db.kysely
          .selectFrom('articles')
          .innerJoin('article_topics as at', 'at.article_id', 'articles.id')
          .where('articles.story_id', 'in', ids)
          .select(['articles.story_id as sid', 'at.topic_id as tag'])
          .distinct()
          .execute()),
      );
      entities.push(
        ...(await this.db.kysely
          .selectFrom('articles')
          .innerJoin('article_entities as ae', 'ae.article_id', 'articles.id')
          .where('articles.story_id', 'in', ids)
          .select(['articles.story_id as sid', 'ae.entity_id as tag'])
          .distinct()
          .execute()),
      );
    }
    const t = groupInOrder(storyIds, topics, (r) => r.sid ?? '', (r) => r.tag);
    const e = groupInOrder(storyIds, entities, (r) => r.sid ?? '', (r) => r.tag);
    return storyIds.map((_, i) => ({ topicIds: t[i]!, entityIds: e[i]! }));
  }
}
