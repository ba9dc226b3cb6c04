import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** The conditions ANDed; no condition is true. Both dialects' search statements build their WHERE clauses with it. */
export function allOf(conditions: readonly RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length ? sql<SqlBool>`${sql.join(conditions, sql` AND `)}` : sql<SqlBool>`1 = 1`;
}
