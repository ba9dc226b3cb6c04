import { sql } from 'kysely';
import type { ArticleEdge, StoryEdge } from '../../domain/story.ts';
import type { Db } from '../db.ts';
import { chunk, groupInOrder } from '../executor.ts';
import { parseEdgeReasons } from './edge-reasons.ts';

export interface EdgeOptions {
  /** Edges per node, best first. */
  limit: number;
  /** Only edges scoring at least this. */
  minScore: number;
}

/** Edges are stored in both directions, keyed by the node they are read from; the other columns are the same. */
const EDGE_KEY = { article_edges: 'article_id', story_edges: 'story_id' } as const;

/** The stored related-article and related-story edges, read per node, best first. */
export class EdgeRepository {
  constructor(private readonly db: Db) {}

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
}
