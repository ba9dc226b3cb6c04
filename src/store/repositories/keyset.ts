import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Keyset (seek) pagination over a two-part sort key (primary value, id): a page is "the `limit` rows after/before
 * this key", so rows inserted meanwhile never shift a page the way OFFSET would.
 */
export interface KeysetWindow<K> {
  /** Rows wanted; the query asks for one more to learn whether there are more. */
  limit: number;
  /** True for last/before: walk from the end of the list towards its start. */
  backward: boolean;
  /** Only rows after this key, in display order. */
  after?: K;
  /** Only rows before this key, in display order. */
  before?: K;
}

export interface Page<T> {
  /** In display order, whichever way the window walked. */
  items: T[];
  /** More rows exist beyond this page in the direction of travel. */
  hasMore: boolean;
}

/**
 * `(a, b) op (x, y)` written as `a op= x AND (a op x OR b op y)`: the same rows as the row-value comparison, in a
 * form SQLite and PostgreSQL both turn into an index range on (a, b).
 */
export function tupleCompare(a: RawBuilder<unknown>, b: RawBuilder<unknown>, op: '<' | '>', x: unknown, y: unknown): RawBuilder<SqlBool> {
  const opEq = sql.raw(`${op}=`);
  const opStrict = sql.raw(op);
  return sql<SqlBool>`(${a} ${opEq} ${x} AND (${a} ${opStrict} ${x} OR ${b} ${opStrict} ${y}))`;
}

/** The key conditions and the SQL direction for a window over a list shown descending (or ascending). */
export function keysetPlan<K>(
  window: KeysetWindow<K>,
  displayDescending: boolean,
  compare: (op: '<' | '>', key: K) => RawBuilder<SqlBool>,
): { conditions: RawBuilder<SqlBool>[]; direction: 'asc' | 'desc' } {
  const conditions: RawBuilder<SqlBool>[] = [];
  if (window.after !== undefined) conditions.push(compare(displayDescending ? '<' : '>', window.after));
  if (window.before !== undefined) conditions.push(compare(displayDescending ? '>' : '<', window.before));
  const descending = displayDescending !== window.backward;
  return { conditions, direction: descending ? 'desc' : 'asc' };
}

/** Rows fetched with LIMIT window.limit + 1 -> the page, back in display order. */
export function takePage<T>(rows: T[], window: KeysetWindow<unknown>): Page<T> {
  const items = rows.slice(0, window.limit);
  if (window.backward) items.reverse();
  return { items, hasMore: rows.length > window.limit };
}
