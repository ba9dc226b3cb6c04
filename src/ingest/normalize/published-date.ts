/**
 * An item's publication time. Never invented from a bad string: when the feed gives no usable date, the time the
 * item was first fetched is used and marked estimated.
 *
 * Decision on future dates: a date more than FUTURE_TOLERANCE_MS after the fetch (scheduled posts, wrong time zones,
 * year typos) is not trusted; the next candidate is tried, and failing that the fetch time is used, estimated.
 * An implausible updated date is dropped (null) for the same reason.
 */
import { parseFeedDate } from './parse-date.ts';

export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface ItemDates {
  /** UTC ISO-8601. */
  publishedAt: string;
  publishedAtEstimated: boolean;
  updatedAt: string | null;
}

export function resolveItemDates(published: string | null, updated: string | null, fetchedAt: Date): ItemDates {
  const latestPlausible = fetchedAt.getTime() + FUTURE_TOLERANCE_MS;
  const plausible = (raw: string | null): Date | null => {
    const date = parseFeedDate(raw);
    // Defensive: an Invalid Date must never become a timestamp.
    return date !== null && !Number.isNaN(date.getTime()) && date.getTime() <= latestPlausible ? date : null;
  };
  const updatedDate = plausible(updated);
  const publishedDate = plausible(published) ?? updatedDate;
  return {
    publishedAt: (publishedDate ?? fetchedAt).toISOString(),
    publishedAtEstimated: publishedDate === null,
    updatedAt: updatedDate?.toISOString() ?? null,
  };
}
