import type { Insertable, Selectable } from 'kysely';
import type { Article, NewArticle } from '../../domain/article.ts';
import { newId } from '../../domain/ids.ts';
import type { Db } from '../db.ts';
import { chunk, parseJsonArray, type Executor } from '../executor.ts';
import type { ArticlesTable } from '../tables/articles.ts';

export interface UpsertResult {
  newIds: string[];
  updatedIds: string[];
  unchanged: number;
  /** Items that matched an article of another source by canonical URL. */
  linkedAcrossSources: number;
}

type ArticleRow = Omit<Selectable<ArticlesTable>, 'seq'>;

export function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    sourceId: row.source_id,
    dedupKey: row.dedup_key,
    guid: row.guid,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    contentHtml: row.content_html,
    text: row.text,
    excerpt: row.excerpt,
    authors: parseJsonArray<string>(row.authors),
    categories: parseJsonArray<string>(row.categories),
    imageUrl: row.image_url,
    enclosures: parseJsonArray(row.enclosures),
    language: row.language,
    publishedAt: row.published_at,
    publishedAtEstimated: row.published_at_estimated === 1,
    updatedAt: row.updated_at,
    fetchedAt: row.fetched_at,
    changedAt: row.changed_at,
    contentHash: row.content_hash,
    revisionCount: row.revision_count,
  };
}

const ARTICLE_COLUMNS = [
  'id',
  'source_id',
  'dedup_key',
  'guid',
  'url',
  'canonical_url',
  'title',
  'content_html',
  'text',
  'excerpt',
  'authors',
  'categories',
  'image_url',
  'enclosures',
  'language',
  'published_at',
  'published_at_estimated',
  'updated_at',
  'fetched_at',
  'changed_at',
  'content_hash',
  'revision_count',
] as const;

/** Fields rewritten when an item's content changes. published_at stays as first stored when it was estimated. */
function changedFields(a: NewArticle, now: string, keepEstimatedDate: boolean) {
  return {
    guid: a.guid,
    url: a.url,
    canonical_url: a.canonicalUrl,
    title: a.title,
    content_html: a.contentHtml,
    text: a.text,
    excerpt: a.excerpt,
    authors: JSON.stringify(a.authors),
    categories: JSON.stringify(a.categories),
    image_url: a.imageUrl,
    enclosures: JSON.stringify(a.enclosures),
    language: a.language,
    ...(keepEstimatedDate ? {} : { published_at: a.publishedAt, published_at_estimated: a.publishedAtEstimated ? 1 : 0 }),
    updated_at: a.updatedAt,
    changed_at: now,
    content_hash: a.contentHash,
  };
}

/**
 * Cross-source deduplication by canonical URL only when the URL names a page: feeds that give every item their home
 * page as link must not collapse into one article.
 */
function isPageUrl(url: string | null): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.pathname.length > 1 || u.search.length > 1;
  } catch {
    return false;
  }
}

/**
 * A copy that says it was updated before the stored version was (a stale mirror, a feed served from an old cache)
 * is not a new revision: it does not overwrite the newer one. Without both dates, a changed copy is taken as newer.
 */
function isOlderVersion(a: NewArticle, stored: { updated_at: string | null }): boolean {
  return a.updatedAt !== null && stored.updated_at !== null && a.updatedAt < stored.updated_at;
}

export class ArticleRepository {
  constructor(private readonly db: Db) {}

