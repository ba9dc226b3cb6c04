import type { SelectQueryBuilder } from 'kysely';
import type { Dialect } from './db.ts';

/**
 * The one dialect difference in claiming queue rows (and a candidate for store/dialect.ts): on PostgreSQL the
 * candidate rows are locked as they are chosen and rows another worker is claiming at this instant are skipped
 * (FOR UPDATE SKIP LOCKED), so concurrent workers never claim the same row; SQLite has a single writer, and the
 * claiming UPDATE runs under its write lock, so nothing is added there.
 */
export function skipLockedCandidates<DB, TB extends keyof DB, O>(
  dialect: Dialect,
  candidates: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialect === 'postgres' ? candidates.forUpdate().skipLocked() : candidates;
}
