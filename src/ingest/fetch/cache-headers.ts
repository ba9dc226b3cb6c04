import { parseHttpDate } from './http-date.ts';

/**
 * Freshness hints a feed server gives, used by the scheduler to choose the next fetch time.
 */

/**
 * `max-age` from a Cache-Control header, in seconds. `s-maxage` is for shared caches and ignored; `no-store`
 * means "do not rely on this", so null. Directive names are case-insensitive; a quoted value is accepted.
 */
export function parseCacheControlMaxAge(value: string | null | undefined): number | null {
  if (!value) return null;
  let maxAge: number | null = null;
  for (const part of value.split(',')) {
    const [rawName = '', rawValue] = part.split('=', 2);
    const name = rawName.trim().toLowerCase();
    if (name === 'no-store') return null;
    if (name !== 'max-age' || rawValue === undefined) continue;
    const v = rawValue.trim().replace(/^"(.*)"$/, '$1');
    if (/^\d+$/.test(v) && maxAge === null) maxAge = Math.min(Number(v), 2 ** 31 - 1);
  }
  return maxAge;
}

/** An Expires header as ISO-8601, or null when absent or not a valid HTTP-date (e.g. "0", "-1"). */
export function parseExpires(value: string | null | undefined): string | null {
  const ms = parseHttpDate(value);
  return ms === null ? null : new Date(ms).toISOString();
}

/**
 * Retry-After as seconds from `now`: either delay-seconds or an HTTP-date. A date in the past gives 0.
 * Null when absent or unparseable.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | null {
  if (!value) return null;
  const s = value.trim();
  if (/^\d+$/.test(s)) return Math.min(Number(s), 2 ** 31 - 1);
  const ms = parseHttpDate(s);
  if (ms === null) return null;
  return Math.max(0, Math.ceil((ms - now.getTime()) / 1000));
}
