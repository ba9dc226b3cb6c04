import { Kysely, PostgresDialect, sql, type RawBuilder, type SqlBool } from 'kysely';
import { createPgNotifications } from '../pg-notifications.ts';
import type { Executor } from '../executor.ts';
import type { OpenedDatabase, OpenOptions, RankedSearch, StoreDialect } from '../dialect.ts';
import { commonGramSearch } from '../common-grams.ts';
import { toTsquery, type SearchQuery } from '../search-query.ts';
import { MATCH_END, MATCH_START } from '../search-snippet.ts';
import type { Database } from '../tables/index.ts';
import { loadPg } from './load-pg.ts';
import { allOf } from './all-of.ts';
import { upsertRows } from './upsert.ts';

const HEADLINE_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

const tsquery = (q: RankedSearch['search']) => sql`to_tsquery('simple', ${toTsquery(q.root)})`;

/**
 * The articles a search can match, as a FROM item aliased `articles`. A phrase of two common words starts from the
 * common-grams index (migration 0014): its few candidates, then checked against the phrase itself. GIN keeps no
 * positions, so without it PostgreSQL rechecks every article holding both words, or walks the whole table newest
 * first. OFFSET 0 keeps the planner from folding the phrase check back in beside the index.
 */
function candidates(search: SearchQuery): RawBuilder<unknown> {
  const gram = commonGramSearch(search);
  if (gram === null) return sql`articles`;
  // The key is ASCII letters, digits and one space: quoted, it is one tsquery lexeme.
  return sql`(SELECT * FROM articles WHERE newsgraph_common_grams(articles.search_vector) @@ ${`'${gram}'`}::tsquery OFFSET 0) AS articles`;
}

/**
 * A word in at least this share of the articles (ANALYZE's sample of search_vector) is not probed in the GIN index
 * when the search has a rarer required term: its posting list covers most of the table, so intersecting it costs more
 * than checking the word on the rare term's candidate rows.
 */
const INDEX_COMMON_SHARE = 0.5;
/** How long the common words read from pg_stats are kept: they change only when ANALYZE runs. */
const INDEX_COMMON_TTL_MS = 60_000;
/**
 * The probe forbids the planner's other plan (walking the newest articles first until the rank window is full), so it
 * is taken only when every other required term is a word in fewer than this share of the articles: its rows are few.
 */
const INDEX_RARE_SHARE = 0.02;
/** A table's statistics are stale past this many changed rows plus this share of its rows (autovacuum's defaults). */
const ANALYZE_BASE_ROWS = 50;
const ANALYZE_SHARE = 0.1;
const indexCommonCache = new WeakMap<object, { at: number; words: Promise<Map<string, number>> }>();

/** The words ANALYZE found in at least INDEX_RARE_SHARE of the articles and their shares, per pool, re-read after INDEX_COMMON_TTL_MS. */
function indexCommonWords(ex: Executor): Promise<Map<string, number>> {
  const cached = indexCommonCache.get(ex);
  if (cached && Date.now() - cached.at < INDEX_COMMON_TTL_MS) return cached.words;
  // most_common_elem_freqs has three more entries than most_common_elems (min, max, null share): unnest pairs them
  // with NULL words, which the filter drops.
  const words = sql<{ word: string; freq: number }>`
      SELECT e.word, e.freq FROM pg_stats AS s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(word, freq)
      WHERE s.schemaname = current_schema() AND s.tablename = 'articles' AND s.attname = 'search_vector'
        AND e.freq >= ${INDEX_RARE_SHARE}`
    .execute(ex)
    .then((r) => new Map(r.rows.map((row) => [row.word, Number(row.freq)])));
  const entry = { at: Date.now(), words };
  indexCommonCache.set(ex, entry);
  // A failed read is not kept: the next search asks again.
  words.catch(() => {
    if (indexCommonCache.get(ex) === entry) indexCommonCache.delete(ex);
  });
  return words;
}

