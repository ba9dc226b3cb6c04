import { sql } from 'kysely';
import type { GraphNeighbour, NeighbourCaps } from '../../domain/graph.ts';
import type { Db } from '../db.ts';
import { parseEdgeReasons } from './edge-reasons.ts';
import { inward, outward, topPerId } from './graph-neighbour-rows.ts';

/** An article's neighbours in the related graph: related articles, its story, its original and copies, its entities and topics. */
export class ArticleNeighbourRepository {
  constructor(private readonly db: Db) {}

  /** article -> related articles (article_edges), strongest first. */
  relatedArticles(ids: string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    return topPerId(
      this.db.kysely,
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('article_edges as e')
          .innerJoin('articles as a', 'a.id', 'e.related_id')
          .select(['e.article_id as of_id', 'e.related_id as id', 'a.title as label', 'e.score', 'e.reasons'])
          .where('e.article_id', '=', id)
          .where('e.score', '>=', minWeight)
          .orderBy('e.score', 'desc')
          .orderBy('e.related_id')
          .limit(caps.relatedArticles),
      (r) => outward({ kind: 'article', id: r.of_id }, { kind: 'article', id: r.id, label: r.label }, 'related_article', Number(r.score), parseEdgeReasons(r.reasons)),
    );
  }

  /** article -> its story and the article it is a copy of: one row per article. */
  async storyAndOriginal(ids: string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    if (minWeight > 1) return [];
    const rows = await this.db.kysely
      .selectFrom('articles as a')
      .leftJoin('stories as s', 's.id', 'a.story_id')
      .leftJoin('articles as o', 'o.id', 'a.duplicate_of_id')
      .select(['a.id', 's.id as story_id', 's.title as story_title', 'o.id as original_id', 'o.title as original_title'])
      .where('a.id', 'in', ids)
      .limit(ids.length)
      .execute();
    const out: GraphNeighbour[] = [];
    for (const r of rows) {
      const of = { kind: 'article' as const, id: r.id };
      if (r.story_id != null && r.story_title != null) out.push(outward(of, { kind: 'story', id: r.story_id, label: r.story_title }, 'in_story'));
      if (r.original_id != null && r.original_title != null) out.push(outward(of, { kind: 'article', id: r.original_id, label: r.original_title }, 'duplicate_of'));
    }
    return out;
  }

  /** article -> its near-identical copies, oldest first. */
  async duplicates(ids: string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    if (minWeight > 1) return [];
    return topPerId(
      this.db.kysely,
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('articles')
          .select([sql<string>`duplicate_of_id`.as('of_id'), 'id', 'title as label'])
          .where('duplicate_of_id', '=', id)
          .orderBy('published_at')
          .orderBy('id')
          .limit(caps.duplicates),
      (r) => inward({ kind: 'article', id: r.of_id }, { kind: 'article', id: r.id, label: r.label }, 'duplicate_of'),
    );
  }

  /** article -> its most salient entities. */
  articleEntities(ids: string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    return topPerId(
      this.db.kysely,
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('article_entities as ae')
          .innerJoin('entities as e', 'e.id', 'ae.entity_id')
          .select(['ae.article_id as of_id', 'e.id', 'e.name as label', 'ae.salience as weight'])
          .where('ae.article_id', '=', id)
          .where('ae.salience', '>=', minWeight)
          .orderBy('ae.salience', 'desc')
          .orderBy('e.name')
          .orderBy('e.id')
          .limit(caps.articleEntities),
      (r) => outward({ kind: 'article', id: r.of_id }, { kind: 'entity', id: r.id, label: r.label }, 'mentions', Number(r.weight)),
    );
  }

  /** article -> its best-scoring topics. */
  articleTopics(ids: string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]> {
    return topPerId(
      this.db.kysely,
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('article_topics as at')
          .innerJoin('topics as t', 't.id', 'at.topic_id')
          .select(['at.article_id as of_id', 't.id', 't.name as label', 'at.score as weight'])
          .where('at.article_id', '=', id)
          .where('at.score', '>=', minWeight)
          .orderBy('at.score', 'desc')
          .orderBy('t.slug')
          .limit(caps.articleTopics),
      (r) => outward({ kind: 'article', id: r.of_id }, { kind: 'topic', id: r.id, label: r.label }, 'tagged', Number(r.weight)),
    );
  }
}
