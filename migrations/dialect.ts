import { PostgresAdapter, type Kysely } from 'kysely';

/** Migrations branch on the dialect only where SQL differs (full-text search, SQLite's rowid key). */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
