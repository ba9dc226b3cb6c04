/**
 * How often a feed publishes, estimated from its items' publish times, turned into a polling interval.
 * Pure: the same dates and `now` always give the same answer.
 */

/** How many of the most recent distinct publish times we look at: recent behaviour matters, old history does not. */
export const RECENT_ITEMS = 10;

/** Dates further in the future than this are bogus (wrong time zone, placeholder dates) and are ignored. */
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;

/**
 * While a feed is silent longer than usual, its current gap is at least the time since its newest item; we poll at a
 * quarter of that silence so a feed that went quiet backs off gradually instead of being hammered at its old burst
 * rate, yet one quiet night does not delay the morning's first item by much.
 */
const SILENCE_DIVISOR = 4;

/**
 * Interval (seconds) suggested by the observed publishing rate: half the median gap between the most recent
 * {@link RECENT_ITEMS} distinct publish times (so we usually catch an item within half a gap), raised to a quarter of
 * the age of the newest item when the feed has gone quiet. Null when fewer than 2 distinct usable dates.
 * Not clamped: the caller applies its policy bounds.
 */
export function intervalFromPublishing(publishedAt: readonly Date[], now: Date): number | null {
  const nowMs = now.getTime();
  const times = recentDistinctTimes(publishedAt, nowMs);
  if (times.length < 2) return null;

  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) gaps.push((times[i - 1] as number) - (times[i] as number));
  const halfMedianGapMs = median(gaps) / 2;

  // Slightly-future dates (clock skew within the tolerance) count as "just now".
  const silenceMs = Math.max(0, nowMs - (times[0] as number));
  const intervalMs = Math.max(halfMedianGapMs, silenceMs / SILENCE_DIVISOR);
  return Math.max(1, Math.round(intervalMs / 1000));
}

/** Valid, not-too-future, distinct epoch milliseconds, newest first, at most RECENT_ITEMS of them. */
function recentDistinctTimes(dates: readonly Date[], nowMs: number): number[] {
  const limit = nowMs + FUTURE_TOLERANCE_MS;
  const distinct = new Set<number>();
  for (const d of dates) {
    const t = d instanceof Date ? d.getTime() : Number.NaN;
    if (Number.isFinite(t) && t <= limit) distinct.add(t);
  }
  return [...distinct].sort((a, b) => b - a).slice(0, RECENT_ITEMS);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
