/**
 * An item's publication time. Never invented from a bad string: when the feed gives no usable date, the day in the
 * item URL's `/YYYY/MM/DD/` path is used, else the time the item was first fetched; either is marked estimated.
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

export interface ItemDateContext {
  /** The item's or feed's language: decides day/month order in ambiguous numeric dates. */
  language?: string | null;
  /** The item's resolved URL: a `/YYYY/MM/DD/` path dates an item that has no date of its own. */
  url?: string | null;
}

export function resolveItemDates(published: string | null, updated: string | null, fetchedAt: Date, context: ItemDateContext = {}): ItemDates {
  const latestPlausible = fetchedAt.getTime() + FUTURE_TOLERANCE_MS;
  const plausible = (raw: string | null): Date | null => {
    const date = parseFeedDate(raw, { language: context.language ?? null });
    // Defensive: an Invalid Date must never become a timestamp.
    return date !== null && !Number.isNaN(date.getTime()) && date.getTime() <= latestPlausible ? date : null;
  };
  const updatedDate = plausible(updated);
  const publishedDate = plausible(published) ?? updatedDate;
  if (publishedDate === null) {
    const fromUrl = dateFromUrlPath(context.url ?? null);
    if (fromUrl !== null && fromUrl.getTime() <= latestPlausible) {
      return { publishedAt: fromUrl.toISOString(), publishedAtEstimated: true, updatedAt: null };
    }
  }
  return {
    publishedAt: (publishedDate ?? fetchedAt).toISOString(),
    publishedAtEstimated: publishedDate === null,
    updatedAt: updatedDate?.toISOString() ?? null,
  };
}

const URL_DATE = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/;

/**
 * The day in a `/YYYY/MM/DD/` URL path, at 12:00 UTC: the same calendar day in every zone from UTC-12 to UTC+11,
 * since the time of day is unknown. Null for impossible days (`/2025/02/31/`).
 */
export function dateFromUrlPath(url: string | null): Date | null {
  if (url === null) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}
