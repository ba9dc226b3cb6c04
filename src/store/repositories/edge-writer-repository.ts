import type { ArticleEdge, EdgeReasons, StoryEdge } from '../../domain/story.ts';
import type { Db } from '../db.ts';
import { chunk, type Executor } from '../executor.ts';
import { parseEdgeReasons } from './edge-reasons.ts';

/** A related-article edge that crosses from one story to another, as the story edges are built from. */
export interface CrossStoryArticleEdge {
  storyId: string;
  relatedStoryId: string;
  articleId: string;
  relatedId: string;
  score: number;
  reasons: EdgeReasons;
}

/**
 * The clusterer's edges: same-event links between articles (what stories are made of), related-article edges and
 * related-story edges (what the graph shows). Every pair is stored in both directions.
 */
export class EdgeWriterRepository {
  constructor(private readonly db: Db) {}

  /** Stores same-event links, both directions; a pair stored before keeps one row per direction. */
  async saveLinks(ex: Executor, links: readonly { articleId: string; linkedId: string; score: number }[]): Promise<void> {
    const rows = links.flatMap((l) => [
      { article_id: l.articleId, linked_id: l.linkedId, score: l.score },
      { article_id: l.linkedId, linked_id: l.articleId, score: l.score },
    ]);
    await this.db.dialect.upsert(ex, { table: 'article_links', rows, conflict: ['article_id', 'linked_id'], update: ['score'] });
  }

  /** The articles linked to these (one step of a walk over links). */
  async linkedTo(ex: Executor, articleIds: readonly string[]): Promise<string[]> {
    const out = new Set<string>();
    for (const part of chunk(articleIds)) {
      for (const r of await ex.selectFrom('article_links').select('linked_id').where('article_id', 'in', part).execute()) out.add(r.linked_id);
    }
    return [...out];
  }

  /** Drops the links of these articles (all links without ids). */
  async forgetLinks(ex: Executor, articleIds?: readonly string[]): Promise<void> {
    if (!articleIds) {
      await ex.deleteFrom('article_links').execute();
      return;
    }
    for (const part of chunk(articleIds)) {
      await ex.deleteFrom('article_links').where((eb) => eb.or([eb('article_id', 'in', part), eb('linked_id', 'in', part)])).execute();
    }
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
    await this.db.dialect.upsert(ex, { table: 'article_edges', rows, conflict: ['article_id', 'related_id'], update: ['score', 'reasons'] });
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
    await this.db.dialect.upsert(ex, { table: 'story_edges', rows, conflict: ['story_id', 'related_id'], update: ['score', 'reasons', 'updated_at'] });
  }

  /** The related-article edges from the members of these stories to members of other stories. */
  async articleEdgesAcrossStories(ex: Executor, storyIds: readonly string[]): Promise<CrossStoryArticleEdge[]> {
    const out: CrossStoryArticleEdge[] = [];
    for (const part of chunk(storyIds)) {
      const rows = await ex
        .selectFrom('article_edges as e')
        .innerJoin('articles as a', 'a.id', 'e.article_id')
        .innerJoin('articles as b', 'b.id', 'e.related_id')
        .select(['a.story_id as story_id', 'b.story_id as related_story_id', 'e.article_id', 'e.related_id', 'e.score', 'e.reasons'])
        .where('a.story_id', 'in', part)
        .where('b.story_id', 'is not', null)
        .whereRef('b.story_id', '<>', 'a.story_id')
        .execute();
      for (const r of rows) {
        out.push({ storyId: r.story_id!, relatedStoryId: r.related_story_id!, articleId: r.article_id, relatedId: r.related_id, score: r.score, reasons: parseEdgeReasons(r.reasons) });
      }
    }
    return out;
  }

  /** Replaces every edge of these stories (either end) with these edges, stored both directions. */
  async replaceStoryEdges(ex: Executor, storyIds: readonly string[], edges: readonly StoryEdge[], now: string): Promise<void> {
    for (const part of chunk(storyIds)) {
      await ex.deleteFrom('story_edges').where((eb) => eb.or([eb('story_id', 'in', part), eb('related_id', 'in', part)])).execute();
    }
    await this.saveStoryEdges(ex, edges, now);
  }

  /** Drops edges of these articles and stories (everything without ids). */
  async forgetEdges(ex: Executor, by?: { articleIds: readonly string[]; storyIds: readonly string[] }): Promise<void> {
    if (!by) {
      await ex.deleteFrom('article_edges').execute();
      await ex.deleteFrom('story_edges').execute();
      return;
    }
    for (const part of chunk(by.articleIds)) {
      await ex.deleteFrom('article_edges').where((eb) => eb.or([eb('article_id', 'in', part), eb('related_id', 'in', part)])).execute();
    }
    for (const part of chunk(by.storyIds)) {
      await ex.deleteFrom('story_edges').where((eb) => eb.or([eb('story_id', 'in', part), eb('related_id', 'in', part)])).execute();
    }
  }
}
