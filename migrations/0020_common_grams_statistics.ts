import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.ts';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * PostgreSQL: ANALYZE gathers no statistics for the common-grams index's expression (migration 0014). Gathering them
 * ran newsgraph_common_grams() on every sampled row, most of an `ANALYZE articles` (2.6 s, 0.5 s without, at 20,500
 * articles), which the clusterer runs inline when the table's statistics are stale. With a target of 0 and no other
 * expression column, ANALYZE skips the index. Only the planner read them, for a phrase lookup's row estimate: with
 * the default estimate the lookup still takes the index and finds the same rows. The word shares the search reads
 * (indexCommonWords) are search_vector's, the table column's, still gathered. A store analysed before this keeps the
 * index's last statistics: ANALYZE no longer replaces them. SQLite keeps none for it: nothing to change.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`ALTER INDEX articles_common_grams_idx ALTER COLUMN 1 SET STATISTICS 0`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`ALTER INDEX articles_common_grams_idx ALTER COLUMN 1 SET STATISTICS -1`.execute(db);
}
