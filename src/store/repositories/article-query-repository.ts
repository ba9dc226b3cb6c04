import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Article } from '../../domain/article.ts';
import type { Db } from '../db.ts';
import { chunk } from '../executor.ts';
import { articleFilterConditions, type ArticleQueryFilter } from './article-filter-sql.ts';
import { toArticle } from './article-repository.ts';
import { keysetPlan, takePage, tupleCompare, type KeysetWindow, type Page } from './keyset.ts';

/** The key articles are listed by in time order: newest first is (published_at, id) descending. */
export interface TimeKey {
  publishedAt: string;
  id: string;
}

export type TimeOrder = 'newest' | 'oldest';

/** Every stored column but SQLite's seq and PostgreSQL's search_vector. */
export const ARTICLE_SELECT = [
  'articles.id',
  'articles.source_id',
  'articles.dedup_key',
  'articles.guid',
  'articles.url',
  'articles.canonical_url',
  'articles.title',
  'articles.content_html',
  'articles.text',
  'articles.excerpt',
  'articles.authors',
  'articles.categories',
  'articles.image_url',
  'articles.enclosures',
  'articles.language',
  'articles.published_at',
  'articles.published_at_estimated',
  'articles.updated_at',
  'articles.fetched_at',
  'articles.changed_at',
  'articles.content_hash',
  'articles.revision_count',
] as const;

type Unprefixed<T> = T extends `articles.${infer C}` ? C : never;
/** A stored article column a caller may ask a page for. */
export type ArticleColumn = Unprefixed<(typeof ARTICLE_SELECT)[number]>;

/** Read whatever else is asked: the time key (id, published_at) and the source, which paging and grouping use. */
const KEY_SELECT = ['articles.id', 'articles.source_id', 'articles.published_at'] as const;

/**
 * The select list for `columns` (every stored column when not given). A headline list leaves the text columns, the
 * bulk of a row, unread.
 */
export function articleSelectList(columns: readonly ArticleColumn[] | undefined): readonly (typeof ARTICLE_SELECT)[number][] {
  if (!columns) return ARTICLE_SELECT;
  const list = new Set<(typeof ARTICLE_SELECT)[number]>(KEY_SELECT);
  for (const c of columns) list.add(`articles.${c}`);
  return [...list];
}

/** Up to this many sources, a source filter merges per-source index slices; beyond, it is an IN list. */
const MERGE_SOURCES_MAX = 50;

/** Sources per statement for pageForSources: one sub-select each, well under SQLite's 500-term compound limit. */
const SOURCES_PER_STATEMENT = 200;

export function timeKeyOf(a: Pick<Article, 'publishedAt' | 'id'>): TimeKey {
  return { publishedAt: a.publishedAt, id: a.id };
}

function timeCompare(op: '<' | '>', key: TimeKey): RawBuilder<SqlBool> {
  return tupleCompare(sql.ref('articles.published_at'), sql.ref('articles.id'), op, key.publishedAt, key.id);
}

