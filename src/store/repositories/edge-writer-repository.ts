import type { ArticleEdge, EdgeReasons, StoryEdge } from '../../domain/story.ts';
import { sql } from 'kysely';
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
 * A stored list row. Its reasons are read only when asked for (`withReasons` of listsOf): a newcomer reads the lists
 * of every article it is related to, and most rows stay as they are, their reasons never looked at; parsed when first
 * read.
 */
class StoredListEdge implements ArticleEdge {
  #text: string | undefined;
  #reasons: EdgeReasons | undefined;
  constructor(
    readonly articleId: string,
    readonly relatedId: string,
    readonly score: number,
    text: string | undefined,
  ) {
    this.#text = text;
  }
  get reasons(): EdgeReasons {
    if (this.#text === undefined) throw new Error(`the reasons of the related-article row ${this.articleId} -> ${this.relatedId} were not read`);
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
      // DISTINCT over `linked_id || ''`, not the column: with a LIMIT, PostgreSQL would otherwise walk the linked_id
      // index in order for the first few distinct ids, filtering on article_id, expecting them spread evenly; ids are
      // time-ordered, so a recent frontier's links sit at the index's end and the walk read every older link first
      // (157 ms at 50k articles). Over the expression the frontier's links are read by article_id (the primary key),
      // on both dialects.
      let q = ex
        .selectFrom('article_links')
        .select(sql<string>`${sql.ref('linked_id')} || ''`.as('linked_id'))
        .distinct()
        .where('article_id', 'in', part);
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

  /** Each of these articles' stored list in brief: its row count and lowest score (from the (article, score) index alone). */
  async listSummaries(ex: Executor, articleIds: readonly string[]): Promise<Map<string, { count: number; lowest: number }>> {
    const out = new Map<string, { count: number; lowest: number }>();
    for (const part of chunk([...new Set(articleIds)])) {
      const rows = await ex
        .selectFrom('article_edges')
        .select(['article_id', (eb) => eb.fn.countAll<number | string>().as('n'), (eb) => eb.fn.min('score').as('lowest')])
        .where('article_id', 'in', part)
        .groupBy('article_id')
        .execute();
      for (const r of rows) out.set(r.article_id, { count: Number(r.n), lowest: Number(r.lowest) });
    }
    return out;
  }

  /** Which of these pairs have a stored row (one direction), as "article related" keys. */
  async storedPairs(ex: Executor, pairs: readonly { articleId: string; relatedId: string }[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunk(pairs, 200)) {
      const rows = await ex
        .selectFrom('article_edges')
        .select(['article_id', 'related_id'])
        .where((eb) => eb.or(part.map((p) => eb.and([eb('article_id', '=', p.articleId), eb('related_id', '=', p.relatedId)]))))
        .execute();
      for (const r of rows) out.add(`${r.article_id} ${r.related_id}`);
    }
    return out;
  }

  /**
   * The stored related-article edges from these articles (one direction: each article's own list), with their
   * reasons only where `withReasons` asks for them (read in a second statement; reading another row's throws).
   */
  async listsOf(ex: Executor, articleIds: readonly string[], withReasons: (row: { articleId: string; relatedId: string; score: number }) => boolean = () => true): Promise<ArticleEdge[]> {
    const rows: { articleId: string; relatedId: string; score: number }[] = [];
    for (const part of chunk([...new Set(articleIds)])) {
      for (const r of await ex.selectFrom('article_edges').select(['article_id', 'related_id', 'score']).where('article_id', 'in', part).execute()) {
        rows.push({ articleId: r.article_id, relatedId: r.related_id, score: r.score });
      }
    }
    const text = new Map<string, string>();
    for (const part of chunk(rows.filter(withReasons), 200)) {
      const found = await ex
        .selectFrom('article_edges')
        .select(['article_id', 'related_id', 'reasons'])
        .where((eb) => eb.or(part.map((r) => eb.and([eb('article_id', '=', r.articleId), eb('related_id', '=', r.relatedId)]))))
        .execute();
      for (const r of found) text.set(`${r.article_id} ${r.related_id}`, r.reasons);
    }
    return rows.map((r) => new StoredListEdge(r.articleId, r.relatedId, r.score, text.get(`${r.articleId} ${r.relatedId}`)));
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

  /**
   * The related-article edges between the members of two stories, either way, for each pair of stories. Each pair is
   * read from the smaller story's members (by their stored article counts): the rows from their own lists, and the
   * rows in other lists that name them, each row's other end then checked by id. Driven from the other side, or from
   * both, a story of hundreds of articles paired with one of a few cost hundreds of rows for the few that matter.
   * CROSS JOIN keeps that order on SQLite, which would otherwise pair every member of one story with every member
   * of the other; PostgreSQL plans it as an inner join.
   */
  async articleEdgesBetween(ex: Executor, pairs: readonly [string, string][]): Promise<CrossStoryArticleEdge[][]> {
    const ids = [...new Set(pairs.flat())];
    const size = new Map<string, number>();
    for (const part of chunk(ids)) for (const r of await ex.selectFrom('stories').select(['id', 'article_count']).where('id', 'in', part).execute()) size.set(r.id, r.article_count);
    const out: CrossStoryArticleEdge[][] = [];
    for (const [one, other] of pairs) {
      const [small, large] = (size.get(one) ?? 0) <= (size.get(other) ?? 0) ? [one, other] : [other, one];
      const columns = ['a.story_id as story_id', 'b.story_id as related_story_id', 'e.article_id', 'e.related_id', 'e.score', 'e.reasons'] as const;
      const own = ex
        .selectFrom('articles as a')
        .crossJoin('article_edges as e')
        .crossJoin('articles as b')
        .select(columns)
        .where('a.story_id', '=', small)
        .whereRef('e.article_id', '=', 'a.id')
        .whereRef('b.id', '=', 'e.related_id')
        .where('b.story_id', '=', large);
      const naming = ex
        .selectFrom('articles as b')
        .crossJoin('article_edges as e')
        .crossJoin('articles as a')
        .select(columns)
        .where('b.story_id', '=', small)
        .whereRef('e.related_id', '=', 'b.id')
        .whereRef('a.id', '=', 'e.article_id')
        .where('a.story_id', '=', large);
      const rows = await own.unionAll(naming).execute();
      out.push(rows.map((r) => ({ storyId: r.story_id!, relatedStoryId: r.related_story_id!, articleId: r.article_id, relatedId: r.related_id, score: r.score, reasons: parseEdgeReasons(r.reasons) })));
    }
    return out;
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
