import type { ClusterVector } from '../../domain/story.ts';
import { CompiledQuery, sql } from 'kysely';
import type { Db } from '../db.ts';
import { chunk, type Executor } from '../executor.ts';
import { knownVector, parseRevision, parseVector, vectorRevision } from './parsed-vectors.ts';

export interface IndexedArticle {
  articleId: string;
  storyId: string | null;
  publishedAt: string;
  vector: ClusterVector;
  simhash: string;
}

/** An article's entry in the candidate index. */
export interface IndexEntry {
  articleId: string;
  vector: ClusterVector;
  simhash: string;
  bands: readonly string[];
  keys: readonly string[];
  publishedAt: string;
}

/** Where and how many candidates to look for: `values` are index keys or bands; `around` the article's time. */
export interface CandidateQuery {
  values: readonly string[];
  from: string;
  to: string;
  around: string;
  excludeId: string;
  limit: number;
}

export { parseVector };

/** Stands for the row limit while a candidate lookup is compiled (a number no lookup asks for). */
const LIMIT_STAND_IN = 987_654_321;

/**
 * The candidate index: each article's vector, its SimHash bands and its heaviest keys, so that an article finds
 * every earlier or later article it may be linked to (sharing a key, within the time window) without reading them all.
 */
export class CandidateIndexRepository {
  constructor(private readonly db: Db) {}

  /** Compiled candidate lookups (sideStatement), by table, side and number of values. */
  private readonly statements = new Map<string, { sql: string; slots: (number | string)[] }>();

  /** Replaces an article's vector, bands and keys. */
  async save(ex: Executor, a: IndexEntry): Promise<void> {
    await ex.deleteFrom('simhash_bands').where('article_id', '=', a.articleId).execute();
    await ex.deleteFrom('article_keys').where('article_id', '=', a.articleId).execute();
    const vector = JSON.stringify(a.vector);
    const revision = vectorRevision(vector);
    await ex
      .insertInto('article_vectors')
      .values({ article_id: a.articleId, vector, simhash: a.simhash, published_at: a.publishedAt, revision })
      .onConflict((oc) => oc.column('article_id').doUpdateSet({ vector, simhash: a.simhash, published_at: a.publishedAt, revision }))
      .execute();
    if (a.bands.length) {
      await ex
        .insertInto('simhash_bands')
        .values([...new Set(a.bands)].map((band) => ({ band, article_id: a.articleId, published_at: a.publishedAt })))
        .execute();
    }
    for (const part of chunk([...new Set(a.keys)], 300)) {
      await ex
        .insertInto('article_keys')
        .values(part.map((key) => ({ key, article_id: a.articleId, published_at: a.publishedAt })))
        .execute();
    }
  }

  /**
   * Indexes articles that have no index rows yet (`indexed` said so in this transaction): their vectors, bands and
   * keys in a few multi-row statements for the whole batch, where save takes five per article.
   */
  async saveNew(ex: Executor, items: readonly IndexEntry[]): Promise<void> {
    if (!items.length) return;
    // 5 parameters a vector row, 3 a band or key row: well under either dialect's limit per statement.
    for (const part of chunk(items, 500)) {
      const rows = part.map((a) => {
        const vector = JSON.stringify(a.vector);
        return { article_id: a.articleId, vector, simhash: a.simhash, published_at: a.publishedAt, revision: vectorRevision(vector) };
      });
      await ex
        .insertInto('article_vectors')
        .values(rows)
        .onConflict((oc) =>
          oc.column('article_id').doUpdateSet({ vector: sql.ref('excluded.vector'), simhash: sql.ref('excluded.simhash'), published_at: sql.ref('excluded.published_at'), revision: sql.ref('excluded.revision') }),
        )
        .execute();
    }
    const bands = items.flatMap((a) => [...new Set(a.bands)].map((band) => ({ band, article_id: a.articleId, published_at: a.publishedAt })));
    for (const part of chunk(bands, 1000)) await ex.insertInto('simhash_bands').values(part).execute();
    const keys = items.flatMap((a) => [...new Set(a.keys)].map((key) => ({ key, article_id: a.articleId, published_at: a.publishedAt })));
    for (const part of chunk(keys, 1000)) await ex.insertInto('article_keys').values(part).execute();
  }

