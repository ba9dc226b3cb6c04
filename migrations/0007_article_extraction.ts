import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Full text from article pages: each feed's full-text policy, and per article the extraction state (status, source,
 * attempts, the last error, validators for a conditional GET), the extracted body and page metadata, and the feed's
 * own content kept beside it once the body is served in its place. Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('feeds')
    .addColumn('full_text', 'text', (c) => c.notNull().defaultTo('AUTO'))
    .execute();

  await db.schema
    .createTable('article_extractions')
    .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('FEED'))
    .addColumn('page_url', 'text')
    .addColumn('final_url', 'text')
    .addColumn('summary_html', 'text')
    .addColumn('summary_text', 'text')
    .addColumn('body_html', 'text')
    .addColumn('body_text', 'text')
    .addColumn('body_hash', 'text')
    .addColumn('word_count', 'integer')
    .addColumn('title', 'text')
    .addColumn('byline', 'text')
    .addColumn('published_at', 'text')
    .addColumn('modified_at', 'text')
    .addColumn('language', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('lead_image', 'text')
    .addColumn('section', 'text')
    .addColumn('site_name', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('http_status', 'integer')
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('fetched_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Failed extractions due for a retry are found by time.
  await db.schema
    .createIndex('article_extractions_retry_idx')
    .on('article_extractions')
    .columns(['status', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('article_extractions').execute();
  await db.schema.alterTable('feeds').dropColumn('full_text').execute();
}
