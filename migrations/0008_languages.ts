import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Languages: the confidence of each article's detected language (the language itself is `detected_language`,
 * migration 0002), and an index for filtering articles by detected language. Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('language_confidence', 'double precision').execute();
  await db.schema.createIndex('articles_detected_language_idx').on('articles').columns(['detected_language', 'published_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_detected_language_idx').execute();
  await db.schema.alterTable('articles').dropColumn('language_confidence').execute();
}