function byTime(descending: boolean): (a: Article, b: Article) => number {
  const sign = descending ? -1 : 1;
  return (a, b) => sign * (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The API's article reads: filtered, keyset-paginated lists in time order (over the (published_at, id) indexes),
 * per-source pages for many sources in one statement, and lookup by canonical URL. Relevance order lives in
 * SearchRepository.
 */
export class ArticleQueryRepository {
  constructor(private readonly db: Db) {}

  /**
   * One page of articles matching the filter, newest or oldest first. A filter on a few sources reads each source's
   * slice of articles_source_published_idx and merges them (one statement), rather than walking the whole
   * (published_at, id) index or sorting every article of those sources.
   *
   * `columns` (all when not given) limits what is read: the articles returned then hold only those properties, their
   * id, sourceId and publishedAt; the others are undefined. For a caller that reads nothing else (a GraphQL page
   * whose query asks for a few fields).
   */
  async page(filter: ArticleQueryFilter, order: TimeOrder, window: KeysetWindow<TimeKey>, columns?: readonly ArticleColumn[]): Promise<Page<Article>> {
    const { sourceIds, ...rest } = filter;
    const unique = sourceIds ? [...new Set(sourceIds)] : [];
    if (unique.length > 1 && unique.length <= MERGE_SOURCES_MAX) {
      const conditions = articleFilterConditions(this.db.dialect, rest);
      if (!conditions) return { items: [], hasMore: false };
      const direction = (order === 'newest') !== window.backward ? 'desc' : 'asc';
      const rows = await this.unionBySource(unique, conditions, order, window, columns)
        .orderBy('published_at', direction)
        .orderBy('id', direction)
        .limit(window.limit + 1)
        .execute();
      return takePage(rows.map(toArticle), window);
    }
    const conditions = articleFilterConditions(this.db.dialect, filter);
    if (!conditions) return { items: [], hasMore: false };
    const rows = await this.pageQuery(conditions, order, window, columns).execute();
    return takePage(rows.map(toArticle), window);
  }

  /**
   * The same page for each of many sources, in one statement per 200 sources: a UNION ALL of one small sub-select per
   * source, each an index range scan on articles_source_published_idx that stops after limit + 1 rows. (A
   * ROW_NUMBER() window over all the sources' articles would read every article of every source first.)
   */
  async pageForSources(
    sourceIds: readonly string[],
    filter: ArticleQueryFilter,
    order: TimeOrder,
    window: KeysetWindow<TimeKey>,
  ): Promise<Map<string, Page<Article>>> {
    const out = new Map<string, Page<Article>>();
    const unique = [...new Set(sourceIds)];
    for (const id of unique) out.set(id, { items: [], hasMore: false });
    const conditions = articleFilterConditions(this.db.dialect, filter);
    if (!conditions) return out;
    for (const ids of chunk(unique, SOURCES_PER_STATEMENT)) {
      const rows = await this.unionBySource(ids, conditions, order, window).execute();
      const bySource = new Map<string, typeof rows>();
      for (const r of rows) {
        const list = bySource.get(r.source_id) ?? [];
        list.push(r);
        bySource.set(r.source_id, list);
      }
      // UNION ALL keeps each sub-select's order in practice, but SQL does not promise it: sort again.
      const descending = (order === 'newest') !== window.backward;
      for (const [id, list] of bySource) out.set(id, takePage(list.map(toArticle).sort(byTime(descending)), window));
    }
    return out;
  }

  /** The first stored article with this canonical URL (the one other sources' copies were linked to). */
  async getByCanonicalUrl(canonicalUrl: string): Promise<Article | null> {
    const row = await this.db.kysely
      .selectFrom('articles')
      .select(ARTICLE_SELECT)
      .where('articles.canonical_url', '=', canonicalUrl)
      .orderBy('articles.id')
      .limit(1)
      .executeTakeFirst();
    return row ? toArticle(row) : null;
  }

  /** One sub-select per source (its page in the window), glued with UNION ALL. */
  private unionBySource(
    sourceIds: readonly string[],
    conditions: RawBuilder<SqlBool>[],
    order: TimeOrder,
    window: KeysetWindow<TimeKey>,
    columns?: readonly ArticleColumn[],
  ) {
    const parts = sourceIds.map((id, i) =>
      this.db.kysely.selectFrom(this.pageQuery([...conditions, sql<SqlBool>`articles.source_id = ${id}`], order, window, columns).as(`p${i}`)).selectAll(),
    );
    return parts.slice(1).reduce((q, p) => q.unionAll(p), parts[0]!);
  }

  private pageQuery(conditions: RawBuilder<SqlBool>[], order: TimeOrder, window: KeysetWindow<TimeKey>, columns?: readonly ArticleColumn[]) {
    const plan = keysetPlan(window, order === 'newest', timeCompare);
    let q = this.db.kysely.selectFrom('articles').select(articleSelectList(columns));
    for (const c of [...conditions, ...plan.conditions]) q = q.where(c);
    return q.orderBy('articles.published_at', plan.direction).orderBy('articles.id', plan.direction).limit(window.limit + 1);
  }
}
