import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Cheaper clustering reads. An article's story looked up by its id read the article row, text and all, where it
 * often spills onto overflow pages; an index of (id, story_id, published_at) answers it alone. A candidate's vector
 * is read only when the process has not parsed that version of it: `revision` names the stored text (a digest of
 * it), so a read of the window's candidates fetches a short string per row instead of the whole vector (null on rows
 * written before: read in full, as before). Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('articles_id_story_idx').on('articles').columns(['id', 'story_id', 'published_at']).execute();
  await db.schema.alterTable('article_vectors').addColumn('revision', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article_vectors').dropColumn('revision').execute();
  await db.schema.dropIndex('articles_id_story_idx').execute();
}
