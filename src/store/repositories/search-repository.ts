import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Article } from '../../domain/article.ts';
import type { Db } from '../db.ts';
import { rankingRoot, requiredTerms, type SearchNode, type SearchQuery } from '../search-query.ts';
import { snippetToHtml } from '../search-snippet.ts';
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

/**
 * At most this many matches are scored for one page: the newest ones. A word in most articles ("the", "said") would
 * otherwise cost a bm25 / ts_rank_cd call per stored article; ranking ten thousand keeps the page to milliseconds
 * at a million articles, and a search matching fewer is ranked exactly as before.
 */
export const SEARCH_RANK_WINDOW = 10_000;

/** A page of hits and how it was ranked. */
export interface SearchPage extends Page<SearchHit> {
  /**
   * True when the matches filled the rank window: at least SEARCH_RANK_WINDOW articles match and the page is the
   * best of the newest of them. False on an empty page.
   */
  rankingIsBounded: boolean;
}

export interface SearchOptions {
  /** Build snippets (only for the rows of the page). */
  snippets: boolean;
}

/** What the API searches through: this repository, or the same search run on reader threads (src/work/search-pool.ts). */
export type SearchReader = Pick<SearchRepository, 'search'>;

type HitRow = Parameters<typeof toArticle>[0] & { score: number; ranked_count: number | string; snippet?: string | null };

const ARTICLE_COLUMNS = sql.join(ARTICLE_SELECT.map((c) => sql.ref(c)));

function scoreCompare(op: '<' | '>', key: ScoreKey): RawBuilder<SqlBool> {
  return tupleCompare(sql.ref('hits.score'), sql.ref('hits.id'), op, key.score, key.id);
}

/**
 * Full-text search over articles, ranked, with keyset pagination on (score, id) and highlighted snippets: FTS5 with
 * bm25() and snippet() on SQLite, the search_vector column with ts_rank_cd() and ts_headline() on PostgreSQL
 * (StoreDialect.rankedSearch). One statement per page; snippets are computed for the page's rows only. Only the
 * newest `rankWindow` matches are scored (see SEARCH_RANK_WINDOW).
 */
export class SearchRepository {
  constructor(
    private readonly db: Db,
    private readonly rankWindow = SEARCH_RANK_WINDOW,
  ) {}

  async search(query: SearchQuery, filter: ArticleQueryFilter, window: KeysetWindow<ScoreKey>, options: SearchOptions): Promise<SearchPage> {
    const conditions = articleFilterConditions(this.db.dialect, filter);
    if (!conditions) return { items: [], hasMore: false, rankingIsBounded: false };
    const plan = keysetPlan(window, true, scoreCompare);
    const [rankBy, probe] = await Promise.all([this.rankBy(query), this.probe(query)]);
    const statement = this.db.dialect.rankedSearch<HitRow>({
      search: query,
      columns: ARTICLE_COLUMNS,
      filters: conditions,
      keyset: plan.conditions,
      scoreBounds: [
        ...(window.after ? [{ op: '<' as const, score: window.after.score }] : []),
        ...(window.before ? [{ op: '>' as const, score: window.before.score }] : []),
      ],
      direction: plan.direction,
      limit: window.limit + 1,
      rankWindow: this.rankWindow,
      ...(rankBy === undefined ? {} : { rankBy }),
      ...(probe === null ? {} : { probe }),
      snippets: options.snippets,
    });
    const { rows } = await statement.execute(this.db.kysely);
    const hits = rows.map((r) => ({
      article: toArticle(r),
      score: Number(r.score),
      snippet: options.snippets ? snippetToHtml(r.snippet ?? '') : null,
    }));
    const ranked = Number(rows[0]?.ranked_count ?? 0);
    return { ...takePage(hits, window), rankingIsBounded: ranked >= this.rankWindow };
  }

  /**
   * The search without the required terms that carry no weight in the ranking (StoreDialect.commonTerms), or
   * undefined when every term counts: "the ceasefire" ranks by "ceasefire", "the and" by nothing (newest first).
   */
  private async rankBy(query: SearchQuery): Promise<SearchNode | null | undefined> {
    const terms = requiredTerms(query.root);
    const common = await this.db.dialect.commonTerms(this.db.kysely, terms);
    if (!common.includes(true)) return undefined;
    return rankingRoot(query.root, new Set(terms.filter((_, i) => common[i])));
  }

  /**
   * What to ask the full-text index for when some required terms are too common to probe it for
   * (StoreDialect.indexCommonTerms): the other required terms; null to probe for the whole search.
   */
  private async probe(query: SearchQuery): Promise<SearchNode | null> {
    const terms = requiredTerms(query.root);
    const common = await this.db.dialect.indexCommonTerms(this.db.kysely, terms);
    if (!common.includes(true)) return null;
    return rankingRoot(query.root, new Set(terms.filter((_, i) => common[i])));
  }

  /** How many articles match: the cost of walking the full-text index for every match, without ranking. */
  async count(query: SearchQuery): Promise<number> {
    const { rows } = await this.db.dialect.countMatches(query).execute(this.db.kysely);
    return Number(rows[0]?.n ?? 0);
  }
}
