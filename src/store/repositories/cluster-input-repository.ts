import { sql } from 'kysely';
import type { Db } from '../db.ts';
import { chunk, type Executor } from '../executor.ts';

/** What the clusterer reads of an article: its text, language, time, source and what enrichment found. */
export interface ClusterSource {
  id: string;
  sourceId: string;
  title: string;
  text: string;
  /** The detected language, else the feed's. */
  language: string | null;
  publishedAt: string;
  /** Already in a story (a changed article being re-clustered keeps it). */
  storyId: string | null;
  entities: { key: string; name: string; salience: number }[];
  topics: string[];
}

/** The clusterer's reads of articles: what it places, and in which order a recluster visits them. */
export class ClusterInputRepository {
  constructor(private readonly db: Db) {}

  /** Articles as the clusterer needs them, in the order of the ids given; deleted ids are skipped. */
  async sourcesOf(ex: Executor, ids: readonly string[]): Promise<ClusterSource[]> {
    const out = new Map<string, ClusterSource>();
    for (const part of chunk(ids)) {
      const rows = await ex
        .selectFrom('articles')
        .select(['id', 'source_id', 'title', 'text', 'published_at', 'story_id', sql<string | null>`coalesce(detected_language, language)`.as('lang')])
        .where('id', 'in', part)
        .execute();
      for (const r of rows) {
        out.set(r.id, { id: r.id, sourceId: r.source_id, title: r.title, text: r.text, language: r.lang, publishedAt: r.published_at, storyId: r.story_id, entities: [], topics: [] });
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
}