/** PostgreSQL through pg: the search_vector column for full text, strpos() and translate() for text, intervals for time. */
export const postgresDialect: StoreDialect = {
  name: 'postgres',

  articleMatches: (search) => {
    const gram = commonGramSearch(search);
    return gram === null
      ? sql<SqlBool>`articles.search_vector @@ ${tsquery(search)}`
      : sql<SqlBool>`articles.id IN (SELECT articles.id FROM ${candidates(search)} WHERE articles.search_vector @@ ${tsquery(search)})`;
  },

  countMatches: (search) => sql<{ n: string }>`SELECT count(*) AS n FROM ${candidates(search)} WHERE articles.search_vector @@ ${tsquery(search)}`,

  commonTerms: async (_ex, terms) => terms.map(() => false),

  async indexCommonTerms(ex, terms) {
    // Single whole words only: a phrase or a prefix is never one element of the statistics.
    const single = terms.filter((t) => t.tokens.length === 1 && !t.prefix);
    if (single.length === 0) return terms.map(() => false);
    const shares = await indexCommonWords(ex);
    const common = terms.map((t) => single.includes(t) && (shares.get(t.tokens[0]!) ?? 0) >= INDEX_COMMON_SHARE);
    // A word not among ANALYZE's frequent elements is rarer than any of them.
    const othersRare = terms.every((t, i) => common[i] || (single.includes(t) && (shares.get(t.tokens[0]!) ?? 0) < INDEX_RARE_SHARE));
    return othersRare ? common : terms.map(() => false);
  },

  rankedSearch<R>(q: RankedSearch): RawBuilder<R> {
    const query = tsquery(q.search);
    const rank = (vector: RawBuilder<unknown>) =>
      q.rankBy === undefined
        ? sql`ts_rank_cd(${vector}, ${query}, 1)::float8`
        : q.rankBy === null
          ? sql`0::float8`
          : sql`ts_rank_cd(${vector}, to_tsquery('simple', ${toTsquery(q.rankBy)}), 1)::float8`;
    const dir = sql.raw(q.direction);
    // With a probe, GIN is asked for the probe's rows only and the whole search is checked on each of them; OFFSET 0
    // keeps the planner from folding the whole search back into the index condition.
    const source =
      q.rankBy === undefined && q.probe === undefined
        ? candidates(q.search)
        : q.probe === undefined
          ? sql`articles`
          : sql`(SELECT * FROM articles WHERE articles.search_vector @@ ${tsquery({ ...q.search, root: q.probe })} OFFSET 0) AS articles`;
    // Only the newest `rankWindow` matches (that pass the filters) are scored: ULID ids are time-ordered, so the
    // planner walks the primary key backwards for a common word, or sorts a rare word's few matches; ts_rank_cd runs
    // outside the LIMIT, on at most that many rows. float8 so the score prints with full precision and a cursor
    // compares equal to the row it came from. Ranked and cut to the page on narrow rows (id, score); only the page's
    // rows are then read whole.
    const newest = (select: RawBuilder<unknown>) => sql`
          SELECT ${select} FROM ${source}
          WHERE articles.search_vector @@ ${query} AND ${allOf(q.filters)}
          ORDER BY articles.id DESC LIMIT ${q.rankWindow}`;
    // A probe's candidates are the rows of words each in under INDEX_RARE_SHARE of the articles (at most 20,000 of a
    // million, a window's worth or two): they are ranked as they are read and sorted as narrow (id, score) rows. Sorting them with
    // their search_vector (some 700 bytes each) to rank after the LIMIT spilled past work_mem to disk, and costs more
    // than ranking the few matches beyond the window. Without a probe the matches can be many times the window (a
    // prefix, a word in a few percent of the articles): ranking after the LIMIT keeps ts_rank_cd to the window's rows.
    const scored =
      q.probe === undefined
        ? sql`SELECT w.id AS id, ${rank(sql`w.search_vector`)} AS score FROM (${newest(sql`articles.id, articles.search_vector`)}) AS w`
        : newest(sql`articles.id AS id, ${rank(sql`articles.search_vector`)} AS score`);
    const ranked = sql`
      WITH scored AS MATERIALIZED (${scored})
      SELECT hits.id, hits.score, (SELECT count(*) FROM scored) AS ranked_count FROM scored AS hits
      WHERE ${allOf(q.keyset)}
      ORDER BY hits.score ${dir}, hits.id ${dir}
      LIMIT ${q.limit}`;
    const page = sql`
      SELECT ${q.columns}, ranked.score AS score, ranked.ranked_count AS ranked_count
      FROM (${ranked}) AS ranked JOIN articles ON articles.id = ranked.id`;
    if (!q.snippets) return sql<R>`${page} ORDER BY ranked.score ${dir}, ranked.id ${dir}`;
    // ts_headline in the outer query: PostgreSQL evaluates it after the LIMIT, for the page's rows only. Over title and
    // text, like FTS5's snippet() choosing the best column, so a title-only match is highlighted too.
    return sql<R>`
      SELECT p.*, ts_headline('simple', p.title || ' ' || p.text, ${query}, ${HEADLINE_OPTIONS}) AS snippet
      FROM (${page}) AS p
      ORDER BY p.score ${dir}, p.id ${dir}`;
  },

  // lower() follows the database's locale (Turkish dotless i, …); translate() folds exactly A-Z as SQLite does.
  fold: (expr) => sql<string>`translate(${expr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`,
  contains: (haystack, needle) => sql<SqlBool>`strpos(${haystack}, ${needle}) > 0`,

  addMilliseconds: (at, ms) =>
    sql<string>`to_char((${at}::timestamptz + ${ms} * interval '1 millisecond') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,

  articlesById: <A extends string>(alias: A) => `articles as ${alias}` as const,

  writersExclusive: false,

  lockKey: async (trx, key) => {
    await sql`SELECT pg_advisory_xact_lock(${key})`.execute(trx);
  },

  tryLockKey: async (trx, key) => {
    const r = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${key}) AS locked`.execute(trx);
    return r.rows[0]?.locked === true;
  },

  skipLocked: (q) => q.forUpdate().skipLocked(),

  forUpdate: (q) => q.forUpdate(),

  upsert: upsertRows,

  async refreshStatistics(ex, tables) {
    if (!tables.length) return [];
    // n_mod_since_analyze counts rows inserted, updated and deleted since the last ANALYZE (or since the table began).
    const stale = await sql<{ relname: string }>`
      SELECT relname FROM pg_stat_user_tables
      WHERE schemaname = current_schema() AND relname IN (${sql.join(tables)})
        AND n_mod_since_analyze > ${sql.lit(ANALYZE_BASE_ROWS)} + ${sql.lit(ANALYZE_SHARE)} * n_live_tup
      ORDER BY relname`.execute(ex);
    const names = stale.rows.map((r) => r.relname);
    for (const name of names) await sql`ANALYZE ${sql.table(name)}`.execute(ex);
    return names;
  },
};

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

/** A connection pool; an idle client losing its server (restart, failover) does not crash the process. */
export function openPostgres(url: string, options: OpenOptions): OpenedDatabase {
  const pool = new (loadPg().Pool)({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(options.log ? { log: options.log } : {}) });
  return { kysely, dialect: postgresDialect, location: redactUrl(url), notifications: () => createPgNotifications(url, kysely) };
}
