import { loadConfig } from '../../src/config/config.ts';
import { createDb, type CreateDbOptions, type Dialect } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';

export interface BenchStore extends TestStore {
  /** Articles already stored: a kept store filled by an earlier run; 0 for a new store, which cleanup drops. */
  stored: number;
}

/**
 * The store a benchmark fills: a new temporary one, or, given `kept` (a SQLite file or a PostgreSQL URL of an existing
 * database), that store, migrated and kept after the run, so a million articles are seeded once and reused.
 */
export async function openBenchStore(dialect: Dialect, kept: string | undefined, dbOptions: CreateDbOptions = {}): Promise<BenchStore> {
  if (!kept) return { ...(await createTestStore(dialect, {}, dbOptions)), stored: 0 };
  const config = loadConfig({}, { DATABASE_URL: kept, ALLOW_PRIVATE_NETWORKS: true, LOG_LEVEL: 'silent' });
  if (config.database.dialect !== dialect) throw new Error(`${kept} is not a ${dialect} store`);
  const db = createDb(config, dbOptions);
  await migrateToLatest(db);
  const stored = await createRepositories(db).articles.count();
  return { db, config, databaseUrl: kept, stored, cleanup: () => db.destroy() };
}
