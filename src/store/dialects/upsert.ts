import { sql } from 'kysely';
import type { Upsert } from '../dialect.ts';
import type { Executor } from '../executor.ts';
import type { Database } from '../tables/index.ts';

/** Bound parameters per statement: well under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 4000;

/**
 * INSERT … ON CONFLICT, written the same on both dialects, with the one difference between them removed: PostgreSQL
 * refuses a DO UPDATE statement that meets the same key twice ("cannot affect row a second time") where SQLite
 * applies the rows in turn. Rows are reduced to one per key first, so both end as if the rows were upserted one at
 * a time in order: the last row of a key wins when `update` names columns, the first (or the stored row) otherwise.
 */
export async function upsertRows<T extends keyof Database & string>(ex: Executor, u: Upsert<T>): Promise<void> {
  if (!u.rows.length) return;
  const keyOf = (row: Record<string, unknown>) => JSON.stringify(u.conflict.map((c) => row[c] ?? null));
  const byKey = new Map<string, Record<string, unknown>>();
  for (const row of u.rows as readonly Record<string, unknown>[]) {
    const key = keyOf(row);
    if (u.update.length) byKey.delete(key);
    if (u.update.length || !byKey.has(key)) byKey.set(key, row);
  }
  const rows = [...byKey.values()];
  const width = Math.max(1, Object.keys(rows[0]!).length);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / width));
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement);
    // Kysely cannot type a table chosen at run time; the Upsert type checks the table, rows and columns instead.
    const insert = (ex as Executor).insertInto(u.table as never).values(part as never);
    const set = Object.fromEntries(u.update.map((c) => [c, sql.ref(`excluded.${c}`)]));
    await insert
      .onConflict((oc) => {
        const target = oc.columns(u.conflict as never);
        return u.update.length ? target.doUpdateSet(set as never) : target.doNothing();
      })
      .execute();
  }
}
