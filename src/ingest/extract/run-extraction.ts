/**
 * One article's extraction job: load the article and its feeds' policy, decide whether its page is wanted, fetch it
 * politely, extract the article, store the body (served in place of the feed's summary, which is kept), and say
 * whether the served text changed, so the work queue runs enrichment and clustering again for it. Failures are
 * recorded on the article with their code and attempt count and scheduled for a retry with backoff; they never
 * touch the feed or the content already stored.
 */
import { createHash } from 'node:crypto';
import type { Settings } from '../../config/settings.ts';
import { systemClock, type Clock } from '../../domain/clock.ts';
import { toAppError } from '../../domain/errors.ts';
import type { ExtractionStatus } from '../../domain/extraction.ts';
import type { Logger } from '../../log/logger.ts';
import type { Repositories } from '../../store/repositories/index.ts';
import type { ExtractedBody, ExtractionSubject } from '../../store/repositories/extraction-repository.ts';
import { extractArticle } from './extract-article.ts';
import { wantsPage } from './full-text-policy.ts';
import { HostBusy } from './politeness/host-gate.ts';
import type { PageFetcher } from './page-fetcher.ts';
import { nextAttemptAt } from './retry-policy.ts';
import { countWords } from './word-count.ts';

/** A page yielding fewer words holds no article (a teaser, a consent wall, an error page served as 200). */
const MIN_PAGE_WORDS = 25;
/** A page body clearly shorter than the feed's own content is a failed extraction, not a better text. */
const FEED_SHARE = 0.8;

export interface ExtractionContext {
  repos: Pick<Repositories, 'extractions'>;
  pageFetcher: PageFetcher;
  settings: Pick<Settings, 'FULL_TEXT_MIN_WORDS' | 'EXTRACT_MAX_ATTEMPTS' | 'EXTRACT_BACKOFF_SECONDS'> &
    Partial<Pick<Settings, 'EXTRACT_MAX_HOST_WAIT_MS'>>;
  logger?: Logger;
  clock?: Clock;
}

export interface ExtractionOutcome {
  articleId: string;
  /**
   * 'missing' when the article no longer exists; 'given_up' when its attempts are used up; 'deferred' when its host
   * is busy for longer than EXTRACT_MAX_HOST_WAIT_MS (no attempt is used; `retryAt` says when to look again).
   */
  status: ExtractionStatus | 'missing' | 'given_up' | 'deferred';
  /** The text served for the article changed: enrichment and clustering must run again. */
  changed: boolean;
  /** When a failed fetch should be tried again (null: not to be retried). */
  retryAt: string | null;
  error: { code: string; message: string } | null;
}

