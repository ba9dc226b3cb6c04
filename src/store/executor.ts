import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables/index.ts';

/** Anything queries can run on: the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Splits a list for IN (...) clauses; keeps statements under SQLite's and Postgres' parameter limits. */
export function chunk<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function parseJsonArray<T>(text: string | null): T[] {
  // Most stored lists are empty: skip the parser for them.
  if (!text || text === '[]') return [];
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

/** Groups rows by a key into one list per requested id, in the order the ids were given (DataLoader order). */
export function groupInOrder<R, T>(ids: readonly string[], rows: readonly R[], keyOf: (r: R) => string, map: (r: R) => T): T[][] {
  const by = new Map<string, T[]>();
  for (const id of ids) by.set(id, []);
  for (const r of rows) by.get(keyOf(r))?.push(map(r));
  return ids.map((id) => by.get(id)!);
}
