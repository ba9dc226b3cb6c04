import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Enrichment: entities, topics, reactions and the article rows that link them, plus the per-article enrichment
 * state that makes `newsgraph reindex` resumable. Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('country', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('entities_name_idx').on('entities').columns(['name', 'id']).execute();
  await db.schema.createIndex('entities_kind_name_idx').on('entities').columns(['kind', 'name', 'id']).execute();

  // published_at is the article's, copied so an entity's or topic's articles page is an index range, not a sort.
  await db.schema
    .createTable('article_entities')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('salience', 'real', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
    .execute();
  await db.schema
    .createIndex('article_entities_entity_idx')
    .on('article_entities')
    .columns(['entity_id', 'published_at', 'article_id'])
    .execute();

  await db.schema
    .createTable('topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('built_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('definition', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_topics')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_topics_pk', ['article_id', 'topic_id'])
    .execute();
  await db.schema.createIndex('article_topics_score_idx').on('article_topics').columns(['topic_id', 'score']).execute();
  await db.schema
    .createIndex('article_topics_published_idx')
    .on('article_topics')
    .columns(['topic_id', 'published_at', 'article_id'])
    .execute();

  await db.schema
    .createTable('reactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('actor_entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('cue', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reactions_actor_idx').on('reactions').columns(['actor_entity_id', 'published_at', 'id']).execute();
  await db.schema.createIndex('reactions_article_idx').on('reactions').column('article_id').execute();
  await db.schema.createIndex('reactions_published_idx').on('reactions').columns(['published_at', 'id']).execute();

  // Nullable columns: ADD COLUMN is cheap and portable. enrichment_version NULL means "never enriched".
  await db.schema.alterTable('articles').addColumn('detected_language', 'text').execute();
  await db.schema.alterTable('articles').addColumn('enriched_at', 'text').execute();
  await db.schema.alterTable('articles').addColumn('enrichment_version', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['reactions', 'article_topics', 'topics', 'article_entities', 'entities']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  for (const c of ['enrichment_version', 'enriched_at', 'detected_language']) {
    await db.schema.alterTable('articles').dropColumn(c).execute();
  }
}
