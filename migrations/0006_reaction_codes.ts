import type { Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.

/**
 * Reactions carry the CAMEO event code and Goldstein score of their cue (so they join GDELT-style data) and the
 * kind of their actor (country, igo, non-state). Rows stored before this migration have no code, no score and the
 * kind 'country' or 'igo' is not known for them: they get NULL until `newsgraph reindex` recomputes them. Same SQL
 * on both dialects: ADD COLUMN of nullable columns, then indexes for the filters.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reactions').addColumn('cameo_code', 'text').execute();
  await db.schema.alterTable('reactions').addColumn('goldstein', 'double precision').execute();
  await db.schema.alterTable('reactions').addColumn('actor_kind', 'text').execute();
  await db.schema.createIndex('reactions_cameo_idx').on('reactions').columns(['cameo_code', 'published_at', 'id']).execute();
  await db.schema.createIndex('reactions_actor_kind_idx').on('reactions').columns(['actor_kind', 'published_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reactions_actor_kind_idx').ifExists().execute();
  await db.schema.dropIndex('reactions_cameo_idx').ifExists().execute();
  for (const c of ['actor_kind', 'goldstein', 'cameo_code']) await db.schema.alterTable('reactions').dropColumn(c).execute();
}
