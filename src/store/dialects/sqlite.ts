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
    // Ranked and cut to the page on narrow rows (seq, id, score): every match is scored, only the page's rows are read
    // whole. On a first page without filters, only the matches scoring at least the page's last score (ties included)
    // are joined to `articles` for their ids: the page ordered by (score, id) is the same, and a common word no longer
    // reads a row of `articles` for each of its matches. Otherwise (filters or a cursor) every match is joined.
    const ranked =
      q.filters.length === 0 && q.keyset.length === 0
        ? sql`
      WITH scored AS MATERIALIZED (
        SELECT articles_fts.rowid AS seq, -bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ${match}
      ), cut AS (
        SELECT score FROM scored ORDER BY score ${dir} LIMIT 1 OFFSET ${q.limit - 1}
      )
      SELECT scored.seq AS seq, articles.id AS id, scored.score AS score
      FROM scored CROSS JOIN articles ON articles.seq = scored.seq
      WHERE NOT EXISTS (SELECT 1 FROM cut) OR scored.score ${sql.raw(q.direction === 'desc' ? '>=' : '<=')} (SELECT score FROM cut)
      ORDER BY scored.score ${dir}, articles.id ${dir}
      LIMIT ${q.limit}`
        : sql`
      SELECT hits.seq, hits.id, hits.score FROM (
        SELECT articles.seq AS seq, articles.id AS id, -bm25(articles_fts, 4.0, 1.0) AS score
        FROM articles_fts JOIN articles ON articles.seq = articles_fts.rowid
        WHERE articles_fts MATCH ${match} AND ${allOf(q.filters)}
      ) AS hits
      WHERE ${allOf(q.keyset)}
      ORDER BY hits.score ${dir}, hits.id ${dir}
      LIMIT ${q.limit}`;
    // snippet() runs for the page's rows only, through a second MATCH on their rowids: CROSS JOIN keeps the page as the
    // outer loop, so FTS5 seeks each page row by rowid instead of walking every match again.
    if (!q.snippets) {
      return sql<R>`
        SELECT ${q.columns}, ranked.score AS score
        FROM (${ranked}) AS ranked CROSS JOIN articles ON articles.seq = ranked.seq
        ORDER BY ranked.score ${dir}, ranked.id ${dir}`;
    }
    return sql<R>`
      SELECT ${q.columns}, ranked.score AS score, snippet(articles_fts, -1, ${MATCH_START}, ${MATCH_END}, '…', ${SNIPPET_TOKENS}) AS snippet
      FROM (${ranked}) AS ranked CROSS JOIN articles ON articles.seq = ranked.seq CROSS JOIN articles_fts ON articles_fts.rowid = ranked.seq
      WHERE articles_fts MATCH ${match}
      ORDER BY ranked.score ${dir}, ranked.id ${dir}`;
  },

  // SQLite's lower() folds ASCII letters only, whatever the locale.
  fold: (expr) => sql<string>`lower(${expr})`,
  contains: (haystack, needle) => sql<SqlBool>`instr(${haystack}, ${needle}) > 0`,

  addMilliseconds: (at, ms) => sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${at}, '+' || (${ms} / 1000.0) || ' seconds')`,

  lockKey: async () => {},

  skipLocked: (q) => q,

  forUpdate: (q) => q,

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
