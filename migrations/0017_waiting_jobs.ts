import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Work held back by an earlier kind of work on its article is now stored as `waiting` (made pending when that work
 * ends) instead of being checked against the article's other rows at every claim. Rows queued before this change are
 * given the state they would have had. Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  for (const [kind, before] of [
    ['enrich', ['extract']],
    ['cluster', ['extract', 'enrich']],
  ] as const) {
    await sql`UPDATE jobs SET state = 'waiting'
      WHERE kind = ${kind} AND state = 'pending' AND EXISTS (
        SELECT 1 FROM jobs b WHERE b.article_id = jobs.article_id AND b.kind IN (${sql.join(before)})
          AND (b.state = 'waiting' OR (b.state = 'pending' AND b.run_after <= ${now})))`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`UPDATE jobs SET state = 'pending' WHERE state = 'waiting'`.execute(db);
}
