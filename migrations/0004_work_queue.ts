import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * The durable work queue: one row per (kind, article) of work still to do (page extraction, enrichment,
 * clustering). A row is deleted when its work is done; `seq` counts enqueues so a worker finishing an older request
 * never deletes a newer one. A held lease (owner + until) marks a row being worked on; `dead` rows used up their
 * attempts and wait for an operator. Same SQL on both dialects.
 *
 * Articles already stored without enrichment or a story get their jobs here, so an upgraded store finishes them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_after', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('jobs_pkey', ['kind', 'article_id'])
    .execute();
  // Claims pick due pending rows of one kind; the blocking check looks rows up by article.
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['kind', 'state', 'run_after']).execute();
  await db.schema.createIndex('jobs_article_idx').on('jobs').column('article_id').execute();

  const now = new Date().toISOString();
  for (const [kind, column] of [
    ['enrich', 'enrichment_version'],
    ['cluster', 'cluster_version'],
  ] as const) {
    await sql`INSERT INTO jobs (kind, article_id, state, seq, attempts, run_after, created_at, updated_at)
      SELECT ${kind}, id, 'pending', 1, 0, ${now}, ${now}, ${now} FROM articles WHERE ${sql.ref(column)} IS NULL`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('jobs').execute();
}
