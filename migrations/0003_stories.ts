import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Stories and the related-story graph: stories with their materialized aggregates, the clusterer's state (story
 * centroids, the candidate index, document frequencies, article fingerprints), merges, and article/story edges.
 * Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('central_article_id', 'text', (c) => c.notNull())
    .addColumn('first_article_id', 'text', (c) => c.notNull())
    .addColumn('first_source_id', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_updated_at', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull())
    .addColumn('source_count', 'integer', (c) => c.notNull())
    .addColumn('reaction_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sources', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('countries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('hot', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stories_hot_idx').on('stories').columns(['hot', 'id']).execute();
  await db.schema.createIndex('stories_latest_idx').on('stories').columns(['last_updated_at', 'id']).execute();
  await db.schema.createIndex('stories_largest_idx').on('stories').columns(['article_count', 'id']).execute();

  // The clusterer's running sums for a story: what an arriving article is compared with.
  await db.schema
    .createTable('story_centroids')
    .addColumn('story_id', 'text', (c) => c.primaryKey().references('stories.id').onDelete('cascade'))
    .addColumn('vector', 'text', (c) => c.notNull())
    .addColumn('members', 'integer', (c) => c.notNull())
    .execute();

  // Candidate index: key ('t:<term>' or 'e:<entity key>') -> stories that have it, with when it was last seen there.
  await db.schema
    .createTable('story_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('weight', 'real', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_keys_pk', ['key', 'story_id'])
    .execute();
  await db.schema.createIndex('story_keys_window_idx').on('story_keys').columns(['key', 'last_seen_at', 'story_id']).execute();
  await db.schema.createIndex('story_keys_story_idx').on('story_keys').column('story_id').execute();

  await db.schema
    .createTable('story_merges')
    .addColumn('merged_id', 'text', (c) => c.primaryKey())
    .addColumn('into_id', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('merged_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('story_merges_into_idx').on('story_merges').column('into_id').execute();

  // Document frequencies for IDF, and the number of documents counted (term '' holds it).
  await db.schema
    .createTable('term_stats')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('df', 'integer', (c) => c.notNull())
    .execute();

  // What the clusterer computed for an article at assignment: its weighted vector and its SimHash.
  await db.schema
    .createTable('article_vectors')
    .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('vector', 'text', (c) => c.notNull())
    .addColumn('simhash', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
  // SimHash split in bands: two fingerprints within a few bits share a band, so near-duplicates are an index lookup.
  await db.schema
    .createTable('simhash_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('simhash_bands_pk', ['band', 'article_id'])
    .execute();
  await db.schema.createIndex('simhash_bands_article_idx').on('simhash_bands').column('article_id').execute();

  await db.schema
    .createTable('article_edges')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('related_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_edges_pk', ['article_id', 'related_id'])
    .execute();
  await db.schema.createIndex('article_edges_score_idx').on('article_edges').columns(['article_id', 'score']).execute();
  await db.schema.createIndex('article_edges_related_idx').on('article_edges').column('related_id').execute();

  await db.schema
    .createTable('story_edges')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('related_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_edges_pk', ['story_id', 'related_id'])
    .execute();
  await db.schema.createIndex('story_edges_score_idx').on('story_edges').columns(['story_id', 'score']).execute();
  await db.schema.createIndex('story_edges_related_idx').on('story_edges').column('related_id').execute();

  // Nullable columns, cheap to add. cluster_version NULL means "not clustered yet".
  await db.schema.alterTable('articles').addColumn('story_id', 'text').execute();
  await db.schema.alterTable('articles').addColumn('duplicate_of_id', 'text').execute();
  await db.schema.alterTable('articles').addColumn('clustered_at', 'text').execute();
  await db.schema.alterTable('articles').addColumn('cluster_version', 'text').execute();
  await db.schema.createIndex('articles_story_idx').on('articles').columns(['story_id', 'published_at', 'id']).execute();
  await db.schema.createIndex('articles_duplicate_idx').on('articles').column('duplicate_of_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_duplicate_idx').ifExists().execute();
  await db.schema.dropIndex('articles_story_idx').ifExists().execute();
  for (const c of ['cluster_version', 'clustered_at', 'duplicate_of_id', 'story_id']) {
    await db.schema.alterTable('articles').dropColumn(c).execute();
  }
  for (const t of ['story_edges', 'article_edges', 'simhash_bands', 'article_vectors', 'term_stats', 'story_merges', 'story_keys', 'story_centroids', 'stories']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
