import { sql } from 'kysely';
import type { Story } from '../../domain/story.ts';
import type { Db } from '../db.ts';
import { chunk, parseJsonArray, type Executor } from '../executor.ts';

/** An article's clustering state before it is placed. */
const UNCLUSTERED = { story_id: null, duplicate_of_id: null, cluster_version: null, clustered_at: null };

/** What a story's aggregates are computed from (see aggregateInputs). */
export interface StoryAggregateInput {
  storyId: string;
  /** In (published_at, id) order. */
  members: { id: string; sourceId: string; publishedAt: string; country: string | null; language: string | null }[];
  reactionCount: number;
  /** The central article's text; null when that article is gone. */
  central: { id: string; title: string; text: string } | null;
  /** What the story row holds now. */
  stored: { articleCount: number; reactionCount: number; centralArticleId: string };
}

/** What a story's aggregates are updated from when articles only joined it (see joinInputs). */
export interface StoryJoinInput {
  storyId: string;
  /** The story row as stored before these articles joined. */
  stored: { centralArticleId: string; articleCount: number; reactionCount: number; countries: string[]; languages: string[]; sources: string[] };
  /** The articles that joined, with their source's country, their language and their reaction count. */
  joined: { id: string; sourceId: string; country: string | null; language: string | null; reactions: number }[];
  /** Every source of the story now (the stored ones and the joining ones): its first article and its latest time. */
  perSource: { sourceId: string; firstId: string; firstAt: string; lastAt: string }[];
}

/** A story's aggregates as written (the Story fields they set); title and summary stay as stored when absent. */
export type StoryAggregates = Pick<
  Story,
  | 'centralArticleId'
  | 'firstArticleId'
  | 'firstSourceId'
  | 'firstSeenAt'
  | 'lastUpdatedAt'
  | 'articleCount'
  | 'sourceCount'
  | 'reactionCount'
  | 'countries'
  | 'languages'
  | 'hot'
> & { storyId: string; title?: string; summary?: string; sources: string[] };

export interface StoryMember {
  id: string;
  publishedAt: string;
  storyId: string | null;
}

/**
 * Writes stories: which story each article is in, the merges that follows from, and every story's aggregates. The
 * choice of story (connected components of links) and of its central article is the clusterer's, the aggregates'
 * policy (HOT, summary) src/stories'; this only reads and stores.
 */
export class StoryWriterRepository {
  constructor(private readonly db: Db) {}

  /** Publication time and current story of these articles. */
  async membersOf(ex: Executor, articleIds: readonly string[]): Promise<StoryMember[]> {
    const out: StoryMember[] = [];
    for (const part of chunk(articleIds)) {
      for (const r of await ex.selectFrom(this.db.dialect.articlesById('a')).select(['a.id', 'a.published_at', 'a.story_id']).where('a.id', 'in', part).execute()) {
        out.push({ id: r.id, publishedAt: r.published_at, storyId: r.story_id });
      }
    }
    return out;
  }

  /** The stories these articles are in. */
  async storyIdsOf(ex: Executor, articleIds: readonly string[]): Promise<string[]> {
    const out = new Set<string>();
    for (const part of chunk(articleIds)) {
      for (const r of await ex.selectFrom('articles').select('story_id').where('id', 'in', part).where('story_id', 'is not', null).execute()) out.add(r.story_id!);
    }
    return [...out];
  }

