import { existsSync, mkdirSync } from 'node:fs';
import { ConfigError } from '../../domain/errors.ts';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, type RawBuilder, type SqlBool } from 'kysely';
import type { OpenedDatabase, OpenOptions, RankedSearch, StoreDialect } from '../dialect.ts';
import { toFts5Match } from '../search-query.ts';
import { highlightTerms, markedSnippet, type HighlightTerm } from '../text-snippet.ts';
import { ImmediateSqliteDialect, withStatementCache } from './sqlite-driver.ts';
import type { Database } from '../tables/index.ts';
import { allOf } from './all-of.ts';
import { upsertRows } from './upsert.ts';

const SNIPPET_TOKENS = 24;
/** SQL function registered on every connection: the page's snippets, made from each row's own title and text. */
const SNIPPET_FUNCTION = 'newsgraph_snippet';

/** SQLite through better-sqlite3: FTS5 for full text, instr() for substrings, strftime() for time. */
export const sqliteDialect: StoreDialect = {
  name: 'sqlite',

  articleMatches: (search) => sql<SqlBool>`articles.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${toFts5Match(search.root)})`,

  countMatches: (search) => sql<{ n: number }>`SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ${toFts5Match(search.root)}`,

  rankedSearch<R>(q: RankedSearch): RawBuilder<R> {
    const match = toFts5Match(q.search.root);
    const dir = sql.raw(q.direction);
    // Ranked and cut to the page on narrow rows (seq, id, score): every match is scored, only the page's rows are read
    // whole. Without filters, only the matches that can be on the page are joined to `articles` for their ids: those
    // scoring at least the `limit`-th best score beyond the cursor's score (ties included), plus the cursor's own
    // score (ties decided by id). The page ordered by (score, id) is the same, and a common word no longer reads a row
    // of `articles` for each of its matches. With filters every match is joined (a filter needs the row).
    const toward = q.direction === 'desc' ? '>=' : '<=';
    const bounds = q.scoreBounds ?? [];
    const strict = allOf(bounds.map((b) => sql<SqlBool>`scored.score ${sql.raw(b.op)} ${b.score}`));
    const loose = allOf(bounds.map((b) => sql<SqlBool>`scored.score ${sql.raw(`${b.op}=`)} ${b.score}`));
    const ranked =
      q.filters.length === 0 && (q.keyset.length === 0 || bounds.length > 0)
        ? sql`
      WITH scored AS MATERIALIZED (
        SELECT articles_fts.rowid AS seq, -bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ${match}
      ), cut AS (
        SELECT score FROM scored WHERE ${strict} ORDER BY score ${dir} LIMIT 1 OFFSET ${q.limit - 1}
      )
      SELECT hits.seq, hits.id, hits.score FROM (
        SELECT scored.seq AS seq, articles.id AS id, scored.score AS score
        FROM scored CROSS JOIN articles ON articles.seq = scored.seq
        WHERE ${loose} AND (NOT EXISTS (SELECT 1 FROM cut) OR scored.score ${sql.raw(toward)} (SELECT score FROM cut))
      ) AS hits
      WHERE ${allOf(q.keyset)}
      ORDER BY hits.score ${dir}, hits.id ${dir}
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
    if (!q.snippets) {
      return sql<R>`
        SELECT ${q.columns}, ranked.score AS score
        FROM (${ranked}) AS ranked CROSS JOIN articles ON articles.seq = ranked.seq
        ORDER BY ranked.score ${dir}, ranked.id ${dir}`;
    }
    // Snippets for the page's rows only, from their title and text (newsgraph_snippet): FTS5's snippet() would run the
    // MATCH again for each row, rebuilding a prefix's doclist or seeking a common word's each time.
    const terms = JSON.stringify(highlightTerms(q.search.root));
    return sql<R>`
      SELECT ${q.columns}, ranked.score AS score, ${sql.raw(SNIPPET_FUNCTION)}(articles.title, articles.text, ${terms}) AS snippet
      FROM (${ranked}) AS ranked CROSS JOIN articles ON articles.seq = ranked.seq
      ORDER BY ranked.score ${dir}, ranked.id ${dir}`;
  },

  // SQLite's lower() folds ASCII letters only, whatever the locale.
  fold: (expr) => sql<string>`lower(${expr})`,
  contains: (haystack, needle) => sql<SqlBool>`instr(${haystack}, ${needle}) > 0`,

  addMilliseconds: (at, ms) => sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${at}, '+' || (${ms} / 1000.0) || ' seconds')`,

  lockKey: async () => {},

  tryLockKey: async () => true,

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
  db.function(SNIPPET_FUNCTION, { deterministic: true }, (title, text, terms) =>
    markedSnippet([String(title ?? ''), String(text ?? '')], JSON.parse(String(terms)) as HighlightTerm[], SNIPPET_TOKENS),
  );
  const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(db) }), ...(options.log ? { log: options.log } : {}) });
  return { kysely, dialect: sqliteDialect, location: file, notifications: () => null };
}