  /** Articles that already have a vector. */
  async indexed(ex: Executor, articleIds: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunk(articleIds)) {
      for (const r of await ex.selectFrom('article_vectors').select('article_id').where('article_id', 'in', part).execute()) out.add(r.article_id);
    }
    return out;
  }

  /**
   * At most `limit` other articles published in [from, to] sharing at least one of these keys: those sharing the most,
   * then nearest in time to `around`, then smallest id. Sorted by id.
   */
  async sharingKeys(ex: Executor, q: CandidateQuery): Promise<string[]> {
    return this.nearestSharing(ex, 'article_keys', 'key', q);
  }

  /** As sharingKeys, over SimHash bands: near-identical copies share one. */
  async sharingBands(ex: Executor, q: CandidateQuery): Promise<string[]> {
    return this.nearestSharing(ex, 'simhash_bands', 'band', q);
  }

  /**
   * The ranking is a total order on the pair, so the same candidates come out whichever statement plan runs: one
   * statement per side of `around` (each side's nearest are its latest or its earliest), merged here. Each value's
   * postings are read through their index, nearest in time first and at most `limit` of them a side, before they are
   * counted: a value every article of a huge story shares costs no more than a rare one. Shares are counted among
   * those postings, so the result is the exact ranking whenever no value has more than `limit` postings on a side of
   * the window, and a function of the stored postings (never of arrival order or plan) when one has.
   */
  private async nearestSharing(ex: Executor, table: 'article_keys' | 'simhash_bands', column: 'key' | 'band', q: CandidateQuery): Promise<string[]> {
    const values = [...new Set(q.values)].sort();
    if (!values.length || q.limit <= 0) return [];
    const side = async (before: boolean) => {
      const statement = this.sideStatement(ex, table, column, values.length, before);
      const args: Record<string, unknown> = { from: q.from, to: q.to, around: q.around, exclude: q.excludeId, limit: q.limit };
      const parameters = statement.slots.map((slot) => (typeof slot === 'number' ? values[slot] : args[slot]));
      return (await ex.executeQuery<{ article_id: string; published_at: string; n: number | string }>(CompiledQuery.raw(statement.sql, parameters))).rows;
    };
    const at = Date.parse(q.around);
    const rows = [...(await side(true)), ...(await side(false))].map((r) => ({ id: r.article_id, n: Number(r.n), gap: Math.abs(Date.parse(r.published_at) - at) }));
    rows.sort((x, y) => y.n - x.n || x.gap - y.gap || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return rows
      .slice(0, q.limit)
      .map((r) => r.id)
      .sort();
  }

  /**
   * One side of a lookup over `count` values, compiled once per table, side and count: building and compiling the
   * union of a subquery per value cost more than running it. Compiled with a stand-in for each parameter, to learn
   * where each one goes (`slots`: a value's index, or the query field's name).
   */
  private sideStatement(ex: Executor, table: 'article_keys' | 'simhash_bands', column: 'key' | 'band', count: number, before: boolean): { sql: string; slots: (number | string)[] } {
    const key = `${table} ${before} ${count}`;
    const known = this.statements.get(key);
    if (known) return known;
    const stand = (name: string) => `\u0000${name}`;
    const values = Array.from({ length: count }, (_, i) => stand(String(i)));
    const nearest = values.map((value) =>
      ex
        .selectFrom(
          ex
            .selectFrom(table)
            .select(['article_id', 'published_at'])
            .where(column, '=', value)
            .where('published_at', before ? '>=' : '>', stand(before ? 'from' : 'around'))
            .where('published_at', '<=', stand(before ? 'around' : 'to'))
            .where('article_id', '!=', stand('exclude'))
            .orderBy('published_at', before ? 'desc' : 'asc')
            .orderBy('article_id')
            .limit(LIMIT_STAND_IN)
            .as('p'),
        )
        .select(['p.article_id', 'p.published_at']),
    );
    const postings = nearest.slice(1).reduce((u, s) => u.unionAll(s), nearest[0]!);
    const compiled = ex
      .selectFrom(postings.as('shared'))
      .select(['shared.article_id', 'shared.published_at', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['shared.article_id', 'shared.published_at'])
      .orderBy('n', 'desc')
      .orderBy('shared.published_at', before ? 'desc' : 'asc')
      .orderBy('shared.article_id')
      .limit(LIMIT_STAND_IN)
      .compile();
    const slots = compiled.parameters.map((p) => {
      if (p === LIMIT_STAND_IN) return 'limit';
      if (typeof p === 'string' && p.startsWith(stand(''))) {
        const name = p.slice(1);
        return /^\d+$/.test(name) ? Number(name) : name;
      }
      throw new Error(`unexpected parameter in a candidate lookup: ${String(p)}`);
    });
    const statement = { sql: compiled.sql, slots };
    this.statements.set(key, statement);
    return statement;
  }

  /** Vectors of these articles with their current story. */
  async vectorsOf(ex: Executor, articleIds: readonly string[]): Promise<Map<string, IndexedArticle>> {
    const out = new Map<string, IndexedArticle>();
    for (const part of chunk(articleIds)) {
      const rows = await ex
        .selectFrom('article_vectors as v')
        .innerJoin(this.db.dialect.articlesById('a'), 'a.id', 'v.article_id')
        .select(['v.article_id', 'a.story_id', 'v.published_at', 'v.simhash', 'v.revision'])
        .where('v.article_id', 'in', part)
        .execute();
      const vectors = await this.parsed(ex, rows);
      for (const r of rows) {
        const vector = vectors.get(r.article_id);
        if (vector) out.set(r.article_id, { articleId: r.article_id, storyId: r.story_id, publishedAt: r.published_at, vector, simhash: r.simhash });
      }
    }
    return out;
  }

  /** Vectors of every member of these stories (to choose each story's central article). */
  async memberVectors(ex: Executor, storyIds: readonly string[]): Promise<IndexedArticle[]> {
    const out: IndexedArticle[] = [];
    for (const part of chunk(storyIds)) {
      const rows = await ex
        .selectFrom('article_vectors as v')
        .innerJoin('articles as a', 'a.id', 'v.article_id')
        .select(['v.article_id', 'a.story_id', 'v.published_at', 'v.simhash', 'v.revision'])
        .where('a.story_id', 'in', part)
        .orderBy('v.article_id')
        .execute();
      const vectors = await this.parsed(ex, rows);
      for (const r of rows) {
        const vector = vectors.get(r.article_id);
        if (vector) out.push({ articleId: r.article_id, storyId: r.story_id, publishedAt: r.published_at, vector, simhash: r.simhash });
      }
    }
    return out;
  }

  /**
   * The vectors of these rows: those this process parsed at their revision from memory, the others' text read (with
   * its revision: on PostgreSQL another writer may have saved a newer one since the rows were read).
   */
  private async parsed(ex: Executor, rows: readonly { article_id: string; revision: string | null }[]): Promise<Map<string, ClusterVector>> {
    const out = new Map<string, ClusterVector>();
    const missing: string[] = [];
    for (const r of rows) {
      const known = knownVector(r.article_id, r.revision);
      if (known) out.set(r.article_id, known);
      else missing.push(r.article_id);
    }
    for (const part of chunk(missing)) {
      for (const r of await ex.selectFrom('article_vectors').select(['article_id', 'revision', 'vector']).where('article_id', 'in', part).execute()) {
        out.set(r.article_id, parseRevision(r.article_id, r.revision, r.vector));
      }
    }
    return out;
  }

  /** Drops the index entries of these articles (all articles without ids), so they are indexed and linked again. */
  async forget(ex: Executor, articleIds?: readonly string[]): Promise<void> {
    const tables = ['article_keys', 'simhash_bands', 'article_vectors'] as const;
    if (!articleIds) {
      for (const t of tables) await ex.deleteFrom(t).execute();
      return;
    }
    for (const part of chunk(articleIds)) for (const t of tables) await ex.deleteFrom(t).where('article_id', 'in', part).execute();
  }
}
