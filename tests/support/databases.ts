import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/config/config.ts';
import type { Settings } from '../../src/config/settings.ts';
import { createDb, type CreateDbOptions, type Db, type Dialect } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

const pgAdminUrl = process.env.NEWSGRAPH_TEST_PG;
export const pgAvailable = !!pgAdminUrl && pgAdminUrl !== 'skip';

/** The dialects every store test runs on: SQLite always, PostgreSQL when the server is there (required in CI). */
export const dialects: Dialect[] = pgAvailable ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStore {
  db: Db;
  config: Config;
  databaseUrl: string;
  cleanup(): Promise<void>;
}

/** A fresh database of its own for one test file or test: a temp SQLite file, or a new PostgreSQL database. */
export async function createTestDatabaseUrl(dialect: Dialect): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
    return { url: join(dir, 'test.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `newsgraph_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgAdminUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: pgAdminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestStore(
  dialect: Dialect,
  overrides: Partial<Record<keyof Settings, unknown>> = {},
  dbOptions: CreateDbOptions = {},
): Promise<TestStore> {
  const { url, drop } = await createTestDatabaseUrl(dialect);
  const config = loadConfig({}, { DATABASE_URL: url, ALLOW_PRIVATE_NETWORKS: true, LOG_LEVEL: 'silent', ...overrides });
  const db = createDb(config, dbOptions);
  await migrateToLatest(db);
  return {
    db,
    config,
    databaseUrl: url,
    cleanup: async () => {
      await db.destroy();
      await drop();
    },
  };
}
