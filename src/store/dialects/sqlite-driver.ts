import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteDialectConfig, type SqliteStatement } from 'kysely';

/**
 * Kysely prepares every query anew; preparing costs about as much as running a short query. Keep the most recently
 * used statements (an LRU by SQL text). Safe because Kysely runs one query at a time on the single connection and
 * never leaves a statement iterating.
 */
export function withStatementCache(db: SqliteDatabase, size = 256): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare: (sql: string) => {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = db.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

/**
 * SQLite write transactions start with BEGIN IMMEDIATE. A plain (deferred) BEGIN takes the write lock only at the
 * first write; if another process committed since the transaction's first read, SQLite fails it at once with
 * SQLITE_BUSY (snapshot) instead of waiting. Taking the lock up front lets busy_timeout queue concurrent writers.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
