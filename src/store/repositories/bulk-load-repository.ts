import { CompiledQuery, type Insertable } from 'kysely';
import type { Db } from '../db.ts';
import type { Database } from '../tables/index.ts';

/** Tables a bulk load may fill (benchmarks and imports; ingestion writes through its own repositories). */
export type BulkTable = 'sources' | 'feeds' | 'stories' | 'articles' | 'article_feeds';

/** Parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const MAX_PARAMETERS = 30_000;

/**
 * Loads many rows fast: multi-row INSERTs of a fixed shape, compiled once per (table, columns, rows per statement) by
 * Kysely (so each dialect gets its own placeholders) and then run with new parameters only. On SQLite the fixed SQL
 * text hits the prepared-statement cache, so a statement is prepared once per load, not once per batch. The caller
 * picks the transaction size (`transaction`): on SQLite, large transactions let FTS5 flush its index in big segments.
 * Triggers (the FTS index on SQLite) and generated columns (the tsvector on PostgreSQL) run as for any insert.
 */
export class BulkLoadRepository {
  constructor(
    private readonly db: Db,
    private readonly shapes = new Map<string, string>(),
  ) {}

  /** Runs `load` in one transaction; every insert inside goes through the same connection. */
  async transaction(load: (bulk: BulkLoadRepository) => Promise<void>): Promise<void> {
    await this.db.kysely.transaction().execute(async (trx) => load(new BulkLoadRepository({ ...this.db, kysely: trx }, this.shapes)));
  }

  /** Inserts rows that all have the same columns, in the order of the first row's keys. */
  async insert<T extends BulkTable>(table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const params: unknown[] = [];
      for (const row of chunk) {
        const values = row as Record<string, unknown>;
        if (Object.keys(values).length !== columns.length) throw new Error(`bulk insert into ${table}: rows must all have the same columns`);
        for (const c of columns) params.push(values[c] ?? null);
      }
      await this.db.kysely.executeQuery(CompiledQuery.raw(this.shape(table, columns, chunk.length), params));
    }
  }

  /** The INSERT text for `rows` rows of `columns`, compiled by Kysely from placeholder values. */
  private shape(table: BulkTable, columns: string[], rows: number): string {
    const key = `${table}|${columns.join(',')}|${rows}`;
    let text = this.shapes.get(key);
    if (!text) {
      const row = Object.fromEntries(columns.map((c) => [c, null]));
      text = this.db.kysely
        .insertInto(table)
        .values(Array.from({ length: rows }, () => row) as never)
        .compile().sql;
      this.shapes.set(key, text);
    }
    return text;
  }
}
