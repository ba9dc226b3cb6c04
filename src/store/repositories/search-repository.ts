import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Article } from '../../domain/article.ts';
import type { Db } from '../db.ts';
import { toFts5Match, toTsquery, type SearchQuery } from '../search-query.ts';
import { MATCH_END, MATCH_START, snippetToHtml } from '../search-snippet.ts';
import { articleFilterConditions, type ArticleQueryFilter } from './article-filter-sql.ts';
import { ARTICLE_SELECT } from './article-query-repository.ts';
import { toArticle } from './article-repository.ts';
import { keysetPlan, takePage, tupleCompare, type KeysetWindow, type Page } from './keyset.ts';

/** The key search results are listed by: (score, id) descending. */
export interface ScoreKey {
  score: number;
  id: string;
}

export interface SearchHit {
  article: Article;
  /** Higher is more relevant. SQLite: -bm25 (title weighted 4x); PostgreSQL: ts_rank_cd (title is weight A). */
  score: number;
  /** Safe HTML: the text escaped, the matches in <mark>…</mark>; null when not asked for. */
  snippet: string | null;
}

export interface SearchOptions {
  /** Build snippets (only for the rows of the page). */
  snippets: boolean;
}

type HitRow = Parameters<typeof toArticle>[0] & { score: number; snippet?: string | null };

const SNIPPET_TOKENS = 24;
const HEADLINE_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const ARTICLE_COLUMNS = sql.join(ARTICLE_SELECT.map((c) => sql.ref(c)));

function scoreCompare(op: '<' | '>', key: ScoreKey): RawBuilder<SqlBool> {
  return tupleCompare(sql.ref('hits.score'), sql.ref('hits.id'), op, key.score, key.id);
}

function and(conditions: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length ? sql<SqlBool>`${sql.join(conditions, sql` AND `)}` : sql<SqlBool>`1 = 1`;
}

/**
 * Full-text search over articles, ranked, with keyset pagination on (score, id) and highlighted snippets: FTS5 with
 * bm25() and snippet() on SQLite, the search_vector column with ts_rank_cd() and ts_headline() on PostgreSQL. One
 * statement per page; snippets are computed for the page's rows only.
 */
export class SearchRepository {
  constructor(private readonly db: Db) {}

  async search(query: SearchQuery, filter: ArticleQueryFilter, window: KeysetWindow<ScoreKey>, options: SearchOptions): Promise<Page<SearchHit>> {
    const conditions = articleFilterConditions(this.db.dialect, filter);
    if (!conditions) return { items: [], hasMore: false };
    const plan = keysetPlan(window, true, scoreCompare);
    const dir = sql.raw(plan.direction);
    const statement = this.db.dialect === 'sqlite' ? sqliteSearch(query, conditions, plan.conditions, dir, window.limit + 1, options) : postgresSearch(query, conditions, plan.conditions, dir, window.limit + 1, options);
    const { rows } = await statement.execute(this.db.kysely);
    const hits = rows.map((r) => ({
      article: toArticle(r),
      score: Number(r.score),
      snippet: options.snippets ? snippetToHtml(r.snippet ?? '') : null,
    }));
    return takePage(hits, window);
  }
}

function sqliteSearch(
  query: SearchQuery,
  filters: RawBuilder<SqlBool>[],
  keyset: RawBuilder<SqlBool>[],
  dir: RawBuilder<unknown>,
  limit: number,
  options: SearchOptions,
): RawBuilder<HitRow> {
  const match = toFts5Match(query.root);
  // Ranked and cut to the page first; snippet() then runs for those rows only, through a second MATCH on their rowids.
  const page = sql`
    SELECT hits.* FROM (
      SELECT ${ARTICLE_COLUMNS}, articles.seq AS seq, -bm25(articles_fts, 4.0, 1.0) AS score
      FROM articles_fts JOIN articles ON articles.seq = articles_fts.rowid
      WHERE articles_fts MATCH ${match} AND ${and(filters)}
    ) AS hits
    WHERE ${and(keyset)}
    ORDER BY hits.score ${dir}, hits.id ${dir}
    LIMIT ${limit}`;
  if (!options.snippets) return sql<HitRow>`${page}`;
  return sql<HitRow>`
    SELECT p.*, snippet(articles_fts, -1, ${MATCH_START}, ${MATCH_END}, '…', ${SNIPPET_TOKENS}) AS snippet
    FROM (${page}) AS p JOIN articles_fts ON articles_fts.rowid = p.seq
    WHERE articles_fts MATCH ${match}
    ORDER BY p.score ${dir}, p.id ${dir}`;
}

function postgresSearch(
  query: SearchQuery,
  filters: RawBuilder<SqlBool>[],
  keyset: RawBuilder<SqlBool>[],
  dir: RawBuilder<unknown>,
  limit: number,
  options: SearchOptions,
): RawBuilder<HitRow> {
  const tsquery = sql`to_tsquery('simple', ${toTsquery(query.root)})`;
  // float8 so the score prints with full precision and a cursor compares equal to the row it came from.
  const page = sql`
    SELECT hits.* FROM (
      SELECT ${ARTICLE_COLUMNS}, ts_rank_cd(articles.search_vector, ${tsquery}, 1)::float8 AS score
      FROM articles
      WHERE articles.search_vector @@ ${tsquery} AND ${and(filters)}
    ) AS hits
    WHERE ${and(keyset)}
    ORDER BY hits.score ${dir}, hits.id ${dir}
    LIMIT ${limit}`;
  if (!options.snippets) return sql<HitRow>`${page}`;
  // ts_headline in the outer query: PostgreSQL evaluates it after the LIMIT, for the page's rows only. Over title and
  // text, like FTS5's snippet() choosing the best column, so a title-only match is highlighted too.
  return sql<HitRow>`
    SELECT p.*, ts_headline('simple', p.title || ' ' || p.text, ${tsquery}, ${HEADLINE_OPTIONS}) AS snippet
    FROM (${page}) AS p
    ORDER BY p.score ${dir}, p.id ${dir}`;
}
