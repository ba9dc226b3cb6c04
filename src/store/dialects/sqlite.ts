import { existsSync, mkdirSync } from 'node:fs';
import { ConfigError } from '../../domain/errors.ts';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, type RawBuilder, type SqlBool } from 'kysely';
import type { OpenedDatabase, OpenOptions, RankedSearch, StoreDialect } from '../dialect.ts';
import { commonGramSearch, commonGramsJson, ftsVarints } from '../common-grams.ts';
import { toFts5Match } from '../search-query.ts';
import { highlightTerms, markedSnippet, type HighlightTerm } from '../text-snippet.ts';
import { ImmediateSqliteDialect, withStatementCache } from './sqlite-driver.ts';
import type { Database } from '../tables/index.ts';
import { allOf } from './all-of.ts';
import { upsertRows } from './upsert.ts';

const SNIPPET_TOKENS = 24;
/** SQL function registered on every connection: the page's snippets, made from each row's own title and text. */
const SNIPPET_FUNCTION = 'newsgraph_snippet';

/** bm25() as FTS5 computes it: its constants, and the column weights newsgraph ranks with (title 4x). */
const BM25 = { k1: 1.2, b: 0.75, minIdf: 1e-6, titleWeight: 4.0, textWeight: 1.0 };

/**
 * bm25() of one phrase served by article_grams, computed as FTS5 does with the same figures (so the same double):
 * the idf from the phrase's matches and the store's row count, the row's token count from FTS5's docsize table,
 * the average from its averages record (row 1 of articles_fts_data), the frequency from the stored hits.
 */
function gramStats(gram: string): RawBuilder<unknown> {
  const ratio = sql`(n - hits + 0.5) / (hits + 0.5)`;
  return sql`gram_stats AS MATERIALIZED (
      SELECT CASE WHEN ln(${ratio}) <= 0.0 THEN ${BM25.minIdf} ELSE ln(${ratio}) END AS idf, CAST(tokens AS REAL) / CAST(n AS REAL) AS avgdl
      FROM (SELECT newsgraph_fts_varints(block, 0, 1) AS n, newsgraph_fts_varints(block, 1) AS tokens,
          (SELECT count(*) FROM article_grams WHERE gram = ${gram}) AS hits
        FROM articles_fts_data WHERE id = 1))`;
}

function gramScore(): RawBuilder<unknown> {
  const f = sql`(g.title_hits * ${BM25.titleWeight} + g.text_hits * ${BM25.textWeight})`;
  // Two one-byte varints (the usual row: under 128 tokens per column) are read in SQL; a JS call per row costs more.
  const byte = (i: number) => sql`coalesce(unicode(CAST(substr(docsize.sz, ${sql.raw(String(i))}, 1) AS TEXT)), 0)`;
  const d = sql`(CASE WHEN length(docsize.sz) = 2 THEN ${byte(1)} + ${byte(2)} ELSE newsgraph_fts_varints(docsize.sz, 0) END)`;
  // The expression tree of fts5Bm25Function: idf * ((f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl))).
  return sql`gram_stats.idf * ((${f} * ${BM25.k1 + 1.0}) / (${f} + ${BM25.k1} * (1 - ${BM25.b} + ${BM25.b} * ${d} / gram_stats.avgdl)))`;
}

/** Matches read per term to tell whether it is common (commonTerms): a corpus with fewer never has a common term. */
const COMMON_PROBE = 1000;
/**
 * A term in at least this share of the newest articles is common. bm25 zeroes a term in more than half of all
 * articles; the margin keeps a term near half, whose weight is small but not nil, in the ranking.
 */
const COMMON_SHARE = 0.7;

