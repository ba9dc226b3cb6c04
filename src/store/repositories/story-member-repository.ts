import { sql } from 'kysely';
import type { Article } from '../../domain/article.ts';
import type { Db } from '../db.ts';
import { chunk, groupInOrder } from '../executor.ts';
import { ARTICLE_SELECT, articleSelectList, type ArticleColumn, type TimeKey } from './article-query-repository.ts';
import { toArticle } from './article-repository.ts';
import { keysetPlan, takePage, tupleCompare, type KeysetWindow, type Page } from './keyset.ts';

export type TimelineBucket = 'hour' | 'day';

export interface StoryTimelinePoint {
  /** Start of the bucket, UTC ISO-8601. */
  start: string;
  articles: number;
  sources: number;
}

/** Characters of published_at ('2025-06-09T16:05:00.000Z') that name its hour or day. */
const BUCKET_PREFIX: Record<TimelineBucket, { length: number; pad: string }> = {
  hour: { length: 13, pad: ':00:00.000Z' },
  day: { length: 10, pad: 'T00:00:00.000Z' },
};

type MemberRow = Parameters<typeof toArticle>[0] & { story_id: string | null };

const MEMBER_COLUMNS = sql.join([...ARTICLE_SELECT, 'articles.story_id'].map((c) => sql.ref(c)));

/** Newest first by (published_at, id). */
function cmpDesc(pa: string, ia: string, pb: string, ib: string): number {
  return pa < pb ? 1 : pa > pb ? -1 : ia < ib ? 1 : ia > ib ? -1 : 0;
}

/** A story's articles: pages of its members and their timeline, one statement per batch of stories. */
export class StoryMemberRepository {
  constructor(private readonly db: Db) {}

  /**
   * For each story, one page of its articles newest first by (published_at, id): one statement per 200 stories, a
   * UNION ALL of per-story range scans on articles_story_idx (story_id, published_at, id). `columns` limits what is
   * read, as in ArticleQueryRepository.page.
   */
  async articlesOf(storyIds: readonly string[], window: KeysetWindow<TimeKey>, columns?: readonly ArticleColumn[]): Promise<Page<Article>[]> {
    const select = columns ? sql.join([...articleSelectList(columns), 'articles.story_id'].map((c) => sql.ref(c))) : MEMBER_COLUMNS;
    const pages = new Map<string, Page<Article>>();
    const plan = keysetPlan(window, true, (op, key: TimeKey) =>
      tupleCompare(sql.ref('articles.published_at'), sql.ref('articles.id'), op, key.publishedAt, key.id),
    );
    const dir = sql.raw(plan.direction);
    const where = plan.conditions.map((c) => sql` AND ${c}`);
    for (const ids of chunk([...new Set(storyIds)], 200)) {
      // Written as SQL text rather than with the query builder: building and compiling 20 sub-selects of 24 columns
      // each cost several times what SQLite spends running them.
      const parts = ids.map(
        (id) =>
          sql`SELECT * FROM (SELECT ${select} FROM articles WHERE articles.story_id = ${id}${sql.join(where, sql``)}
            ORDER BY articles.published_at ${dir}, articles.id ${dir} LIMIT ${window.limit + 1}) AS page`,
      );
      const { rows } = await sql<MemberRow>`${sql.join(parts, sql` UNION ALL `)}`.execute(this.db.kysely);
      const lists = groupInOrder(ids, rows, (r) => r.story_id ?? '', (r) => r);
      const sign = window.backward ? -1 : 1;
      ids.forEach((id, i) => {
        // UNION ALL keeps each sub-select's order in practice, but SQL does not promise it: sort again.
        const sorted = lists[i]!.sort((a, b) => sign * cmpDesc(a.published_at, a.id, b.published_at, b.id));
        pages.set(id, takePage(sorted.map(toArticle), window));
      });
    }
    return storyIds.map((id) => pages.get(id) ?? { items: [], hasMore: false });
  }

  /**
   * For each story, its articles counted per hour or per day of publication (UTC), oldest bucket first; buckets
   * without articles are left out. One statement per 500 stories.
   */
  async timelineOf(storyIds: readonly string[], bucket: TimelineBucket): Promise<StoryTimelinePoint[][]> {
    const { length, pad } = BUCKET_PREFIX[bucket];
    // A literal length: a bound parameter would make the SELECT and GROUP BY expressions differ for PostgreSQL.
    const key = sql<string>`substr(articles.published_at, 1, ${sql.lit(length)})`;
    const rows = [];
    for (const ids of chunk([...new Set(storyIds)])) {
      rows.push(
        ...(await this.db.kysely
          .selectFrom('articles')
          .select([
            'articles.story_id',
            key.as('bucket'),
            (eb) => eb.fn.countAll<number>().as('n'),
            sql<number>`count(DISTINCT articles.source_id)`.as('sources'),
          ])
          .where('articles.story_id', 'in', ids)
          .groupBy(['articles.story_id', key])
          .orderBy('articles.story_id')
          .orderBy(key)
          .execute()),
      );
    }
    return groupInOrder(storyIds, rows, (r) => r.story_id ?? '', (r) => ({ start: `${r.bucket}${pad}`, articles: Number(r.n), sources: Number(r.sources) }));
  }
}
