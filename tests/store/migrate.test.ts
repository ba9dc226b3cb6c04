import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMigrated, migrateToLatest, migrationStatus } from '../../src/store/migrate.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

describe.each(dialects)('migrations on %s', (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore(dialect);
  });
  afterAll(async () => store?.cleanup());

  it('applies every migration and is idempotent', async () => {
    expect(await isMigrated(store.db)).toBe(true);
    const again = await migrateToLatest(store.db);
    expect(again.applied).toEqual([]);
    const status = await migrationStatus(store.db);
    expect(status.map((s) => s.name)).toContain('0001_ingest_store');
  });

  it('creates the main tables', async () => {
    const tables = await store.db.kysely.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const t of ['sources', 'feeds', 'fetches', 'articles', 'article_feeds']) expect(names).toContain(t);
  });

  it('has full-text search wired for articles', async () => {
    if (dialect === 'postgres') {
      const r = await sql<{ n: number }>`select count(*)::int as n from pg_indexes where indexname = 'articles_search_idx'`.execute(store.db.kysely);
      expect(r.rows[0]!.n).toBe(1);
    } else {
      const r = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'articles_fts'`.execute(store.db.kysely);
      expect(r.rows[0]!.n).toBe(1);
    }
  });
});
