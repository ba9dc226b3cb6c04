import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import type pg from 'pg';
import type { Config, DatabaseTarget } from '../config/config.ts';
import { ImmediateSqliteDialect, withStatementCache } from './sqlite-dialect.ts';
import type { Database } from './tables/index.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  /** Where the data lives, without credentials: a file path or host/database. */
  readonly location: string;
  destroy(): Promise<void>;
}

export interface CreateDbOptions {
  busyTimeoutMs?: number;
  poolSize?: number;
  /** Kysely's log hook; tests use it to count statements. */
  log?: (event: LogEvent) => void;
}

let pgModule: typeof pg | null = null;

/** The PostgreSQL driver, loaded with the first PostgreSQL store: a SQLite process never pays for it. */
function loadPg(): typeof pg {
  if (!pgModule) {
    pgModule = createRequire(import.meta.url)('pg') as typeof pg;
    // Postgres returns int8 (COUNT, SUM) as strings; our counts fit in a JS number.
    pgModule.types.setTypeParser(pgModule.types.builtins.INT8, (v) => Number.parseInt(v, 10));
  }
  return pgModule;
}

function openSqlite(file: string, busyTimeoutMs: number): BetterSqlite3.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file, { timeout: busyTimeoutMs });
  // WAL lets readers (the API) run while an ingest pass writes; NORMAL sync is safe with WAL.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return sqlite;
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

export function createDbFor(target: DatabaseTarget, options: CreateDbOptions = {}): Db {
  const log = options.log;
  if (target.dialect === 'sqlite') {
    const sqlite = openSqlite(target.file, options.busyTimeoutMs ?? 5000);
    const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }), ...(log ? { log } : {}) });
    return { kysely, dialect: 'sqlite', location: target.file, destroy: () => kysely.destroy() };
  }
  const pool = new (loadPg().Pool)({ connectionString: target.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server (restart, failover) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
  return { kysely, dialect: 'postgres', location: redactUrl(target.url), destroy: () => kysely.destroy() };
}

export function createDb(config: Config, options: CreateDbOptions = {}): Db {
  return createDbFor(config.database, {
    busyTimeoutMs: config.settings.SQLITE_BUSY_TIMEOUT_MS,
    poolSize: config.settings.PG_POOL_SIZE,
    ...options,
  });
}
