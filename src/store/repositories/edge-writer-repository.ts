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
 * A stored list row whose reasons are parsed when first read: a newcomer reads the lists of every article it is
 * related to, and most rows stay as they are, their reasons never looked at.
 */
class StoredListEdge implements ArticleEdge {
  #text: string;
  #reasons: EdgeReasons | undefined;
  constructor(
    readonly articleId: string,
    readonly relatedId: string,
    readonly score: number,
    text: string,
  ) {
    this.#text = text;
  }
  get reasons(): EdgeReasons {
    return (this.#reasons ??= parseEdgeReasons(this.#text));
  }
}

/** A same-event link between two articles (stored both directions). */
export interface ArticleLink {
  articleId: string;
  linkedId: string;
  score: number;
}

/**
 * The clusterer's edges: same-event links between articles (what stories are made of), related-article edges and
 * related-story edges (what the graph shows). Links and story edges are stored in both directions; related-article
 * edges as each article's own list of its best few.
 */
export class EdgeWriterRepository {
  constructor(private readonly db: Db) {}

  /**
   * Stores same-event links, both directions; a pair stored before keeps one row per direction. Rows go in key order:
   * two writers storing the same pair wait for each other's rows in one order, never each for the other's.
   */
  async saveLinks(ex: Executor, links: readonly ArticleLink[]): Promise<void> {
    const rows = links
      .flatMap((l) => [
        { article_id: l.articleId, linked_id: l.linkedId, score: l.score },
        { article_id: l.linkedId, linked_id: l.articleId, score: l.score },
      ])
      .sort((a, b) => (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : a.linked_id < b.linked_id ? -1 : a.linked_id > b.linked_id ? 1 : 0));
    await this.db.dialect.upsert(ex, { table: 'article_links', rows, conflict: ['article_id', 'linked_id'], update: ['score'] });
  }

  /**
   * The articles linked to these (one step of a walk over links), less those in `seen`; when `limit` is given, at
   * most that many, and which ones is left to the plan: a bounded walk only asks whether there are more than it can
   * take, and unsorted the statement stops after `limit` new rows instead of reading and sorting every link first.
   */
  async linkedTo(ex: Executor, articleIds: readonly string[], limit?: number, seen: readonly string[] = []): Promise<string[]> {
    const out = new Set<string>();
    for (const part of chunk(articleIds)) {
      let q = ex.selectFrom('article_links').select('linked_id').distinct().where('article_id', 'in', part);
      if (seen.length) q = q.where('linked_id', 'not in', seen);
      if (limit !== undefined) q = q.limit(limit - out.size);
      for (const r of await q.execute()) out.add(r.linked_id);
      if (limit !== undefined && out.size >= limit) break;
    }
    return [...out];
  }

