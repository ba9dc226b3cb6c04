import { sql, type Kysely } from 'kysely';
import type { Config, DatabaseTarget } from '../config/config.ts';
import { openDatabase, type DialectName, type OpenOptions, type StoreDialect } from './dialect.ts';
import type { Notifications } from './notifications.ts';
import type { Database } from './tables/index.ts';

export type Dialect = DialectName;

export interface Db {
  readonly kysely: Kysely<Database>;
  /** What differs between SQLite and PostgreSQL; `dialect.name` says which one this is. */
  readonly dialect: StoreDialect;
  /** Where the data lives, without credentials: a file path or host/database. */
  readonly location: string;
  /** A new cross-process message channel (PostgreSQL LISTEN/NOTIFY), or null where the database has none (SQLite). */
  notifications(): Notifications | null;
  destroy(): Promise<void>;
}

export type CreateDbOptions = OpenOptions;

export function createDbFor(target: DatabaseTarget, options: CreateDbOptions = {}): Db {
  const { kysely, dialect, location, notifications } = openDatabase(target, options);
  return { kysely, dialect, location, notifications, destroy: () => kysely.destroy() };
}

export function createDb(config: Config, options: CreateDbOptions = {}): Db {
  return createDbFor(config.database, {
    busyTimeoutMs: config.settings.SQLITE_BUSY_TIMEOUT_MS,
    poolSize: config.settings.PG_POOL_SIZE,
    ...options,
  });
}

/** One round trip to the database (readiness checks). */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db.kysely);
}
