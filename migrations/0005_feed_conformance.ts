import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Feed conformance (issue 12):
 * - `feeds.parse_warnings` / `fetches.parse_warnings`: what the last parse of the feed worked around (a recovered
 *   document, skipped or duplicate items, unusable dates), JSON `[{code, message, count}]`, like feedparser's bozo.
 * - `articles.revision_count`: how many versions of the article were stored (1 when first stored, +1 for each later
 *   fetch that brought a newer version with changed content).
 * - `sources.name_origin`: where a source's name came from: `given` (a person or a config file), `feed` (the feed's
 *   own title or the site's name) or `host` (the last resort); a host-named source gives way to the feed's own name
 *   on its first successful fetch.
 * Same SQL on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('feeds').addColumn('parse_warnings', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('fetches').addColumn('parse_warnings', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('articles').addColumn('revision_count', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('sources').addColumn('name_origin', 'text', (c) => c.notNull().defaultTo('given')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sources').dropColumn('name_origin').execute();
  await db.schema.alterTable('articles').dropColumn('revision_count').execute();
  await db.schema.alterTable('fetches').dropColumn('parse_warnings').execute();
  await db.schema.alterTable('feeds').dropColumn('parse_warnings').execute();
}
