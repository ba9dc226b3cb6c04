import type { ErrorCode } from './errors.ts';
import type { FullTextPolicy } from './extraction.ts';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'cdf';

/** Where a source's name came from: a person or config (`given`), the feed or its site (`feed`), the host (`host`). */
export type SourceNameOrigin = 'given' | 'feed' | 'host';

export interface Source {
  id: string;
  name: string;
  nameOrigin: SourceNameOrigin;
  homepage: string | null;
  country: string | null;
  language: string | null;
  createdAt: string;
}

export interface FeedHealth {
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  nextFetchAt: string;
  /** Why next_fetch_at is what it is: 'new', 'manual', or a ScheduleReason (interval, ttl, cache-control, expires, retry-after, backoff, disabled). */
  nextFetchReason: string;
  errorCount: number;
  lastError: { code: ErrorCode; message: string; at: string } | null;
}

export interface Feed {
  id: string;
  sourceId: string;
  /** The URL as added by the user. */
  url: string;
  /** Where the feed lives now, after permanent redirects; fetches go here. */
  effectiveUrl: string;
  title: string | null;
  siteUrl: string | null;
  format: FeedFormat | null;
  language: string | null;
  enabled: boolean;
  disabledReason: string | null;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  intervalSeconds: number;
  /** Whether articles are completed from their web pages (migration 0007). */
  fullText: FullTextPolicy;
  health: FeedHealth;
  /** What the last parsed body needed worked around; empty for a clean feed (migration 0005). */
  parseWarnings: ParseWarning[];
  createdAt: string;
  updatedAt: string;
}

/**
 * Something the parse of a feed worked around, like feedparser's `bozo`: the feed was read, but not as written.
 * `count` is how many items (or 1 for the document as a whole).
 */
export type ParseWarningCode = 'recovered_markup' | 'items_skipped' | 'duplicate_items' | 'dates_unusable' | 'dates_clamped' | 'items_capped' | 'items_over_budget';

export interface ParseWarning {
  code: ParseWarningCode;
  message: string;
  count: number;
}

export type FetchStatus = 'ok' | 'not_modified' | 'unchanged' | 'error';

/** One fetch attempt of one feed, as stored in the fetches table. */
export interface FetchRecord {
  id: string;
  feedId: string;
  startedAt: string;
  durationMs: number;
  status: FetchStatus;
  httpStatus: number | null;
  errorCode: ErrorCode | null;
  errorMessage: string | null;
  bytes: number | null;
  itemsSeen: number;
  itemsNew: number;
  itemsUpdated: number;
  /** What this fetch's parse worked around (ok fetches only). */
  parseWarnings: ParseWarning[];
}
