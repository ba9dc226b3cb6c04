import type { Insertable, Selectable } from 'kysely';
import type { ErrorCode } from '../../domain/errors.ts';
import {
  isFullTextPolicy,
  type ArticleExtraction,
  type ExtractionSource,
  type ExtractionStatus,
  type FullTextPolicy,
} from '../../domain/extraction.ts';
import type { Db } from '../db.ts';
import { chunk, type Executor } from '../executor.ts';
import type { ArticleExtractionsTable } from '../tables/article-extractions.ts';

/** What deciding and running one article's extraction needs, read in one go. */
export interface ExtractionSubject {
  articleId: string;
  url: string | null;
  canonicalUrl: string | null;
  contentHtml: string | null;
  text: string;
  language: string | null;
  /** The policies of every feed the article was seen in. */
  policies: FullTextPolicy[];
  state: Selectable<ArticleExtractionsTable> | null;
}

/** The page's body and metadata as the extractor returned them. */
export interface ExtractedBody {
  pageUrl: string;
  finalUrl: string;
  html: string;
  text: string;
  hash: string;
  wordCount: number;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  language: string | null;
  canonicalUrl: string | null;
  leadImage: string | null;
  section: string | null;
  siteName: string | null;
  etag: string | null;
  lastModified: string | null;
  httpStatus: number;
}

export interface ExtractionFailure {
  status: 'failed' | 'blocked';
  pageUrl: string | null;
  code: ErrorCode;
  message: string;
  httpStatus: number | null;
  nextAttemptAt: string | null;
}

/** An article's extraction with what the API shows beside it: the feed's own content when the page's is served. */
export interface ExtractionView extends ArticleExtraction {
  summaryText: string | null;
  summaryHtml: string | null;
}

export function toExtraction(row: Selectable<ArticleExtractionsTable>): ArticleExtraction {
  return {
    articleId: row.article_id,
    status: row.status as ExtractionStatus,
    source: row.source as ExtractionSource,
    pageUrl: row.page_url,
    fetchedAt: row.fetched_at,
    attempts: row.attempts,
    httpStatus: row.http_status,
    error: row.error_code ? { code: row.error_code as ErrorCode, message: row.error_message ?? '' } : null,
    nextAttemptAt: row.next_attempt_at,
    wordCount: row.word_count,
    byline: row.byline,
    section: row.section,
    siteName: row.site_name,
    leadImage: row.lead_image,
    modifiedAt: row.modified_at,
  };
}

const EMPTY_ROW: Omit<Insertable<ArticleExtractionsTable>, 'article_id' | 'status' | 'updated_at'> = {
  source: 'FEED',
  attempts: 0,
};

/**
 * Article extraction state and bodies (table article_extractions). The articles row always serves the best text
 * available: storing a body copies it into articles.content_html/text (so search, enrichment and clustering read
 * it) and keeps the feed's own content here; a feed update that rewrites the articles row is detected by comparing
 * the served text with the stored body.
 */
export class ExtractionRepository {
  constructor(private readonly db: Db) {}

  async loadSubject(articleId: string, ex: Executor = this.db.kysely): Promise<ExtractionSubject | null> {
    const article = await ex
      .selectFrom('articles')
      .select(['id', 'url', 'canonical_url', 'content_html', 'text', 'language'])
      .where('id', '=', articleId)
      .executeTakeFirst();
    if (!article) return null;
    const feeds = await ex
      .selectFrom('article_feeds')
      .innerJoin('feeds', 'feeds.id', 'article_feeds.feed_id')
      .select('feeds.full_text')
      .where('article_feeds.article_id', '=', articleId)
      .execute();
    const state = (await ex.selectFrom('article_extractions').selectAll().where('article_id', '=', articleId).executeTakeFirst()) ?? null;
    return {
      articleId,
      url: article.url,
      canonicalUrl: article.canonical_url,
      contentHtml: article.content_html,
      text: article.text,
      language: article.language,
      policies: feeds.map((f) => (isFullTextPolicy(f.full_text) ? f.full_text : 'AUTO')),
      state,
    };
  }

  /** The feed's content is served and no page fetch is wanted. */
  async recordSkipped(articleId: string, now: string): Promise<void> {
    await this.upsert(articleId, { status: 'skipped', source: 'FEED', error_code: null, error_message: null, next_attempt_at: null }, now);
  }

