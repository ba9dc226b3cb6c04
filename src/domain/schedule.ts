/** The contract between a fetch and the scheduling policy: what happened, and what to do next. */
export type FetchOutcome =
  /** 200 (new or unchanged body) and 304; on 304 `publishedAt` may be empty and the previous interval is kept. */
  | {
      kind: 'success';
      publishedAt: Date[];
      ttlMinutes: number | null;
      cacheMaxAgeSeconds: number | null;
      expiresAt: Date | null;
      retryAfterSeconds: number | null;
    }
  | { kind: 'error'; code: string; retryAfterSeconds: number | null; httpStatus: number | null };

export type ScheduleReason = 'interval' | 'ttl' | 'cache-control' | 'expires' | 'retry-after' | 'backoff' | 'disabled';

export interface ScheduleDecision {
  nextFetchAt: Date;
  reason: ScheduleReason;
  /** Base interval to remember for next time: success -> the chosen interval; error -> the previous one, unchanged. */
  intervalSeconds: number;
  /** 0 after a success, previous + 1 after an error (a 410 included). */
  errorCount: number;
  /** Set only for 410 Gone: the feed is disabled and this says why. */
  disable: { reason: string } | null;
}
