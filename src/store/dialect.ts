import type { Insertable, Kysely, LogEvent, RawBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import type { DatabaseTarget } from '../config/config.ts';
import type { Executor } from './executor.ts';
import type { Notifications } from './notifications.ts';
import type { SearchNode, SearchQuery, SearchTerm } from './search-query.ts';
import type { Database } from './tables/index.ts';
import { openPostgres, postgresDialect } from './dialects/postgres.ts';
import { openSqlite, sqliteDialect } from './dialects/sqlite.ts';

export type DialectName = 'sqlite' | 'postgres';

/** One ranked page of full-text hits over `articles`, in `direction` order of (score, id). */
export interface RankedSearch {
  search: SearchQuery;
  /** The article columns to select (the outer query reads them by name). */
  columns: RawBuilder<unknown>;
  /** Conditions on `articles`, ANDed. */
  filters: readonly RawBuilder<SqlBool>[];
  /** Keyset conditions on the ranked rows, aliased `hits` (hits.score, hits.id), ANDed. */
  keyset: readonly RawBuilder<SqlBool>[];
  /**
   * The score part of the keyset: every row the keyset admits has `score op= bound` (and the rows with `score op
   * bound` are the ones it admits whatever their id). Lets a dialect cut the ranked list before reading ids; without
   * them, a keyset means every match is read.
   */
  scoreBounds?: readonly { op: '<' | '>'; score: number }[];
  direction: 'asc' | 'desc';
  limit: number;
  /**
   * Score only the newest this many matches (that pass the filters): newest by insertion order, the cheap order
   * both full-text indexes can walk. Every row carries `ranked_count`, how many matches were scored.
   */
  rankWindow: number;
  /**
   * Score by this instead of the whole search (the matches stay those of the search): the search without terms that
   * carry no weight (commonTerms). null: score nothing, every score is 0 and the newest matches come first.
   */
  rankBy?: SearchNode | null;
  /**
   * A looser search (the search without its index-common terms, see indexCommonTerms) that the full-text index is
   * probed for instead; the whole search is then checked on each candidate row. Rows and scores do not change.
   */
  probe?: SearchNode;
  /** Add a `snippet` column (match marked with MATCH_START/MATCH_END), computed for the page's rows only. */
  snippets: boolean;
}

/** Insert rows; where a row's `conflict` columns match a stored row, set that row's `update` columns instead. */
export interface Upsert<T extends keyof Database & string> {
  table: T;
  rows: readonly Insertable<Database[T]>[];
  conflict: readonly (keyof Database[T] & string)[];
  /** Columns to overwrite with the incoming values; empty: keep the stored row (insert or ignore). */
  update: readonly (keyof Database[T] & string)[];
}

/**
 * Everything SQLite and PostgreSQL do differently, behind one object per dialect (as Kysely's DialectAdapter holds
 * its dialects' differences). Repositories call these and never ask which dialect they run on; each operation
 * returns the same rows on both.
 */
export interface StoreDialect {
  readonly name: DialectName;

  /** Condition on `articles`: the article matches the full-text search (FTS5 on SQLite, tsvector on PostgreSQL). */
  articleMatches(search: SearchQuery): RawBuilder<SqlBool>;
  /**
   * A page of full-text hits with a `score` column (higher is more relevant: -bm25 with the title weighted 4x on
   * SQLite, ts_rank_cd with the title as weight A on PostgreSQL), a `ranked_count` column (matches scored, at most
   * the rank window) and, when asked, a `snippet` column.
   */
  rankedSearch<R>(q: RankedSearch): RawBuilder<R>;
  /**
   * Which of `terms` are so common that ranking gives them no weight while scoring them would still read each of
   * their matches: FTS5's bm25() gives a term found in more than half of the articles an idf of ~0 (clamped to 1e-6),
   * after walking its whole doclist to count them ("the" at a million articles: tens of ms). Estimated from the
   * newest articles, never from a corpus too small to tell. PostgreSQL's ts_rank_cd has no idf: none there.
   */
  commonTerms(ex: Executor, terms: readonly SearchTerm[]): Promise<boolean[]>;
  /**
   * Which of `terms` are in so many articles that probing the full-text index for them costs more than checking them
   * on the rows the other terms find (RankedSearch.probe). PostgreSQL: GIN intersects the whole posting list of "the"
   * with the other words'; ANALYZE's element frequencies tell which words those are. SQLite: none (FTS5 walks the
   * rarer doclist and seeks into the common one, and commonTerms already leaves them out of the window).
   */
  indexCommonTerms(ex: Executor, terms: readonly SearchTerm[]): Promise<boolean[]>;
  /** One row `{ n }`: how many articles match, walking the full-text index only (no ranking, no article rows). */
  countMatches(search: SearchQuery): RawBuilder<{ n: number | string }>;

  /** ASCII case folding in SQL, the same on both (PostgreSQL's lower() depends on the locale); see asciiLower. */
  fold(expr: RawBuilder<unknown>): RawBuilder<string>;
  /** The haystack holds the needle as a plain substring (no wildcards). */
  contains(haystack: RawBuilder<unknown>, needle: string): RawBuilder<SqlBool>;

  /** `at` (UTC ISO-8601 text) plus `ms` milliseconds, as UTC ISO-8601 text with milliseconds and a Z. */
  addMilliseconds(at: RawBuilder<unknown>, ms: RawBuilder<unknown>): RawBuilder<string>;

  /**
   * The articles table as `alias`, for reads by id of only the columns articles_id_story_idx holds (id, story_id,
   * published_at): SQLite names that index, as its planner takes the primary key's and then reads the whole row for
   * them, text and all, often from overflow pages (three times the cost); PostgreSQL plans it as it is.
   */
  articlesById<A extends string>(alias: A): `articles as ${A}`;

  /**
   * A write transaction excludes every other writer from its start to its end, so what it read stays as read until
   * it commits and taking a lock never calls for reading again. SQLite: true (write transactions begin IMMEDIATE).
   * PostgreSQL: false (writers run side by side, and key locks order them).
   */
  readonly writersExclusive: boolean;

  /**
   * Holds an exclusive lock on `key` until the transaction `trx` ends. PostgreSQL: a transaction-scoped advisory
   * lock. SQLite: nothing to do, write transactions begin IMMEDIATE and so already exclude each other.
   */
  lockKey(trx: Executor, key: number): Promise<void>;

  /**
   * As lockKey, without waiting: true when the lock is now held, false when another transaction holds it.
   * PostgreSQL: pg_try_advisory_xact_lock. SQLite: always true (writers already exclude each other).
   */
  tryLockKey(trx: Executor, key: number): Promise<boolean>;

  /**
   * The rows a claim selects (for an UPDATE … WHERE id IN (subquery) that leases them), locked so concurrent
   * claimers skip them rather than wait: FOR UPDATE SKIP LOCKED on PostgreSQL. SQLite serializes writers, so the
   * claiming UPDATE is atomic as it is.
   */
  skipLocked<DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;

  /**
   * The rows a select reads, locked until the transaction ends: FOR UPDATE on PostgreSQL. SQLite's write transactions
   * begin IMMEDIATE and so already exclude each other.
   */
  forUpdate<DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;

  /** Insert-or-update in statements of at most a few thousand parameters; a later row wins over an earlier one with the same key. */
  upsert<T extends keyof Database & string>(ex: Executor, u: Upsert<T>): Promise<void>;

  /**
   * Gathers the planner's statistics again for those of these tables whose rows changed a lot since they were last
   * gathered, by the rule autovacuum's analyze follows (more than 50 rows plus a tenth of the table); returns the
   * tables analysed. Run outside a transaction. PostgreSQL: without statistics the planner guesses that an equality
   * on a column that is not unique matches 0.5 % of the table, so a read by a few hundred ids, or a story's rows by
   * story id, is planned as a sequential scan or a hash join over the whole table, a cost that grows with the store;
   * where autovacuum is off or lags behind a bulk fill, nothing else gathers them. SQLite: nothing to do (without
   * sqlite_stat1 its planner takes an index for an equality, which is what these reads want).
   */
  refreshStatistics(ex: Executor, tables: readonly (keyof Database & string)[]): Promise<string[]>;
}

/** The object for a dialect name. */
export const DIALECTS: Readonly<Record<DialectName, StoreDialect>> = { sqlite: sqliteDialect, postgres: postgresDialect };

const ASCII_UPPER = /[A-Z]/g;

/** Lower-cases ASCII letters only, as StoreDialect.fold does in SQL, so both sides of a comparison fold the same way. */
export function asciiLower(text: string): string {
  return text.replace(ASCII_UPPER, (c) => c.toLowerCase());
}

export interface OpenOptions {
  busyTimeoutMs?: number;
  poolSize?: number;
  /** Kysely's log hook; tests use it to count statements. */
  log?: (event: LogEvent) => void;
}

export interface OpenedDatabase {
  kysely: Kysely<Database>;
  dialect: StoreDialect;
  /** Where the data lives, without credentials: a file path or host/database. */
  location: string;
  /** Cross-process messages (PostgreSQL LISTEN/NOTIFY), or null where the database has none (SQLite). */
  notifications: () => Notifications | null;
}

/** Connects to the target: a SQLite file through better-sqlite3 or a PostgreSQL pool through pg. */
export function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): OpenedDatabase {
  return target.dialect === 'sqlite' ? openSqlite(target.file, options, target.createDirectory === true) : openPostgres(target.url, options);
}
