import { existsSync, mkdirSync } from 'node:fs';
import { ConfigError } from '../../domain/errors.ts';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, type RawBuilder, type SqlBool } from 'kysely';
import type { OpenedDatabase, OpenOptions, RankedSearch, StoreDialect } from '../dialect.ts';
import { toFts5Match } from '../search-query.ts';
import { MATCH_END, MATCH_START } from '../search-snippet.ts';
import { ImmediateSqliteDialect, withStatementCache } from './sqlite-driver.ts';
import type { Database } from '../tables/index.ts';
import { allOf } from './all-of.ts';
import { upsertRows } from './upsert.ts';

const SNIPPET_TOKENS = 24;

/** SQLite through better-sqlite3: FTS5 for full text, instr() for substrings, strftime() for time. */
export const sqliteDialect: StoreDialect = {
  name: 'sqlite',

  articleMatches: (search) => sql<SqlBool>`articles.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${toFts5Match(search.root)})`,

  rankedSearch<R>(q: RankedSearch): RawBuilder<R> {
    const match = toFts5Match(q.search.root);
    const dir = sql.raw(q.direction);
    // Ranked and cut to the page first; snippet() then runs for those rows only, through a second MATCH on their rowids.
    const page = sql`
      SELECT hits.* FROM (
        SELECT ${q.columns}, articles.seq AS seq, -bm25(articles_fts, 4.0, 1.0) AS score
        FROM articles_fts JOIN articles ON articles.seq = articles_fts.rowid
        WHERE articles_fts MATCH ${match} AND ${allOf(q.filters)}
      ) AS hits
      WHERE ${allOf(q.keyset)}
      ORDER BY hits.score ${dir}, hits.id ${dir}
      LIMIT ${q.limit}`;
    if (!q.snippets) return sql<R>`${page}`;
    return sql<R>`
      SELECT p.*, snippet(articles_fts, -1, ${MATCH_START}, ${MATCH_END}, '…', ${SNIPPET_TOKENS}) AS snippet
      FROM (${page}) AS p JOIN articles_fts ON articles_fts.rowid = p.seq
      WHERE articles_fts MATCH ${match}
      ORDER BY p.score ${dir}, p.id ${dir}`;
  },

  // SQLite's lower() folds ASCII letters only, whatever the locale.
  fold: (expr) => sql<string>`lower(${expr})`,
  contains: (haystack, needle) => sql<SqlBool>`instr(${haystack}, ${needle}) > 0`,

  addMilliseconds: (at, ms) => sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${at}, '+' || (${ms} / 1000.0) || ' seconds')`,

  lockKey: async () => {},

  skipLocked: (q) => q,

  upsert: upsertRows,
};

/** Opens (creating its folder) a SQLite file in WAL mode, with foreign keys on and a busy timeout for concurrent writers. */
export function openSqlite(file: string, options: OpenOptions, createDirectory = false): OpenedDatabase {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  if (file !== ':memory:') {
    // Only the default path's directory is created; elsewhere a missing directory is a configuration mistake.
    if (createDirectory) mkdirSync(dirname(file), { recursive: true });
    else if (!existsSync(dirname(file))) {
      throw new ConfigError(`DATABASE_URL: the directory ${dirname(file)} does not exist (only the default path's directory is created)`);
    }
  }
  const db = new BetterSqlite3(file, { timeout: busyTimeoutMs });
  // WAL lets readers (the API) run while an ingest pass writes; NORMAL sync is safe with WAL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(db) }), ...(options.log ? { log: options.log } : {}) });
  return { kysely, dialect: sqliteDialect, location: file, notifications: () => null };
}