/** SQLite through better-sqlite3: FTS5 for full text, instr() for substrings, strftime() for time. */
export const sqliteDialect: StoreDialect = {
  name: 'sqlite',

  articleMatches: (search) => {
    const gram = commonGramSearch(search);
    return gram === null
      ? sql<SqlBool>`articles.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${toFts5Match(search.root)})`
      : sql<SqlBool>`articles.seq IN (SELECT seq FROM article_grams WHERE gram = ${gram})`;
  },

  countMatches: (search) => {
    const gram = commonGramSearch(search);
    return gram === null
      ? sql<{ n: number }>`SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ${toFts5Match(search.root)}`
      : sql<{ n: number }>`SELECT count(*) AS n FROM article_grams WHERE gram = ${gram}`;
  },

  async commonTerms(ex, terms) {
    // A phrase is never taken as common: probing it means matching positions, and phrases in most articles are rare.
    const probed = terms.filter((t) => t.tokens.length === 1);
    if (probed.length === 0) return terms.map(() => false);
    // The rowid of each term's COMMON_PROBE-th newest match: a term whose newest matches are that dense among the
    // newest articles is taken to be in most of them. A term with fewer matches than the probe is never common.
    const lows = probed.map((t, i) => sql`(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${toFts5Match(t)} ORDER BY rowid DESC LIMIT 1 OFFSET ${COMMON_PROBE - 1}) AS ${sql.ref(`low${i}`)}`);
    const { rows } = await sql<Record<string, number | null>>`SELECT (SELECT max(seq) FROM articles) AS top, ${sql.join(lows)}`.execute(ex);
    const row = rows[0]!;
    return terms.map((t) => {
      const i = probed.indexOf(t);
      const low = i < 0 ? null : row[`low${i}`];
      return low != null && row.top != null && COMMON_PROBE >= COMMON_SHARE * (row.top - low + 1);
    });
  },

  indexCommonTerms: async (_ex, terms) => terms.map(() => false),

  rankedSearch<R>(q: RankedSearch): RawBuilder<R> {
    const match = toFts5Match(q.search.root);
    const dir = sql.raw(q.direction);
    // Only the newest `rankWindow` matches (that pass the filters) are scored: FTS5 walks the doclists newest first
    // and stops there, so bm25() runs for at most that many rows however common the words are. The window's size
    // rides along on every row (ranked_count), so the caller can say when the ranking was bounded.
    const join = q.filters.length > 0 ? sql` CROSS JOIN articles ON articles.seq = articles_fts.rowid` : sql``;
    const newest = (of: string, select: RawBuilder<unknown>) => sql`
      SELECT ${select} FROM articles_fts${join}
      WHERE articles_fts MATCH ${of} AND ${allOf(q.filters)}
      ORDER BY articles_fts.rowid DESC LIMIT ${q.rankWindow}`;
    const bm25 = sql`-bm25(articles_fts, ${sql.raw(BM25.titleWeight.toFixed(1))}, ${sql.raw(BM25.textWeight.toFixed(1))})`;
    // Ranked by fewer terms than matched (rankBy, the common terms left out): the window is the newest matches of the
    // ranking terms, scored alone, and the whole search is checked only for the rows that can reach the page (one
    // rowid lookup each). Walking the whole search newest first meant seeking a common term's long doclist once per
    // row of the window. With nothing left to rank by, every score is 0 and the order is the ids' (newest first).
    const partial = q.rankBy !== undefined && q.rankBy !== null;
    // A phrase of two common words: its matches newest first and their bm25 straight from article_grams, the same
    // rows and scores as FTS5 gives, without walking the two words' doclists (twice: bm25 counts the matches first).
    const gram = q.rankBy === undefined ? commonGramSearch(q.search) : null;
    const gramJoin = q.filters.length > 0 ? sql` CROSS JOIN articles ON articles.seq = g.seq` : sql``;
    const scored =
      gram !== null
        ? sql`${gramStats(gram)},
          scored AS MATERIALIZED (
            SELECT g.seq AS seq, ${gramScore()} AS score
            FROM article_grams AS g CROSS JOIN gram_stats CROSS JOIN articles_fts_docsize AS docsize ON docsize.id = g.seq${gramJoin}
            WHERE g.gram = ${gram} AND ${allOf(q.filters)}
            ORDER BY g.seq DESC LIMIT ${q.rankWindow})`
        : q.rankBy === undefined
        ? sql`scored AS MATERIALIZED (${newest(match, sql`articles_fts.rowid AS seq, ${bm25} AS score`)})`
        : q.rankBy === null
          ? sql`scored AS MATERIALIZED (${newest(match, sql`articles_fts.rowid AS seq, 0.0 AS score`)})`
          : sql`scored AS MATERIALIZED (${newest(toFts5Match(q.rankBy), sql`articles_fts.rowid AS seq, ${bm25} AS score`)})`;
    const matchesWhole = (seq: RawBuilder<unknown>) =>
      partial ? sql<SqlBool>`EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ${match} AND articles_fts.rowid = ${seq})` : sql<SqlBool>`1 = 1`;
    // Cut to the page on narrow rows (seq, score): only the matches that can be on the page are joined to `articles`
    // for their ids: those scoring at least the `limit`-th best score beyond the cursor's score (ties included), plus
    // the cursor's own score (ties decided by id). The page ordered by (score, id) is the same.
    const toward = q.direction === 'desc' ? '>=' : '<=';
    const bounds = q.scoreBounds ?? [];
    const strict = allOf(bounds.map((b) => sql<SqlBool>`scored.score ${sql.raw(b.op)} ${b.score}`));
    const loose = allOf(bounds.map((b) => sql<SqlBool>`scored.score ${sql.raw(`${b.op}=`)} ${b.score}`));
    const cut =
      q.keyset.length === 0 || bounds.length > 0
        ? sql`AND ${loose} AND (NOT EXISTS (SELECT 1 FROM cut) OR scored.score ${sql.raw(toward)} (SELECT score FROM cut))`
        : sql``;
    // The cut of a partial ranking counts only rows that match the whole search: the window's rows in score order (the
    // LIMIT keeps the subquery's order for the outer scan), checked one by one until `limit` of them match.
    const cutRows = partial
      ? sql`SELECT ordered.score AS score FROM (SELECT scored.seq AS seq, scored.score AS score FROM scored WHERE ${strict} ORDER BY scored.score ${dir} LIMIT -1) AS ordered
        WHERE ${matchesWhole(sql.ref('ordered.seq'))} LIMIT 1 OFFSET ${q.limit - 1}`
      : sql`SELECT score FROM scored WHERE ${strict} ORDER BY score ${dir} LIMIT 1 OFFSET ${q.limit - 1}`;
    // With nothing to rank by, every score is 0 and the page is the newest ids of the window: the id index is walked
    // newest first, each id kept when its row is in the window ("+" keeps the planner from looking up each of the
    // window's rows instead), so only about a page of index entries is read.
    const hits =
      q.rankBy === null
        ? sql`SELECT articles.seq AS seq, articles.id AS id, 0.0 AS score FROM articles WHERE +articles.seq IN (SELECT seq FROM scored)`
        : sql`SELECT scored.seq AS seq, articles.id AS id, scored.score AS score
        FROM scored CROSS JOIN articles ON articles.seq = scored.seq
        WHERE 1 = 1 ${cut} AND ${matchesWhole(sql.ref('scored.seq'))}`;
    const order = q.rankBy === null ? sql`hits.id ${dir}` : sql`hits.score ${dir}, hits.id ${dir}`;
    const ranked = sql`
      WITH ${scored},
      cut AS MATERIALIZED (${cutRows})
      SELECT hits.seq, hits.id, hits.score, (SELECT count(*) FROM scored) AS ranked_count FROM (${hits}) AS hits
      WHERE ${allOf(q.keyset)}
      ORDER BY ${order}
      LIMIT ${q.limit}`;
    if (!q.snippets) {
      return sql<R>`
        SELECT ${q.columns}, ranked.score AS score, ranked.ranked_count AS ranked_count
        FROM (${ranked}) AS ranked CROSS JOIN articles ON articles.seq = ranked.seq
        ORDER BY ranked.score ${dir}, ranked.id ${dir}`;
    }
    // Snippets for the page's rows only, from their title and text (newsgraph_snippet): FTS5's snippet() would run the
    // MATCH again for each row, rebuilding a prefix's doclist or seeking a common word's each time.
    const terms = JSON.stringify(highlightTerms(q.search.root));
    return sql<R>`
      SELECT ${q.columns}, ranked.score AS score, ranked.ranked_count AS ranked_count, ${sql.raw(SNIPPET_FUNCTION)}(articles.title, articles.text, ${terms}) AS snippet
      FROM (${ranked}) AS ranked CROSS JOIN articles ON articles.seq = ranked.seq
      ORDER BY ranked.score ${dir}, ranked.id ${dir}`;
  },

  // SQLite's lower() folds ASCII letters only, whatever the locale.
  fold: (expr) => sql<string>`lower(${expr})`,
  contains: (haystack, needle) => sql<SqlBool>`instr(${haystack}, ${needle}) > 0`,

  addMilliseconds: (at, ms) => sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${at}, '+' || (${ms} / 1000.0) || ' seconds')`,

  // Kysely writes the alias after a table expression, and SQLite wants INDEXED BY after the alias: the whole FROM
  // item is written here and typed as the plain table it stands for.
  articlesById: <A extends string>(alias: A) => sql.raw(`"articles" as "${alias}" indexed by "articles_id_story_idx"`) as unknown as `articles as ${A}`,

  writersExclusive: true,

  lockKey: async () => {},

  tryLockKey: async () => true,

  skipLocked: (q) => q,

  forUpdate: (q) => q,

  upsert: upsertRows,

  refreshStatistics: async () => [],
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
  // Used by article_grams' triggers (migration 0014) and by phrase ranking over it (gramScore).
  db.function('newsgraph_common_grams', { deterministic: true }, (title, text) => commonGramsJson(String(title ?? ''), String(text ?? '')));
  db.function('newsgraph_fts_varints', { deterministic: true, varargs: true }, (blob, from, to) =>
    blob instanceof Uint8Array ? ftsVarints(blob, Number(from), to === undefined ? undefined : Number(to)) : null,
  );
  db.function(SNIPPET_FUNCTION, { deterministic: true }, (title, text, terms) =>
    markedSnippet([String(title ?? ''), String(text ?? '')], JSON.parse(String(terms)) as HighlightTerm[], SNIPPET_TOKENS),
  );
  const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(db) }), ...(options.log ? { log: options.log } : {}) });
  return { kysely, dialect: sqliteDialect, location: file, notifications: () => null };
}
