import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Near-duplicate candidates are a band's postings within the time window, nearest first. Keyed by (band, article)
 * only, a lookup read every posting of the band since the store began and sorted them, a cost that grew with the
 * store; keyed by time within the band it reads the window's nearest and stops, as the index keys' lookups do.
 * Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('simhash_bands_window_idx').on('simhash_bands').columns(['band', 'published_at', 'article_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('simhash_bands_window_idx').execute();
}
