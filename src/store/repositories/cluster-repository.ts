import { sql } from 'kysely';
import { hotScore, type ArticleEdge, type ClusterVector, type StoryEdge } from '../../domain/story.ts';
import type { Db } from '../db.ts';
import { chunk, type Executor } from '../executor.ts';

/** What the clusterer reads of an article: its text, time, source and what enrichment found. */
export interface ClusterSource {
  id: string;
  sourceId: string;
  title: string;
  text: string;
  publishedAt: string;
  /** Already in a story (a changed article being re-clustered keeps it). */
  storyId: string | null;
  entities: { key: string; name: string; salience: number }[];
  topics: string[];
}

export interface StoredArticleVector {
  articleId: string;
  storyId: string | null;
  publishedAt: string;
  vector: ClusterVector;
}

export interface Centroid {
  storyId: string;
  vector: ClusterVector;
  members: number;
  lastUpdatedAt: string;
  centralArticleId: string;
}

export interface DuplicateCandidate {
  articleId: string;
  publishedAt: string;
  simhash: string;
  storyId: string | null;
  duplicateOfId: string | null;
  sourceId: string;
}

/** An article's clustering state before it is placed. */
const UNCLUSTERED = { story_id: null, duplicate_of_id: null, cluster_version: null, clustered_at: null };

/** Document-frequency row that holds the number of documents counted. */
const DOCS = '';
/** Lead sentences of the central article that make a story's summary, and its longest length. */
const SUMMARY_SENTENCES = 2;
const SUMMARY_MAX = 400;

const emptyVector = (): ClusterVector => ({ w: {}, s: {}, d: {}, e: {}, l: {}, y: {}, names: {}, topics: {} });

function parseVector(text: string): ClusterVector {
  try {
    return { ...emptyVector(), ...(JSON.parse(text) as Partial<ClusterVector>) };
  } catch {
    return emptyVector();
  }
}

