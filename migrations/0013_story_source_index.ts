import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Story aggregates updated from the articles that join a story instead of from all its members: each source's first
 * and latest article in a story is one index seek, whatever the story's size. Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('articles_story_source_idx').on('articles').columns(['story_id', 'source_id', 'published_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_story_source_idx').execute();
}