  /** Creates the story its first article names, unless it exists. */
  async ensureStory(ex: Executor, first: StoryMember, now: string): Promise<void> {
    const exists = await ex.selectFrom('stories').select('id').where('id', '=', first.id).executeTakeFirst();
    if (exists) return;
    const art = await ex.selectFrom('articles').select(['title', 'source_id']).where('id', '=', first.id).executeTakeFirstOrThrow();
    await ex
      .insertInto('stories')
      .values({
        id: first.id,
        title: art.title,
        summary: '',
        central_article_id: first.id,
        first_article_id: first.id,
        first_source_id: art.source_id,
        first_seen_at: first.publishedAt,
        last_updated_at: first.publishedAt,
        article_count: 0,
        source_count: 0,
        reaction_count: 0,
        sources: '[]',
        countries: '[]',
        languages: '[]',
        hot: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    // An id that names a story again is no longer merged away.
    await ex.deleteFrom('story_merges').where('merged_id', '=', first.id).execute();
  }

  /**
   * Puts all these articles in story `storyId` (created when it does not exist yet: named by its first article) and
   * records every other story they were in, once it holds no article, as merged into it. Returns the stories merged away.
   */
  async assignAll(ex: Executor, a: { storyId: string; members: readonly StoryMember[]; score: number; version: string; now: string }): Promise<string[]> {
    const first = a.members.find((m) => m.id === a.storyId);
    if (!first) throw new Error(`story ${a.storyId} is named after an article outside it`);
    await this.ensureStory(ex, first, a.now);
    const moving = a.members.filter((m) => m.storyId !== a.storyId).map((m) => m.id);
    for (const part of chunk(moving)) {
      await ex.updateTable('articles').set({ story_id: a.storyId, cluster_version: a.version, clustered_at: a.now }).where('id', 'in', part).execute();
    }
    const merged: string[] = [];
    for (const old of [...new Set(a.members.flatMap((m) => (m.storyId && m.storyId !== a.storyId ? [m.storyId] : [])))].sort()) {
      // Only once no article is left in it: a story split in several goes when its last articles move.
      const left = await ex.selectFrom('articles').select('id').where('story_id', '=', old).limit(1).executeTakeFirst();
      if (left) continue;
      await this.recordMerge(ex, old, a.storyId, a.now, a.score);
      await ex.deleteFrom('stories').where('id', '=', old).execute();
      merged.push(old);
    }
    return merged;
  }

  /** Puts these articles in an existing story. */
  async join(ex: Executor, a: { storyId: string; articleIds: readonly string[]; version: string; now: string }): Promise<void> {
    for (const part of chunk(a.articleIds)) {
      await ex.updateTable('articles').set({ story_id: a.storyId, cluster_version: a.version, clustered_at: a.now }).where('id', 'in', part).execute();
    }
  }

  /** Marks articles as near-identical copies of `originalId` (null: originals). */
  async setDuplicateOf(ex: Executor, articleIds: readonly string[], originalId: string | null): Promise<void> {
    for (const part of chunk(articleIds)) await ex.updateTable('articles').set({ duplicate_of_id: originalId }).where('id', 'in', part).execute();
  }

  /**
   * What a story's aggregates are computed from, for each of these stories that holds articles: its members in
   * (published_at, id) order with their source, source country and language, its reaction count, and the text of its
   * central article (`central`, else the one stored). A few statements for all of them.
   */
  async aggregateInputs(ex: Executor, storyIds: readonly string[], central: ReadonlyMap<string, string> = new Map()): Promise<StoryAggregateInput[]> {
    const out: StoryAggregateInput[] = [];
    for (const part of chunk([...new Set(storyIds)], 200)) {
      const stories = await ex.selectFrom('stories').select(['id', 'central_article_id', 'article_count', 'reaction_count']).where('id', 'in', part).orderBy('id').execute();
      if (!stories.length) continue;
      const members = await ex
        .selectFrom('articles as a')
        .innerJoin('sources as s', 's.id', 'a.source_id')
        .select(['a.id', 'a.story_id', 'a.source_id', 'a.published_at', 's.country', sql<string | null>`coalesce(a.detected_language, a.language)`.as('lang')])
        .where('a.story_id', 'in', part)
        .orderBy('a.published_at')
        .orderBy('a.id')
        .execute();
      const reactions = await ex
        .selectFrom('reactions as r')
        .innerJoin('articles as a', 'a.id', 'r.article_id')
        .select(['a.story_id', sql<number>`count(*)`.as('n')])
        .where('a.story_id', 'in', part)
        .groupBy('a.story_id')
        .execute();
      const reactionsOf = new Map(reactions.map((r) => [r.story_id!, Number(r.n)]));
      const centralOf = new Map(stories.map((s) => [s.id, central.get(s.id) ?? s.central_article_id]));
      const texts = new Map<string, { id: string; title: string; text: string }>();
      for (const r of await ex.selectFrom('articles').select(['id', 'title', 'text']).where('id', 'in', [...new Set(centralOf.values())]).execute()) texts.set(r.id, r);
      const byStory = new Map<string, StoryAggregateInput['members']>();
      for (const m of members) {
        if (!byStory.has(m.story_id!)) byStory.set(m.story_id!, []);
        byStory.get(m.story_id!)!.push({ id: m.id, sourceId: m.source_id, publishedAt: m.published_at, country: m.country, language: m.lang });
      }
      for (const s of stories) {
        const list = byStory.get(s.id);
        if (!list?.length) continue;
        out.push({
          storyId: s.id,
          members: list,
          reactionCount: reactionsOf.get(s.id) ?? 0,
          central: texts.get(centralOf.get(s.id)!) ?? null,
          stored: { articleCount: s.article_count, reactionCount: s.reaction_count, centralArticleId: s.central_article_id },
        });
      }
    }
    return out;
  }

  /**
   * What the aggregates of these stories are updated from, after the given articles joined them (and nothing else
   * changed): the stored row, the joining articles, and each source's first and latest article in the story, an index
   * seek each (articles_story_source_idx). Reads no other member: the cost follows the joining articles and the
   * story's sources, not its size.
   */
  async joinInputs(ex: Executor, joins: ReadonlyMap<string, readonly string[]>): Promise<StoryJoinInput[]> {
    const out: StoryJoinInput[] = [];
    for (const [storyId, articleIds] of [...joins].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const story = await ex.selectFrom('stories').select(['central_article_id', 'article_count', 'reaction_count', 'countries', 'languages', 'sources']).where('id', '=', storyId).executeTakeFirst();
      if (!story) continue;
      const joined: StoryJoinInput['joined'] = [];
      for (const part of chunk([...new Set(articleIds)])) {
        const rows = await ex
          .selectFrom('articles as a')
          .innerJoin('sources as s', 's.id', 'a.source_id')
          .select([
            'a.id',
            'a.source_id',
            's.country',
            sql<string | null>`coalesce(a.detected_language, a.language)`.as('lang'),
            (eb) => eb.selectFrom('reactions as r').select((e) => e.fn.countAll<number>().as('n')).whereRef('r.article_id', '=', 'a.id').as('reactions'),
          ])
          .where('a.id', 'in', part)
          .where('a.story_id', '=', storyId)
          .execute();
        for (const r of rows) joined.push({ id: r.id, sourceId: r.source_id, country: r.country, language: r.lang, reactions: Number(r.reactions ?? 0) });
      }
      const stored = { sources: parseJsonArray<string>(story.sources), countries: parseJsonArray<string>(story.countries), languages: parseJsonArray<string>(story.languages) };
      const sourceIds = [...new Set([...stored.sources, ...joined.map((j) => j.sourceId)])].sort();
      const perSource: StoryJoinInput['perSource'] = [];
      // Two seeks a source (its first article, its latest), up to 200 in one statement.
      for (const part of chunk(sourceIds, 100)) {
        const seek = (sourceId: string, first: boolean) =>
          ex
            .selectFrom(
              ex
                .selectFrom('articles')
                .select(['source_id', 'id', 'published_at', sql.lit(first ? 1 : 0).as('first')])
                .where('story_id', '=', storyId)
                .where('source_id', '=', sourceId)
                .orderBy('published_at', first ? 'asc' : 'desc')
                .orderBy('id', first ? 'asc' : 'desc')
                .limit(1)
                .as('x'),
            )
            .selectAll();
        const seeks = part.flatMap((id) => [seek(id, true), seek(id, false)]);
        const rows = await seeks.slice(1).reduce((u, q) => u.unionAll(q), seeks[0]!).execute();
        const firsts = new Map(rows.filter((r) => Number(r.first) === 1).map((r) => [r.source_id, r]));
        for (const r of rows) {
          const f = firsts.get(r.source_id);
          if (Number(r.first) === 0 && f) perSource.push({ sourceId: r.source_id, firstId: f.id, firstAt: f.published_at, lastAt: r.published_at });
        }
      }
      out.push({
        storyId,
        stored: { centralArticleId: story.central_article_id, articleCount: story.article_count, reactionCount: story.reaction_count, ...stored },
        joined,
        perSource,
      });
    }
    return out;
  }

  /**
   * Writes stories' aggregates as given (computed by src/stories from aggregateInputs), one statement per 200
   * stories. Returns the ids of stories whose article or reaction count changed.
   */
  async writeAggregates(ex: Executor, aggregates: readonly StoryAggregates[], now: string): Promise<string[]> {
    const changed: string[] = [];
    for (const part of chunk(aggregates, 200)) {
      const stored = new Map((await ex.selectFrom('stories').selectAll().where('id', 'in', part.map((a) => a.storyId)).execute()).map((s) => [s.id, s]));
      const rows = [];
      for (const a of part) {
        const s = stored.get(a.storyId);
        if (!s) continue;
        rows.push({
          ...s,
          title: a.title ?? s.title,
          summary: a.summary ?? s.summary,
          central_article_id: a.centralArticleId,
          first_article_id: a.firstArticleId,
          first_source_id: a.firstSourceId,
          first_seen_at: a.firstSeenAt,
          last_updated_at: a.lastUpdatedAt,
          article_count: a.articleCount,
          source_count: a.sourceCount,
          reaction_count: a.reactionCount,
          sources: JSON.stringify(a.sources),
          countries: JSON.stringify(a.countries),
          languages: JSON.stringify(a.languages),
          hot: a.hot,
          updated_at: now,
        });
        if (a.articleCount !== s.article_count || a.reactionCount !== s.reaction_count) changed.push(a.storyId);
      }
      if (!rows.length) continue;
      await this.db.dialect.upsert(ex, {
        table: 'stories',
        rows,
        conflict: ['id'],
        update: ['title', 'summary', 'central_article_id', 'first_article_id', 'first_source_id', 'first_seen_at', 'last_updated_at', 'article_count', 'source_count', 'reaction_count', 'sources', 'countries', 'languages', 'hot', 'updated_at'],
      });
    }
    return changed;
  }

  /** Story ids as they are now (to record, after a recluster, where each old id went). */
  async allStoryIds(ex: Executor, activeSince?: string): Promise<string[]> {
    let q = ex.selectFrom('stories').select('id');
    if (activeSince) q = q.where('last_updated_at', '>=', activeSince);
    return (await q.orderBy('id').execute()).map((r) => r.id);
  }

  /** The ids of the articles in these stories. */
  async articleIdsIn(ex: Executor, storyIds: readonly string[]): Promise<string[]> {
    const out: string[] = [];
    for (const part of chunk(storyIds)) out.push(...(await ex.selectFrom('articles').select('id').where('story_id', 'in', part).execute()).map((r) => r.id));
    return out;
  }

  /** The ids of the articles published since then. */
  async articleIdsSince(ex: Executor, since: string): Promise<string[]> {
    return (await ex.selectFrom('articles').select('id').where('published_at', '>=', since).execute()).map((r) => r.id);
  }

  /** Takes these articles (all without ids) out of their stories and deletes these stories (all without ids). */
  async dissolve(ex: Executor, by?: { articleIds: readonly string[]; storyIds: readonly string[] }): Promise<void> {
    if (!by) {
      await ex.updateTable('articles').set(UNCLUSTERED).execute();
      await ex.deleteFrom('stories').execute();
      return;
    }
    for (const part of chunk(by.articleIds)) await ex.updateTable('articles').set(UNCLUSTERED).where('id', 'in', part).execute();
    for (const part of chunk(by.storyIds)) await ex.deleteFrom('stories').where('id', 'in', part).execute();
  }

  /** Records that a story id no longer exists and its articles are now in another story. */
  async recordMerge(ex: Executor, mergedId: string, intoId: string, now: string, score = 0): Promise<void> {
    if (mergedId === intoId) return;
    await ex.updateTable('story_merges').set({ into_id: intoId }).where('into_id', '=', mergedId).execute();
    await ex
      .insertInto('story_merges')
      .values({ merged_id: mergedId, into_id: intoId, score, merged_at: now })
      .onConflict((oc) => oc.column('merged_id').doUpdateSet({ into_id: intoId, score, merged_at: now }))
      .execute();
  }

  /** Stories that exist again (a recluster founded them anew) are no longer merged away. */
  async forgetMergesOf(ex: Executor, storyIds: readonly string[]): Promise<void> {
    for (const part of chunk(storyIds)) await ex.deleteFrom('story_merges').where('merged_id', 'in', part).execute();
  }

  /** The story an article is in (null when none). */
  async storyOfArticle(ex: Executor, articleId: string): Promise<string | null> {
    const r = await ex.selectFrom('articles').select('story_id').where('id', '=', articleId).executeTakeFirst();
    return r?.story_id ?? null;
  }

  async storyExists(ex: Executor, id: string): Promise<boolean> {
    return !!(await ex.selectFrom('stories').select('id').where('id', '=', id).executeTakeFirst());
  }
}
