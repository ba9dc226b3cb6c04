import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * A candidate lookup reads each key's (and band's) postings nearest in time first: the latest before an article,
 * ties by smallest id. Indexed by (published_at, article_id) both ascending, that order is neither a forward nor a
 * backward walk of the index, and every lookup sorted each run of equal times on the way; with published_at
 * descending it is a forward walk (the postings after an article, rarer, are the ones sorted now). Same SQL on both
 * dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('article_keys_nearest_idx').on('article_keys').columns(['key', 'published_at desc', 'article_id']).execute();
  await db.schema.dropIndex('article_keys_window_idx').execute();
  await db.schema.createIndex('simhash_bands_nearest_idx').on('simhash_bands').columns(['band', 'published_at desc', 'article_id']).execute();
  await db.schema.dropIndex('simhash_bands_window_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('simhash_bands_window_idx').on('simhash_bands').columns(['band', 'published_at', 'article_id']).execute();
  await db.schema.dropIndex('simhash_bands_nearest_idx').execute();
  await db.schema.createIndex('article_keys_window_idx').on('article_keys').columns(['key', 'published_at', 'article_id']).execute();
  await db.schema.dropIndex('article_keys_nearest_idx').execute();
}