export async function runExtraction(ctx: ExtractionContext, articleId: string): Promise<ExtractionOutcome> {
  const clock = ctx.clock ?? systemClock;
  const repo = ctx.repos.extractions;
  const subject = await repo.loadSubject(articleId);
  const outcome = (status: ExtractionOutcome['status'], changed = false): ExtractionOutcome => ({ articleId, status, changed, retryAt: null, error: null });
  if (!subject) return outcome('missing');

  const feedText = feedOwnText(subject);
  // Without a canonical URL the item has no page of its own (its url is a fallback to the site or an enclosure).
  const pageUrl = subject.canonicalUrl === null ? null : (subject.url ?? subject.canonicalUrl);
  if (pageUrl === null || !wantsPage(subject.policies, countWords(feedText, subject.language), ctx.settings.FULL_TEXT_MIN_WORDS)) {
    if (subject.state?.source !== 'PAGE') await repo.recordSkipped(articleId, clock.now().toISOString());
    return outcome('skipped');
  }
  const state = subject.state;
  if (state?.status === 'failed' && state.next_attempt_at === null && state.attempts >= ctx.settings.EXTRACT_MAX_ATTEMPTS) {
    return outcome('given_up');
  }

  const storedBody = state?.body_text != null ? state : null;
  try {
    // Pages of one outlet come in runs (a feed's new items are queued together): waiting out its spacing here would
    // hold the whole batch, and the enrichment and clustering behind it, for one host.
    const maxWait = ctx.settings.EXTRACT_MAX_HOST_WAIT_MS;
    const page = await ctx.pageFetcher.fetchPage(
      pageUrl,
      storedBody ? { etag: storedBody.etag, lastModified: storedBody.last_modified } : {},
      maxWait === undefined ? {} : { maxHostWaitMs: maxWait },
    );
    const now = clock.now().toISOString();
    if (page.status === 'not_modified' && storedBody) {
      // The page has not changed; serve the stored body again if a feed update replaced it meanwhile.
      if (subject.text === storedBody.body_text) {
        await repo.recordNotModified(articleId, now);
        return outcome('ok');
      }
      return outcome('ok', await repo.storeBody(articleId, storedBodyOf(storedBody, pageUrl), now));
    }
    const extracted = extractArticle(page.text, page.finalUrl, { contentLanguage: page.contentLanguage });
    if (extracted.wordCount < Math.max(MIN_PAGE_WORDS, countWords(feedText, subject.language) * FEED_SHARE)) {
      return await fail(ctx, subject, pageUrl, 'no_article', `${page.finalUrl} holds no article text to serve in place of the feed's`, page.httpStatus, null);
    }
    const body: ExtractedBody = {
      pageUrl,
      finalUrl: page.finalUrl,
      html: extracted.html,
      text: extracted.text,
      hash: createHash('sha256').update(extracted.text).digest('hex'),
      wordCount: extracted.wordCount,
      title: extracted.title,
      byline: extracted.byline,
      publishedAt: extracted.publishedAt,
      modifiedAt: extracted.modifiedAt,
      language: extracted.language,
      canonicalUrl: extracted.canonicalUrl,
      leadImage: extracted.leadImage,
      section: extracted.section,
      siteName: extracted.siteName,
      etag: page.etag,
      lastModified: page.lastModified,
      httpStatus: page.httpStatus,
    };
    const changed = await repo.storeBody(articleId, body, now);
    ctx.logger?.debug({ article_id: articleId, url: pageUrl, words: extracted.wordCount, changed }, 'article page extracted');
    return outcome('ok', changed);
  } catch (e) {
    if (e instanceof HostBusy) return { ...outcome('deferred'), retryAt: new Date(clock.now().getTime() + e.waitMs).toISOString() };
    const error = toAppError(e);
    const httpStatus = (error as { httpStatus?: number | null }).httpStatus ?? null;
    const retryAfter = (error as { retryAfterSeconds?: number | null }).retryAfterSeconds ?? null;
    return fail(ctx, subject, pageUrl, error.code, error.message, httpStatus, retryAfter);
  }
}

async function fail(
  ctx: ExtractionContext,
  subject: ExtractionSubject,
  pageUrl: string,
  code: Parameters<typeof nextAttemptAt>[0],
  message: string,
  httpStatus: number | null,
  retryAfterSeconds: number | null,
): Promise<ExtractionOutcome> {
  const clock = ctx.clock ?? systemClock;
  const now = clock.now();
  const blocked = code === 'robots_disallowed';
  const retryAt = blocked
    ? null
    : nextAttemptAt(code, subject.state?.attempts ?? 0, {
        baseSeconds: ctx.settings.EXTRACT_BACKOFF_SECONDS,
        maxAttempts: ctx.settings.EXTRACT_MAX_ATTEMPTS,
        retryAfterSeconds,
        now,
      });
  await ctx.repos.extractions.recordFailure(
    subject.articleId,
    { status: blocked ? 'blocked' : 'failed', pageUrl, code, message, httpStatus, nextAttemptAt: retryAt },
    now.toISOString(),
  );
  ctx.logger?.info({ article_id: subject.articleId, url: pageUrl, code, retry_at: retryAt }, 'article page not extracted');
  return { articleId: subject.articleId, status: blocked ? 'blocked' : 'failed', changed: false, retryAt, error: { code, message } };
}

/** The feed's own text: the articles row, unless it still serves the body stored earlier. */
function feedOwnText(subject: ExtractionSubject): string {
  const state = subject.state;
  if (state?.body_text != null && state.body_text === subject.text) return state.summary_text ?? '';
  return subject.text;
}

function storedBodyOf(row: NonNullable<ExtractionSubject['state']>, pageUrl: string): ExtractedBody {
  return {
    pageUrl,
    finalUrl: row.final_url ?? pageUrl,
    html: row.body_html ?? '',
    text: row.body_text ?? '',
    hash: row.body_hash ?? '',
    wordCount: row.word_count ?? 0,
    title: row.title,
    byline: row.byline,
    publishedAt: row.published_at,
    modifiedAt: row.modified_at,
    language: row.language,
    canonicalUrl: row.canonical_url,
    leadImage: row.lead_image,
    section: row.section,
    siteName: row.site_name,
    etag: row.etag,
    lastModified: row.last_modified,
    httpStatus: row.http_status ?? 200,
  };
}