/** The first sentences of a text, cut at a word boundary. */
export function leadSummary(text: string): string {
  const sentences = text.replace(/\s+/g, ' ').trim().match(/[^.!?]+[.!?]+["'’”)]*|[^.!?]+$/g) ?? [];
  let out = sentences.slice(0, SUMMARY_SENTENCES).join(' ').trim();
  if (out.length > SUMMARY_MAX) out = `${out.slice(0, out.lastIndexOf(' ', SUMMARY_MAX - 1))}…`;
  return out;
}

/**
 * The clusterer's reads and writes. Every method takes the executor of the clustering transaction, so an article's
 * assignment, its story's state and its edges commit together.
 */
export class ClusterRepository {
  constructor(private readonly db: Db) {}

  /** Articles as the clusterer needs them, in the order of the ids given; deleted ids are skipped. */
  async sourcesOf(ex: Executor, ids: readonly string[]): Promise<ClusterSource[]> {
    const out = new Map<string, ClusterSource>();
    for (const part of chunk(ids)) {
      const rows = await ex
        .selectFrom('articles')
        .select(['id', 'source_id', 'title', 'text', 'published_at', 'story_id'])
        .where('id', 'in', part)
        .execute();
      for (const r of rows) {
        out.set(r.id, { id: r.id, sourceId: r.source_id, title: r.title, text: r.text, publishedAt: r.published_at, storyId: r.story_id, entities: [], topics: [] });
      }
      const ents = await ex
        .selectFrom('article_entities as ae')
        .innerJoin('entities as e', 'e.id', 'ae.entity_id')
        .select(['ae.article_id', 'e.key', 'e.name', 'ae.salience'])
        .where('ae.article_id', 'in', part)
        .orderBy('ae.article_id')
        .orderBy('e.key')
        .execute();
      for (const e of ents) out.get(e.article_id)?.entities.push({ key: e.key, name: e.name, salience: e.salience });
      const topics = await ex
        .selectFrom('article_topics as at')
        .innerJoin('topics as t', 't.id', 'at.topic_id')
        .select(['at.article_id', 't.slug'])
        .where('at.article_id', 'in', part)
        .orderBy('t.slug')
        .execute();
      for (const t of topics) out.get(t.article_id)?.topics.push(t.slug);
    }
    return ids.flatMap((id) => out.get(id) ?? []);
  }

  /** Document frequencies of these terms and the number of documents counted. */
  async documentFrequencies(ex: Executor, terms: readonly string[]): Promise<{ docs: number; df: Map<string, number> }> {
    const df = new Map<string, number>();
    let docs = 0;
    for (const part of chunk([DOCS, ...terms])) {
      for (const r of await ex.selectFrom('term_stats').select(['term', 'df']).where('term', 'in', part).execute()) {
        if (r.term === DOCS) docs = r.df;
        else df.set(r.term, r.df);
      }
    }
    return { docs, df };
  }

  /** Counts these documents, each given as the set of its terms: df += 1 per document holding a term. */
  async countDocuments(ex: Executor, documents: readonly (readonly string[])[]): Promise<void> {
    if (!documents.length) return;
    const counts = new Map<string, number>([[DOCS, documents.length]]);
    for (const terms of documents) for (const t of new Set(terms)) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const part of chunk([...counts], 400)) {
      await ex
        .insertInto('term_stats')
        .values(part.map(([term, df]) => ({ term, df })))
        .onConflict((oc) => oc.column('term').doUpdateSet({ df: sql`term_stats.df + excluded.df` }))
        .execute();
    }
  }

  /** Articles published since `since` whose SimHash shares a band with these. */
  async duplicateCandidates(ex: Executor, bands: readonly string[], since: string, excludeId: string): Promise<DuplicateCandidate[]> {
    if (!bands.length) return [];
    const rows = await ex
      .selectFrom('simhash_bands as b')
      .innerJoin('article_vectors as v', 'v.article_id', 'b.article_id')
      .innerJoin('articles as a', 'a.id', 'b.article_id')
      .select(['a.id', 'a.published_at', 'v.simhash', 'a.story_id', 'a.duplicate_of_id', 'a.source_id'])
      .distinct()
      .where('b.band', 'in', bands)
      .where('b.published_at', '>=', since)
      .where('b.article_id', '!=', excludeId)
      .orderBy('a.id')
      .limit(200)
      .execute();
    return rows.map((r) => ({ articleId: r.id, publishedAt: r.published_at, simhash: r.simhash, storyId: r.story_id, duplicateOfId: r.duplicate_of_id, sourceId: r.source_id }));
  }

  /** Stories active since `since` that share the most index keys with an article, best first. */
  async candidateStories(ex: Executor, keys: readonly string[], since: string, limit: number): Promise<{ storyId: string; hits: number }[]> {
    if (!keys.length) return [];
    const rows = await ex
      .selectFrom('story_keys')
      .select(['story_id', sql<number>`count(*)`.as('hits')])
      .where('key', 'in', keys)
      .where('last_seen_at', '>=', since)
      .groupBy('story_id')
      .orderBy('hits', 'desc')
      .orderBy('story_id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ storyId: r.story_id, hits: Number(r.hits) }));
  }

  async centroids(ex: Executor, storyIds: readonly string[]): Promise<Map<string, Centroid>> {
    const out = new Map<string, Centroid>();
    for (const part of chunk(storyIds)) {
      const rows = await ex
        .selectFrom('story_centroids as c')
        .innerJoin('stories as s', 's.id', 'c.story_id')
        .select(['c.story_id', 'c.vector', 'c.members', 's.last_updated_at', 's.central_article_id'])
        .where('c.story_id', 'in', part)
        .execute();
      for (const r of rows) {
        out.set(r.story_id, { storyId: r.story_id, vector: parseVector(r.vector), members: r.members, lastUpdatedAt: r.last_updated_at, centralArticleId: r.central_article_id });
      }
    }
    return out;
  }

  /** The newest `perStory` members of each story with their vectors (related-article candidates). */
  async memberVectors(ex: Executor, storyIds: readonly string[], perStory: number): Promise<StoredArticleVector[]> {
    const out: StoredArticleVector[] = [];
    for (const id of storyIds) {
      const rows = await ex
        .selectFrom('articles as a')
        .innerJoin('article_vectors as v', 'v.article_id', 'a.id')
        .select(['a.id', 'a.story_id', 'v.published_at', 'v.vector'])
        .where('a.story_id', '=', id)
        .orderBy('a.published_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(perStory)
        .execute();
      for (const r of rows) out.push({ articleId: r.id, storyId: r.story_id, publishedAt: r.published_at, vector: parseVector(r.vector) });
    }
    return out;
  }

  async articleVectors(ex: Executor, articleIds: readonly string[]): Promise<Map<string, StoredArticleVector>> {
    const out = new Map<string, StoredArticleVector>();
    for (const part of chunk(articleIds)) {
      const rows = await ex
        .selectFrom('article_vectors as v')
        .innerJoin('articles as a', 'a.id', 'v.article_id')
        .select(['v.article_id', 'a.story_id', 'v.published_at', 'v.vector'])
        .where('v.article_id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.article_id, { articleId: r.article_id, storyId: r.story_id, publishedAt: r.published_at, vector: parseVector(r.vector) });
    }
    return out;
  }

  async saveArticleVector(ex: Executor, a: { articleId: string; vector: ClusterVector; simhash: string; bands: string[]; publishedAt: string }): Promise<void> {
    await ex.deleteFrom('simhash_bands').where('article_id', '=', a.articleId).execute();
    await ex
      .insertInto('article_vectors')
      .values({ article_id: a.articleId, vector: JSON.stringify(a.vector), simhash: a.simhash, published_at: a.publishedAt })
      .onConflict((oc) => oc.column('article_id').doUpdateSet({ vector: JSON.stringify(a.vector), simhash: a.simhash, published_at: a.publishedAt }))
      .execute();
    if (a.bands.length) {
      await ex
        .insertInto('simhash_bands')
        .values(a.bands.map((band) => ({ band, article_id: a.articleId, published_at: a.publishedAt })))
        .onConflict((oc) => oc.columns(['band', 'article_id']).doNothing())
        .execute();
    }
  }

  /** A new story founded by an article; its id is the article's, so a recluster finds the same id again. */
  async createStory(ex: Executor, s: { id: string; title: string; sourceId: string; publishedAt: string; now: string }): Promise<void> {
    await ex
      .insertInto('stories')
      .values({
        id: s.id,
        title: s.title,
        summary: '',
        central_article_id: s.id,
        first_article_id: s.id,
        first_source_id: s.sourceId,
        first_seen_at: s.publishedAt,
        last_updated_at: s.publishedAt,
        article_count: 0,
        source_count: 0,
        reaction_count: 0,
        sources: '[]',
        countries: '[]',
        languages: '[]',
        hot: 0,
        created_at: s.now,
        updated_at: s.now,
      })
      .execute();
  }

  async saveCentroid(ex: Executor, storyId: string, vector: ClusterVector, members: number, centralArticleId: string): Promise<void> {
    const text = JSON.stringify(vector);
    await ex
      .insertInto('story_centroids')
      .values({ story_id: storyId, vector: text, members })
      .onConflict((oc) => oc.column('story_id').doUpdateSet({ vector: text, members }))
      .execute();
    await ex.updateTable('stories').set({ central_article_id: centralArticleId }).where('id', '=', storyId).execute();
  }

  /** Indexes a story under these keys (or refreshes when they were last seen there), and moves its newest time. */
  async addStoryKeys(ex: Executor, storyId: string, keys: readonly { key: string; weight: number }[], seenAt: string): Promise<void> {
    for (const part of chunk(keys, 300)) {
      await ex
        .insertInto('story_keys')
        .values(part.map((k) => ({ key: k.key, story_id: storyId, weight: k.weight, last_seen_at: seenAt })))
        .onConflict((oc) =>
          oc.columns(['key', 'story_id']).doUpdateSet({
            weight: sql`story_keys.weight + excluded.weight`,
            last_seen_at: sql`CASE WHEN excluded.last_seen_at > story_keys.last_seen_at THEN excluded.last_seen_at ELSE story_keys.last_seen_at END`,
          }),
        )
        .execute();
    }
    // The story's newest time moves now, not when the batch's aggregates are refreshed: the next article's time
    // proximity must not depend on how articles were batched.
    await ex.updateTable('stories').set({ last_updated_at: seenAt }).where('id', '=', storyId).where('last_updated_at', '<', seenAt).execute();
  }

  async assignArticle(ex: Executor, a: { articleId: string; storyId: string; duplicateOfId: string | null; version: string; now: string }): Promise<void> {
    await ex
      .updateTable('articles')
      .set({ story_id: a.storyId, duplicate_of_id: a.duplicateOfId, cluster_version: a.version, clustered_at: a.now })
      .where('id', '=', a.articleId)
      .execute();
  }

  /** An earlier-published copy arrived late: it becomes the original of a set of copies. */
  async makeOriginal(ex: Executor, originalId: string, formerOriginalId: string): Promise<void> {
    await ex
      .updateTable('articles')
      .set({ duplicate_of_id: originalId })
      .where((eb) => eb.or([eb('id', '=', formerOriginalId), eb('duplicate_of_id', '=', formerOriginalId)]))
      .execute();
  }

  /** Stores related-article edges in both directions, replacing an existing pair's score and reasons. */
  async saveArticleEdges(ex: Executor, edges: readonly ArticleEdge[], now: string): Promise<void> {
    const rows = edges.flatMap((e) => {
      const reasons = JSON.stringify(e.reasons);
      return [
        { article_id: e.articleId, related_id: e.relatedId, score: e.score, reasons, created_at: now },
        { article_id: e.relatedId, related_id: e.articleId, score: e.score, reasons, created_at: now },
      ];
    });
    for (const part of chunk(rows, 150)) {
      await ex
        .insertInto('article_edges')
        .values(part)
        .onConflict((oc) => oc.columns(['article_id', 'related_id']).doUpdateSet({ score: sql`excluded.score`, reasons: sql`excluded.reasons` }))
        .execute();
    }
  }

  /** Stores story edges in both directions, replacing an existing pair's score and reasons. */
  async saveStoryEdges(ex: Executor, edges: readonly StoryEdge[], now: string): Promise<void> {
    const rows = edges.flatMap((e) => {
      const reasons = JSON.stringify(e.reasons);
      return [
        { story_id: e.storyId, related_id: e.relatedId, score: e.score, reasons, updated_at: now },
        { story_id: e.relatedId, related_id: e.storyId, score: e.score, reasons, updated_at: now },
      ];
    });
    for (const part of chunk(rows, 150)) {
      await ex
        .insertInto('story_edges')
        .values(part)
        .onConflict((oc) =>
          oc.columns(['story_id', 'related_id']).doUpdateSet({ score: sql`excluded.score`, reasons: sql`excluded.reasons`, updated_at: sql`excluded.updated_at` }),
        )
        .execute();
    }
  }

  /**
   * Moves everything of one story into another: articles, index keys, edges; records the merge (and re-points older
   * merges into the merged story, so every old id resolves in one step) and deletes the merged story.
   */
  async mergeStory(ex: Executor, m: { mergedId: string; intoId: string; score: number; centroid: ClusterVector; members: number; now: string }): Promise<void> {
    await ex.updateTable('articles').set({ story_id: m.intoId }).where('story_id', '=', m.mergedId).execute();
    await sql`INSERT INTO story_keys (key, story_id, weight, last_seen_at)
      SELECT key, ${m.intoId}, weight, last_seen_at FROM story_keys WHERE story_id = ${m.mergedId}
      ON CONFLICT (key, story_id) DO UPDATE SET weight = story_keys.weight + excluded.weight,
        last_seen_at = CASE WHEN excluded.last_seen_at > story_keys.last_seen_at THEN excluded.last_seen_at ELSE story_keys.last_seen_at END`.execute(ex);
    await sql`INSERT INTO story_edges (story_id, related_id, score, reasons, updated_at)
      SELECT ${m.intoId}, related_id, score, reasons, updated_at FROM story_edges WHERE story_id = ${m.mergedId} AND related_id <> ${m.intoId}
      ON CONFLICT (story_id, related_id) DO NOTHING`.execute(ex);
    await sql`INSERT INTO story_edges (story_id, related_id, score, reasons, updated_at)
      SELECT story_id, ${m.intoId}, score, reasons, updated_at FROM story_edges WHERE related_id = ${m.mergedId} AND story_id <> ${m.intoId}
      ON CONFLICT (story_id, related_id) DO NOTHING`.execute(ex);
    await ex.updateTable('story_merges').set({ into_id: m.intoId }).where('into_id', '=', m.mergedId).execute();
    await ex
      .insertInto('story_merges')
      .values({ merged_id: m.mergedId, into_id: m.intoId, score: m.score, merged_at: m.now })
      .onConflict((oc) => oc.column('merged_id').doUpdateSet({ into_id: m.intoId, score: m.score, merged_at: m.now }))
      .execute();
    await sql`UPDATE stories SET last_updated_at = (SELECT last_updated_at FROM stories WHERE id = ${m.mergedId})
      WHERE id = ${m.intoId} AND last_updated_at < (SELECT last_updated_at FROM stories WHERE id = ${m.mergedId})`.execute(ex);
    await ex.deleteFrom('stories').where('id', '=', m.mergedId).execute();
    const text = JSON.stringify(m.centroid);
    await ex.updateTable('story_centroids').set({ vector: text, members: m.members }).where('story_id', '=', m.intoId).execute();
  }

  /**
   * Recomputes the aggregates of these stories from their articles: counts, sources in order of first appearance,
   * countries and languages of coverage, first reporter, first/last times, HOT, reaction count, and title and summary
   * from the central article. Returns the ids of stories whose article or reaction count changed.
   */
  async refreshStories(ex: Executor, storyIds: readonly string[], now: string): Promise<string[]> {
    const changed: string[] = [];
    for (const id of [...new Set(storyIds)]) {
      const story = await ex.selectFrom('stories').select(['id', 'central_article_id', 'article_count', 'reaction_count']).where('id', '=', id).executeTakeFirst();
      if (!story) continue;
      const perSource = await ex
        .selectFrom('articles as a')
        .innerJoin('sources as s', 's.id', 'a.source_id')
        .select([
          'a.source_id',
          's.country',
          sql<number>`count(*)`.as('n'),
          sql<string>`min(a.published_at)`.as('first_at'),
          sql<string>`max(a.published_at)`.as('last_at'),
        ])
        .where('a.story_id', '=', id)
        .groupBy(['a.source_id', 's.country'])
        .orderBy('first_at')
        .orderBy('a.source_id')
        .execute();
      if (!perSource.length) continue;
      const first = await ex
        .selectFrom('articles')
        .select(['id', 'source_id', 'published_at'])
        .where('story_id', '=', id)
        .orderBy('published_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirstOrThrow();
      const languages = await ex
        .selectFrom('articles')
        .select(sql<string>`coalesce(detected_language, language)`.as('lang'))
        .distinct()
        .where('story_id', '=', id)
        .execute();
      const reactions = await ex
        .selectFrom('reactions as r')
        .innerJoin('articles as a', 'a.id', 'r.article_id')
        .select(sql<number>`count(*)`.as('n'))
        .where('a.story_id', '=', id)
        .executeTakeFirstOrThrow();
      const central = await ex.selectFrom('articles').select(['title', 'text']).where('id', '=', story.central_article_id).executeTakeFirst();
      const articleCount = perSource.reduce((n, r) => n + Number(r.n), 0);
      const reactionCount = Number(reactions.n);
      const lastUpdatedAt = perSource.map((r) => r.last_at).reduce((a, b) => (a > b ? a : b));
      await ex
        .updateTable('stories')
        .set({
          ...(central ? { title: central.title, summary: leadSummary(central.text) } : {}),
          first_article_id: first.id,
          first_source_id: first.source_id,
          first_seen_at: first.published_at,
          last_updated_at: lastUpdatedAt,
          article_count: articleCount,
          source_count: perSource.length,
          reaction_count: reactionCount,
          sources: JSON.stringify(perSource.map((r) => r.source_id)),
          countries: JSON.stringify([...new Set(perSource.flatMap((r) => (r.country ? [r.country] : [])))].sort()),
          languages: JSON.stringify(languages.flatMap((r) => (r.lang ? [r.lang] : [])).sort()),
          hot: hotScore(perSource.map((r) => r.last_at)),
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
      if (articleCount !== story.article_count || reactionCount !== story.reaction_count) changed.push(id);
    }
    return changed;
  }

  /** The stories these articles are in. */
  async storyIdsOf(ex: Executor, articleIds: readonly string[]): Promise<string[]> {
    const out = new Set<string>();
    for (const part of chunk(articleIds)) {
      for (const r of await ex.selectFrom('articles').select('story_id').where('id', 'in', part).where('story_id', 'is not', null).execute()) out.add(r.story_id!);
    }
    return [...out];
  }

  /** Article ids to cluster, in clustering order (published_at, id), after a cursor. */
  async idsInOrder(
    after: { publishedAt: string; id: string } | null,
    limit: number,
    opts: { since?: string; onlyUnclustered?: boolean } = {},
  ): Promise<{ id: string; publishedAt: string }[]> {
    let q = this.db.kysely.selectFrom('articles').select(['id', 'published_at']);
    if (opts.since) q = q.where('published_at', '>=', opts.since);
    if (opts.onlyUnclustered) q = q.where('cluster_version', 'is', null);
    if (after) q = q.where((eb) => eb.or([eb('published_at', '>', after.publishedAt), eb.and([eb('published_at', '=', after.publishedAt), eb('id', '>', after.id)])]));
    const rows = await q.orderBy('published_at').orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, publishedAt: r.published_at }));
  }

  async countArticles(opts: { since?: string; onlyUnclustered?: boolean } = {}): Promise<number> {
    let q = this.db.kysely.selectFrom('articles').select(sql<number>`count(*)`.as('n'));
    if (opts.since) q = q.where('published_at', '>=', opts.since);
    if (opts.onlyUnclustered) q = q.where('cluster_version', 'is', null);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  /** Story ids as they are now (to record, after a recluster, where each old id went). */
  async allStoryIds(ex: Executor, activeSince?: string): Promise<string[]> {
    let q = ex.selectFrom('stories').select('id');
    if (activeSince) q = q.where('last_updated_at', '>=', activeSince);
    return (await q.orderBy('id').execute()).map((r) => r.id);
  }

  /**
   * Dissolves stories for a recluster. Without `since`: every story, edge, vector and term count goes. With it:
   * the stories active since then; their articles and the articles published since then become unclustered (their
   * term counts stay: they are not counted again). Returns the article ids that were clustered and now are not.
   */
  async dissolve(ex: Executor, since?: string): Promise<{ recounted: boolean }> {
    if (!since) {
      for (const t of ['article_edges', 'story_edges', 'story_keys', 'story_centroids', 'simhash_bands', 'article_vectors', 'term_stats'] as const) {
        await ex.deleteFrom(t).execute();
      }
      await ex.updateTable('articles').set(UNCLUSTERED).execute();
      await ex.deleteFrom('stories').execute();
      return { recounted: true };
    }
    for (const part of chunk(await this.allStoryIds(ex, since))) {
      await this.unassign(ex, { storyIds: part });
      await ex.deleteFrom('stories').where('id', 'in', part).execute();
    }
    await this.unassign(ex, { since });
    return { recounted: false };
  }

  /** Takes the articles a filter selects out of their stories, with their related-article edges. */
  private async unassign(ex: Executor, by: { storyIds: string[] } | { since: string }): Promise<void> {
    const ids =
      'storyIds' in by
        ? ex.selectFrom('articles').select('id').where('story_id', 'in', by.storyIds)
        : ex.selectFrom('articles').select('id').where('published_at', '>=', by.since);
    await ex.deleteFrom('article_edges').where('article_id', 'in', ids).execute();
    await ex.updateTable('articles').set(UNCLUSTERED).where('id', 'in', ids).execute();
  }

  /** Articles that already have a vector (their terms are counted in term_stats). */
  async vectorized(ex: Executor, articleIds: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunk(articleIds)) {
      for (const r of await ex.selectFrom('article_vectors').select('article_id').where('article_id', 'in', part).execute()) out.add(r.article_id);
    }
    return out;
  }

  /** Records that a story id no longer exists and its articles are now in another story. */
  async recordMerge(ex: Executor, mergedId: string, intoId: string, now: string): Promise<void> {
    if (mergedId === intoId) return;
    await ex.updateTable('story_merges').set({ into_id: intoId }).where('into_id', '=', mergedId).execute();
    await ex
      .insertInto('story_merges')
      .values({ merged_id: mergedId, into_id: intoId, score: 0, merged_at: now })
      .onConflict((oc) => oc.column('merged_id').doUpdateSet({ into_id: intoId, merged_at: now }))
      .execute();
  }

  /** Stories that exist again (a recluster founded them anew) are no longer merged away. */
  async forgetMergesOf(ex: Executor, storyIds: readonly string[]): Promise<void> {
    for (const part of chunk(storyIds)) await ex.deleteFrom('story_merges').where('merged_id', 'in', part).execute();
  }

  /** A story's id, or where it went if it was merged away (null when unknown). */
  async storyOfArticle(ex: Executor, articleId: string): Promise<string | null> {
    const r = await ex.selectFrom('articles').select('story_id').where('id', '=', articleId).executeTakeFirst();
    return r?.story_id ?? null;
  }

  async storyExists(ex: Executor, id: string): Promise<boolean> {
    return !!(await ex.selectFrom('stories').select('id').where('id', '=', id).executeTakeFirst());
  }
}