  /** The links of these articles with their scores. */
  async linksOf(ex: Executor, articleIds: readonly string[]): Promise<{ articleId: string; linkedId: string; score: number }[]> {
    const out: { articleId: string; linkedId: string; score: number }[] = [];
    for (const part of chunk(articleIds)) {
      const rows = await ex.selectFrom('article_links').select(['article_id', 'linked_id', 'score']).where('article_id', 'in', part).execute();
      for (const r of rows) out.push({ articleId: r.article_id, linkedId: r.linked_id, score: r.score });
    }
    return out;
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

  /**
   * Locks these articles' related-article lists until the transaction ends (their vector rows, in id order): a writer
   * reads a list, merges into it and writes it back, and two writers must not interleave.
   */
  async lockLists(ex: Executor, articleIds: readonly string[]): Promise<void> {
    for (const part of chunk([...new Set(articleIds)].sort())) {
      await this.db.dialect.forUpdate(ex.selectFrom('article_vectors').select('article_id').where('article_id', 'in', part).orderBy('article_id')).execute();
    }
  }

  /** The stored related-article edges from these articles (one direction: each article's own list). */
  async listsOf(ex: Executor, articleIds: readonly string[]): Promise<ArticleEdge[]> {
    const out: ArticleEdge[] = [];
    for (const part of chunk([...new Set(articleIds)])) {
      const rows = await ex.selectFrom('article_edges').select(['article_id', 'related_id', 'score', 'reasons']).where('article_id', 'in', part).execute();
      for (const r of rows) out.push(new StoredListEdge(r.article_id, r.related_id, r.score, r.reasons));
    }
    return out;
  }

  /** Every stored related-article edge from or to these articles (their own lists, and the lists that hold them). */
  async edgesTouching(ex: Executor, articleIds: readonly string[]): Promise<ArticleEdge[]> {
    const out = new Map<string, ArticleEdge>();
    for (const part of chunk([...new Set(articleIds)])) {
      for (const column of ['article_id', 'related_id'] as const) {
        const rows = await ex.selectFrom('article_edges').select(['article_id', 'related_id', 'score', 'reasons']).where(column, 'in', part).execute();
        for (const r of rows) out.set(`${r.article_id} ${r.related_id}`, { articleId: r.article_id, relatedId: r.related_id, score: r.score, reasons: parseEdgeReasons(r.reasons) });
      }
    }
    return [...out.keys()].sort().map((k) => out.get(k)!);
  }

  /** Stores related-article edges as given, one direction each, replacing a stored row's score and reasons. */
  async saveListEdges(ex: Executor, edges: readonly ArticleEdge[], now: string): Promise<void> {
    const rows = edges.map((e) => ({ article_id: e.articleId, related_id: e.relatedId, score: e.score, reasons: JSON.stringify(e.reasons), created_at: now }));
    await this.db.dialect.upsert(ex, { table: 'article_edges', rows, conflict: ['article_id', 'related_id'], update: ['score', 'reasons'] });
  }

  /** Deletes these related-article edges (the given direction only). */
  async deleteListEdges(ex: Executor, edges: readonly { articleId: string; relatedId: string }[]): Promise<void> {
    for (const part of chunk(edges, 200)) {
      await ex
        .deleteFrom('article_edges')
        .where((eb) => eb.or(part.map((e) => eb.and([eb('article_id', '=', e.articleId), eb('related_id', '=', e.relatedId)]))))
        .execute();
    }
  }

  /** The stored story edges of these pairs (either order given; returned as stored from the pair's first story). */
  async storyEdgesOf(ex: Executor, pairs: readonly [string, string][]): Promise<StoryEdge[]> {
    const out: StoryEdge[] = [];
    for (const part of chunk(pairs, 200)) {
      const rows = await ex
        .selectFrom('story_edges')
        .select(['story_id', 'related_id', 'score', 'reasons'])
        .where((eb) => eb.or(part.map(([a, b]) => eb.and([eb('story_id', '=', a), eb('related_id', '=', b)]))))
        .execute();
      for (const r of rows) out.push({ storyId: r.story_id, relatedId: r.related_id, score: r.score, reasons: parseEdgeReasons(r.reasons) });
    }
    return out;
  }

  /** Deletes the story edges of these pairs, both directions. */
  async deleteStoryEdges(ex: Executor, pairs: readonly [string, string][]): Promise<void> {
    for (const part of chunk(pairs, 200)) {
      await ex
        .deleteFrom('story_edges')
        .where((eb) => eb.or(part.flatMap(([a, b]) => [eb.and([eb('story_id', '=', a), eb('related_id', '=', b)]), eb.and([eb('story_id', '=', b), eb('related_id', '=', a)])])))
        .execute();
    }
  }

  /** The related-article edges between the members of two stories, either way. */
  async articleEdgesBetween(ex: Executor, one: string, other: string): Promise<CrossStoryArticleEdge[]> {
    const rows = await ex
      .selectFrom('article_edges as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .innerJoin('articles as b', 'b.id', 'e.related_id')
      .select(['a.story_id as story_id', 'b.story_id as related_story_id', 'e.article_id', 'e.related_id', 'e.score', 'e.reasons'])
      .where((eb) => eb.or([eb.and([eb('a.story_id', '=', one), eb('b.story_id', '=', other)]), eb.and([eb('a.story_id', '=', other), eb('b.story_id', '=', one)])]))
      .execute();
    return rows.map((r) => ({ storyId: r.story_id!, relatedStoryId: r.related_story_id!, articleId: r.article_id, relatedId: r.related_id, score: r.score, reasons: parseEdgeReasons(r.reasons) }));
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

  /**
   * The related-article edges between the members of these stories and members of other stories, either way (an
   * article's list holds its own best few, so a pair may be stored from one end only).
   */
  async articleEdgesAcrossStories(ex: Executor, storyIds: readonly string[]): Promise<CrossStoryArticleEdge[]> {
    const out: CrossStoryArticleEdge[] = [];
    for (const part of chunk(storyIds)) {
      for (const side of ['a.story_id', 'b.story_id'] as const) {
        const rows = await ex
          .selectFrom('article_edges as e')
          .innerJoin('articles as a', 'a.id', 'e.article_id')
          .innerJoin('articles as b', 'b.id', 'e.related_id')
          .select(['a.story_id as story_id', 'b.story_id as related_story_id', 'e.article_id', 'e.related_id', 'e.score', 'e.reasons'])
          .where(side, 'in', part)
          .where('a.story_id', 'is not', null)
          .where('b.story_id', 'is not', null)
          .whereRef('b.story_id', '<>', 'a.story_id')
          .execute();
        for (const r of rows) {
          out.push({ storyId: r.story_id!, relatedStoryId: r.related_story_id!, articleId: r.article_id, relatedId: r.related_id, score: r.score, reasons: parseEdgeReasons(r.reasons) });
        }
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
