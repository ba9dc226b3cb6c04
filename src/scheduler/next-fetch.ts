/**
 * The scheduling policy: after a fetch, when to fetch the feed next, why, and its new error count.
 * Pure and deterministic (jitter is derived from the feed id), so every rule is testable without a clock.
 */
import type { FetchOutcome, ScheduleDecision, ScheduleReason } from '../domain/schedule.ts';
import { intervalFromPublishing } from './publishing-rate.ts';

export type { FetchOutcome, ScheduleDecision, ScheduleReason };

export interface SchedulePolicy {
  minIntervalSeconds: number;
  maxIntervalSeconds: number;
  backoffMaxSeconds: number;
}

export interface ScheduleInput {
  now: Date;
  outcome: FetchOutcome;
  previousErrorCount: number;
  previousIntervalSeconds: number | null;
  policy: SchedulePolicy;
  /** Seeds the jitter, so the same feed always gets the same offset and different feeds spread out. */
  feedId: string;
}

/**
 * Interval for a feed we know nothing about yet (no dated items, no remembered interval): one hour, then bounded by the
 * policy. Short enough to learn the feed's rhythm within a day, long enough not to hammer a feed we just added.
 */
export const DEFAULT_INTERVAL_SECONDS = 3600;

/** Jitter spreads feeds that would otherwise align: at most ±5% of the delay. */
export const JITTER_FRACTION = 0.05;

export const GONE_REASON = 'HTTP 410 Gone: the publisher removed this feed';

export function planNextFetch(input: ScheduleInput): ScheduleDecision {
  const { outcome } = input;
  if (outcome.kind === 'success') return planAfterSuccess(input, outcome);
  if (outcome.code === 'gone' || outcome.httpStatus === 410) return planDisabled(input);
  return planAfterError(input, outcome);
}

type Success = Extract<FetchOutcome, { kind: 'success' }>;
type Failure = Extract<FetchOutcome, { kind: 'error' }>;

/**
 * The publishing rate sets the base interval, clamped to the policy's [min, max]; server hints (ttl, max-age, Expires,
 * Retry-After) may only lengthen it, the largest hint names the reason, and the policy max still caps it.
 */
function planAfterSuccess(input: ScheduleInput, outcome: Success): ScheduleDecision {
  const { now, policy } = input;
  const base =
    intervalFromPublishing(outcome.publishedAt, now) ?? positiveOrNull(input.previousIntervalSeconds) ?? DEFAULT_INTERVAL_SECONDS;

  const min = policy.minIntervalSeconds;
  const max = Math.max(min, policy.maxIntervalSeconds);

  // Clamp first, so a hint is named as the reason only when it really lengthened the interval.
  let seconds = clamp(base, min, max);
  let reason: ScheduleReason = 'interval';
  for (const [hintReason, hintSeconds] of serverHints(outcome, now)) {
    if (hintSeconds !== null && hintSeconds > seconds) {
      seconds = hintSeconds;
      reason = hintReason;
    }
  }
  const interval = Math.round(Math.min(seconds, max));
  // A server hint is a "not before": jitter only later. Our own estimate may move either way.
  const delay = clamp(interval * (1 + jitter(input.feedId, 0, reason !== 'interval')), min, max);
  return {
    nextFetchAt: after(now, delay),
    reason,
    intervalSeconds: interval,
    errorCount: 0,
    disable: null,
  };
}

/** Each hint in seconds, or null when absent, non-positive or nonsensical. */
function serverHints(outcome: Success, now: Date): Array<[ScheduleReason, number | null]> {
  const expiresIn = outcome.expiresAt ? (outcome.expiresAt.getTime() - now.getTime()) / 1000 : null;
  return [
    ['ttl', positiveOrNull(outcome.ttlMinutes === null ? null : outcome.ttlMinutes * 60)],
    ['cache-control', positiveOrNull(outcome.cacheMaxAgeSeconds)],
    ['expires', positiveOrNull(expiresIn)],
    ['retry-after', positiveOrNull(outcome.retryAfterSeconds)],
  ];
}

/**
 * Exponential backoff from the policy minimum, doubling per consecutive error, capped at backoffMax; a larger
 * Retry-After wins (also capped). Never below the minimum interval, and never "give up": at the cap we keep retrying.
 */
function planAfterError(input: ScheduleInput, outcome: Failure): ScheduleDecision {
  const { now, policy } = input;
  const errorCount = Math.max(0, input.previousErrorCount) + 1;
  const min = policy.minIntervalSeconds;
  // If misconfigured with backoffMax < min, the minimum wins: we never retry faster than the normal floor.
  const cap = Math.max(min, policy.backoffMaxSeconds);

  const backoff = Math.min(cap, min * 2 ** (errorCount - 1));
  const retryAfter = positiveOrNull(outcome.retryAfterSeconds);
  const useRetryAfter = retryAfter !== null && retryAfter > backoff;
  const reason: ScheduleReason = useRetryAfter ? 'retry-after' : 'backoff';
  const seconds = clamp(useRetryAfter ? retryAfter : backoff, min, cap);

  // The error count is part of the seed so consecutive retries of one feed do not always land on the same offset.
  const delay = clamp(seconds * (1 + jitter(input.feedId, errorCount, useRetryAfter)), min, cap);
  return {
    nextFetchAt: after(now, delay),
    reason,
    intervalSeconds: rememberedInterval(input),
    errorCount,
    disable: null,
  };
}

/**
 * 410 Gone: the feed is disabled, so the scheduler will not pick it. next_fetch_at is still set (to the backoff cap,
 * no jitter) so a feed re-enabled by hand without resetting its schedule is not fetched in a burst.
 */
function planDisabled(input: ScheduleInput): ScheduleDecision {
  const { policy } = input;
  const delay = Math.max(policy.minIntervalSeconds, policy.backoffMaxSeconds);
  return {
    nextFetchAt: after(input.now, delay),
    reason: 'disabled',
    intervalSeconds: rememberedInterval(input),
    errorCount: Math.max(0, input.previousErrorCount) + 1,
    disable: { reason: GONE_REASON },
  };
}

function rememberedInterval(input: ScheduleInput): number {
  const { policy } = input;
  const previous = positiveOrNull(input.previousIntervalSeconds) ?? DEFAULT_INTERVAL_SECONDS;
  return Math.round(clamp(previous, policy.minIntervalSeconds, Math.max(policy.minIntervalSeconds, policy.maxIntervalSeconds)));
}

/**
 * A deterministic fraction of the delay in [-JITTER_FRACTION, +JITTER_FRACTION), or [0, +JITTER_FRACTION) when
 * `onlyLater` (server hints: coming back early would ignore what the server asked for).
 */
export function jitter(feedId: string, errorCount: number, onlyLater = false): number {
  const unit = fnv1a(`${feedId}#${errorCount}`) / 2 ** 32; // [0, 1)
  return onlyLater ? unit * JITTER_FRACTION : (unit * 2 - 1) * JITTER_FRACTION;
}

/** FNV-1a 32-bit: tiny, fast and well spread for short ids; not for security. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function positiveOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function after(now: Date, seconds: number): Date {
  return new Date(now.getTime() + Math.round(seconds * 1000));
}
