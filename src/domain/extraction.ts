import type { ErrorCode } from './errors.ts';

/**
 * When a feed's articles are completed from their web pages: AUTO when the feed's own content is short (a summary),
 * ALWAYS for every article, NEVER (the feed's content is all there is).
 */
export const FULL_TEXT_POLICIES = ['AUTO', 'ALWAYS', 'NEVER'] as const;
export type FullTextPolicy = (typeof FULL_TEXT_POLICIES)[number];

export function isFullTextPolicy(value: unknown): value is FullTextPolicy {
  return typeof value === 'string' && (FULL_TEXT_POLICIES as readonly string[]).includes(value);
}

/**
 * pending: not tried yet (or waiting for a retry); ok: the page's body was extracted; skipped: the policy or the
 * feed's own content made a fetch unnecessary; failed: the page could not be fetched or held no article (retried
 * with backoff until the attempts run out); blocked: robots.txt forbids the page (not retried).
 */
export type ExtractionStatus = 'pending' | 'ok' | 'skipped' | 'failed' | 'blocked';

/** Where an article's served text comes from. */
export type ExtractionSource = 'FEED' | 'PAGE';

export interface ArticleExtraction {
  articleId: string;
  status: ExtractionStatus;
  source: ExtractionSource;
  pageUrl: string | null;
  fetchedAt: string | null;
  attempts: number;
  httpStatus: number | null;
  error: { code: ErrorCode; message: string } | null;
  nextAttemptAt: string | null;
  wordCount: number | null;
  byline: string | null;
  section: string | null;
  siteName: string | null;
  leadImage: string | null;
  modifiedAt: string | null;
}