  /** A failed or forbidden fetch: one more attempt counted, the error kept, the next try scheduled (or none). */
  async recordFailure(articleId: string, failure: ExtractionFailure, now: string): Promise<ArticleExtraction> {
    return this.db.kysely.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('article_extractions').select(['attempts', 'source']).where('article_id', '=', articleId).executeTakeFirst();
      await this.upsert(
        articleId,
        {
          status: failure.status,
          // A body fetched earlier keeps being served: a later failure does not take it away.
          source: current?.source ?? 'FEED',
          page_url: failure.pageUrl,
          error_code: failure.code,
          error_message: failure.message.slice(0, 1000),
          http_status: failure.httpStatus,
          attempts: (current?.attempts ?? 0) + 1,
          next_attempt_at: failure.nextAttemptAt,
        },
        now,
        trx,
      );
      return toExtraction(await trx.selectFrom('article_extractions').selectAll().where('article_id', '=', articleId).executeTakeFirstOrThrow());
    });
  }

  /** A 304: the stored body is still the page's; counts as a success. */
  async recordNotModified(articleId: string, now: string): Promise<void> {
    await this.upsert(articleId, { status: 'ok', fetched_at: now, attempts: 0, error_code: null, error_message: null, next_attempt_at: null }, now);
  }

  /**
   * Serves the page's body in place of the feed's content, in one transaction. Returns whether the served text
   * changed (so enrichment and clustering must run again).
   */
  async storeBody(articleId: string, body: ExtractedBody, now: string): Promise<boolean> {
    return this.db.kysely.transaction().execute(async (trx) => {
      const article = await trx.selectFrom('articles').select(['content_html', 'text']).where('id', '=', articleId).executeTakeFirst();
      if (!article) return false;
      const current = await trx
        .selectFrom('article_extractions')
        .select(['summary_html', 'summary_text', 'body_text'])
        .where('article_id', '=', articleId)
        .executeTakeFirst();
      // The articles row holds the feed's content unless it still holds the body stored last time.
      const servingOldBody = current?.body_text != null && current.body_text === article.text;
      const summary = servingOldBody
        ? { summary_html: current?.summary_html ?? null, summary_text: current?.summary_text ?? null }
        : { summary_html: article.content_html, summary_text: article.text };
      await this.upsert(
        articleId,
        {
          status: 'ok',
          source: 'PAGE',
          page_url: body.pageUrl,
          final_url: body.finalUrl,
          ...summary,
          body_html: body.html,
          body_text: body.text,
          body_hash: body.hash,
          word_count: body.wordCount,
          title: body.title,
          byline: body.byline,
          published_at: body.publishedAt,
          modified_at: body.modifiedAt,
          language: body.language,
          canonical_url: body.canonicalUrl,
          lead_image: body.leadImage,
          section: body.section,
          site_name: body.siteName,
          etag: body.etag,
          last_modified: body.lastModified,
          http_status: body.httpStatus,
          error_code: null,
          error_message: null,
          attempts: 0,
          next_attempt_at: null,
          fetched_at: now,
        },
        now,
        trx,
      );
      if (article.text === body.text && article.content_html === body.html) return false;
      await trx.updateTable('articles').set({ content_html: body.html, text: body.text }).where('id', '=', articleId).execute();
      return true;
    });
  }

  /** Extractions with the feed's own content where the page's body is served, in the order of the ids given. */
  async getViews(articleIds: readonly string[]): Promise<(ExtractionView | null)[]> {
    const rows: (Selectable<ArticleExtractionsTable> & { served_text: string })[] = [];
    for (const ids of chunk([...new Set(articleIds)])) {
      rows.push(
        ...(await this.db.kysely
          .selectFrom('article_extractions')
          .innerJoin('articles', 'articles.id', 'article_extractions.article_id')
          .selectAll('article_extractions')
          .select('articles.text as served_text')
          .where('article_extractions.article_id', 'in', ids)
          .execute()),
      );
    }
    const by = new Map(rows.map((r) => [r.article_id, r]));
    return articleIds.map((id) => {
      const row = by.get(id);
      if (!row) return null;
      const servingBody = row.source === 'PAGE' && row.body_text !== null && row.body_text === row.served_text;
      return {
        ...toExtraction(row),
        // After a feed update rewrote the article and before the page is read again, the feed's content is served.
        source: servingBody ? 'PAGE' : 'FEED',
        summaryText: servingBody ? row.summary_text : null,
        summaryHtml: servingBody ? row.summary_html : null,
      };
    });
  }

  /** Validators of the last successful page fetch, for a conditional GET. */
  async validators(articleId: string): Promise<{ etag: string | null; lastModified: string | null; bodyStored: boolean }> {
    const row = await this.db.kysely
      .selectFrom('article_extractions')
      .select(['etag', 'last_modified', 'body_text'])
      .where('article_id', '=', articleId)
      .executeTakeFirst();
    return { etag: row?.etag ?? null, lastModified: row?.last_modified ?? null, bodyStored: row?.body_text != null };
  }

  /** Articles whose failed extraction is due for another try. */
  async dueRetries(now: string, limit: number): Promise<string[]> {
    const rows = await this.db.kysely
      .selectFrom('article_extractions')
      .select('article_id')
      .where('status', '=', 'failed')
      .where('next_attempt_at', 'is not', null)
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    return rows.map((r) => r.article_id);
  }

  private async upsert(
    articleId: string,
    values: Partial<Omit<Insertable<ArticleExtractionsTable>, 'article_id' | 'updated_at'>>,
    now: string,
    ex: Executor = this.db.kysely,
  ): Promise<void> {
    await ex
      .insertInto('article_extractions')
      .values({ ...EMPTY_ROW, status: 'pending', ...values, article_id: articleId, updated_at: now })
      .onConflict((oc) => oc.column('article_id').doUpdateSet({ ...values, updated_at: now }))
      .execute();
  }
}
