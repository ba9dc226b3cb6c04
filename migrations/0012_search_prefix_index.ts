import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.ts';

// Frozen once landed: change the schema with a new migration, never by editing this one.

const FTS_COLUMNS = `title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'`;

/**
 * SQLite: the full-text index also keeps every 2- and 3-character prefix of each token (FTS5 `prefix='2 3'`), so a
 * prefix query ("negot*") reads one index entry per prefix instead of scanning every term that begins with it. Same
 * tokenizer, same rows, same bm25: ranking does not change. The index is rebuilt from `articles` (an external-content
 * table; the triggers that keep it in step name it and need no change). PostgreSQL's GIN index answers `:*`
 * prefixes itself: nothing to do there.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`DROP TABLE articles_fts`.execute(db);
  await sql.raw(`CREATE VIRTUAL TABLE articles_fts USING fts5(${FTS_COLUMNS}, prefix='2 3')`).execute(db);
  await sql`INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`DROP TABLE articles_fts`.execute(db);
  await sql.raw(`CREATE VIRTUAL TABLE articles_fts USING fts5(${FTS_COLUMNS})`).execute(db);
  await sql`INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')`.execute(db);
}
