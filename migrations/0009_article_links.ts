import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Order-independent stories. Articles are linked pairwise (a symmetric same-event decision between two articles)
 * and a story is a connected component of links, so the candidate index moves from stories to articles
 * (`article_keys`), the links are stored (`article_links`, both directions), and the arrival-order state goes:
 * `term_stats` (document frequencies counted as articles arrived), `story_keys` and `story_centroids`.
 * Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_keys_pk', ['key', 'article_id'])
    .execute();
  await db.schema.createIndex('article_keys_window_idx').on('article_keys').columns(['key', 'published_at', 'article_id']).execute();
  await db.schema.createIndex('article_keys_article_idx').on('article_keys').column('article_id').execute();
  await db.schema
    .createTable('article_links')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('linked_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_links_pk', ['article_id', 'linked_id'])
    .execute();
  await db.schema.createIndex('article_links_linked_idx').on('article_links').column('linked_id').execute();
  await db.schema.dropTable('term_stats').execute();
  await db.schema.dropTable('story_keys').execute();
  await db.schema.dropTable('story_centroids').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('article_links').execute();
  await db.schema.dropTable('article_keys').execute();
  await db.schema.createTable('term_stats').addColumn('term', 'text', (c) => c.primaryKey()).addColumn('df', 'integer', (c) => c.notNull()).execute();
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
    .createTable('story_centroids')
    .addColumn('story_id', 'text', (c) => c.primaryKey().references('stories.id').onDelete('cascade'))
    .addColumn('vector', 'text', (c) => c.notNull())
    .addColumn('members', 'integer', (c) => c.notNull())
    .execute();
}
