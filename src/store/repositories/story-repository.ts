import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Story } from '../../domain/story.ts';
import type { Db } from '../db.ts';
import { chunk, parseJsonArray } from '../executor.ts';
import type { SearchQuery } from '../search-query.ts';
import type { StoriesTable } from '../tables/stories.ts';
import { languageCondition, searchCondition } from './article-filter-sql.ts';
import { keysetPlan, takePage, tupleCompare, type KeysetWindow, type Page } from './keyset.ts';

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

export interface ArticleCluster {
  storyId: string | null;
  duplicateOfId: string | null;
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

/**
 * The API's story reads: stories by id (merged ids resolve to the survivor), keyset lists in HOT, LATEST and LARGEST
 * order, and the story of each article. A story's relations are read by StoryMemberRepository, StoryTagRepository,
 * StoryReactionRepository and EdgeRepository, each one statement per batch of ids.
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




}