  /**
   * Stores one fetch's articles for a feed: new items are inserted, changed ones (content hash) updated unless the copy
   * is older than the stored version (its revision count goes up by one), every one is linked to the feed. Same (source, dedup key) is the same article; so is the same canonical URL in another source.
   * Runs inside the caller's transaction.
   */
  async upsertForFeed(
    ex: Executor,
    feed: { id: string; sourceId: string },
    articles: readonly NewArticle[],
    now: string,
  ): Promise<UpsertResult> {
    const result: UpsertResult = { newIds: [], updatedIds: [], unchanged: 0, linkedAcrossSources: 0 };
    if (!articles.length) return result;

    type Existing = {
      id: string;
      dedup_key: string;
      canonical_url: string | null;
      content_hash: string;
      published_at_estimated: number;
      source_id: string;
      updated_at: string | null;
    };
    const byKey = new Map<string, Existing>();
    for (const keys of chunk(articles.map((a) => a.dedupKey))) {
      const rows = await ex
        .selectFrom('articles')
        .select(['id', 'dedup_key', 'canonical_url', 'content_hash', 'published_at_estimated', 'source_id', 'updated_at'])
        .where('source_id', '=', feed.sourceId)
        .where('dedup_key', 'in', keys)
        .execute();
      for (const r of rows) byKey.set(r.dedup_key, r);
    }

    const missingUrls = articles.filter((a) => !byKey.has(a.dedupKey) && isPageUrl(a.canonicalUrl)).map((a) => a.canonicalUrl!);
    const byUrl = new Map<string, Existing>();
    for (const urls of chunk([...new Set(missingUrls)])) {
      const rows = await ex
        .selectFrom('articles')
        .select(['id', 'dedup_key', 'canonical_url', 'content_hash', 'published_at_estimated', 'source_id', 'updated_at'])
        .where('canonical_url', 'in', urls)
        .where('source_id', '<>', feed.sourceId)
        .orderBy('id')
        .execute();
      for (const r of rows) if (!byUrl.has(r.canonical_url!)) byUrl.set(r.canonical_url!, r);
    }

    const inserts: Insertable<ArticlesTable>[] = [];
    const linkIds: string[] = [];
    for (const a of articles) {
      const own = byKey.get(a.dedupKey);
      if (own) {
        linkIds.push(own.id);
        if (own.content_hash === a.contentHash || isOlderVersion(a, own)) {
          result.unchanged++;
        } else {
          await ex
            .updateTable('articles')
            .set(changedFields(a, now, own.published_at_estimated === 1))
            .set((eb) => ({ revision_count: eb('revision_count', '+', 1) }))
            .where('id', '=', own.id)
            .execute();
          result.updatedIds.push(own.id);
          own.content_hash = a.contentHash;
          own.updated_at = a.updatedAt;
        }
        continue;
      }
      const other = a.canonicalUrl ? byUrl.get(a.canonicalUrl) : undefined;
      if (other) {
        // The same story from another source's feed: one article, seen in both.
        linkIds.push(other.id);
        result.linkedAcrossSources++;
        result.unchanged++;
        continue;
      }
      const id = newId();
      inserts.push({
        id,
        source_id: feed.sourceId,
        dedup_key: a.dedupKey,
        fetched_at: now,
        ...changedFields(a, now, false),
        published_at: a.publishedAt,
        published_at_estimated: a.publishedAtEstimated ? 1 : 0,
      });
      byKey.set(a.dedupKey, {
        id,
        dedup_key: a.dedupKey,
        canonical_url: a.canonicalUrl,
        content_hash: a.contentHash,
        published_at_estimated: 0,
        source_id: feed.sourceId,
        updated_at: a.updatedAt,
      });
    }

    for (const rows of chunk(inserts, 100)) {
      // DO NOTHING: a concurrent worker on another feed of the same source may have stored the item first.
      const inserted = await ex
        .insertInto('articles')
        .values(rows)
        .onConflict((oc) => oc.columns(['source_id', 'dedup_key']).doNothing())
        .returning('id')
        .execute();
      const insertedIds = new Set(inserted.map((r) => r.id));
      for (const r of rows) {
        if (insertedIds.has(r.id)) {
          result.newIds.push(r.id);
          linkIds.push(r.id);
        } else {
          const winner = await ex
            .selectFrom('articles')
            .select('id')
            .where('source_id', '=', feed.sourceId)
            .where('dedup_key', '=', r.dedup_key)
            .executeTakeFirst();
          if (winner) linkIds.push(winner.id);
          result.unchanged++;
        }
      }
    }

    for (const ids of chunk([...new Set(linkIds)], 200)) {
      await ex
        .insertInto('article_feeds')
        .values(ids.map((article_id) => ({ article_id, feed_id: feed.id, first_seen_at: now, last_seen_at: now })))
        .onConflict((oc) => oc.columns(['article_id', 'feed_id']).doUpdateSet({ last_seen_at: now }))
        .execute();
    }
    return result;
  }

  async getById(id: string): Promise<Article | null> {
    const row = await this.db.kysely.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row ? toArticle(row) : null;
  }

  async getByIds(ids: readonly string[]): Promise<Article[]> {
    const out: Article[] = [];
    for (const part of chunk(ids)) {
      const rows = await this.db.kysely.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', 'in', part).execute();
      out.push(...rows.map(toArticle));
    }
    return out;
  }

  /** Newest first; for the CLI and tests. The API's keyset-paginated reads live with the API. */
  async listRecent(limit = 20, filter: { feedId?: string; sourceId?: string } = {}): Promise<Article[]> {
    let q = this.db.kysely.selectFrom('articles').select(ARTICLE_COLUMNS.map((c) => `articles.${c}` as const));
    if (filter.sourceId) q = q.where('articles.source_id', '=', filter.sourceId);
    if (filter.feedId) {
      q = q.innerJoin('article_feeds', 'article_feeds.article_id', 'articles.id').where('article_feeds.feed_id', '=', filter.feedId);
    }
    const rows = await q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).execute();
    return rows.map(toArticle);
  }

  async listAll(): Promise<Article[]> {
    const rows = await this.db.kysely.selectFrom('articles').select(ARTICLE_COLUMNS).orderBy('id').execute();
    return rows.map(toArticle);
  }

  async count(filter: { sourceId?: string } = {}): Promise<number> {
    let q = this.db.kysely.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n'));
    if (filter.sourceId) q = q.where('source_id', '=', filter.sourceId);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  async feedIdsOf(articleId: string): Promise<string[]> {
    const rows = await this.db.kysely.selectFrom('article_feeds').select('feed_id').where('article_id', '=', articleId).orderBy('first_seen_at').execute();
    return rows.map((r) => r.feed_id);
  }
}
