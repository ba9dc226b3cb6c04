import type { ParseWarning } from '../../domain/feed.ts';

/** What one parse + normalize of a feed body worked around, counted; the input of parseWarnings(). */
export interface ParseTally {
  /** Problems the recovering XML parser reported (RawFeed.warnings). */
  recovered: readonly string[];
  /** Items dropped for having nothing in them (no title, link, content, id, date, author or category). */
  empty: number;
  /** Superseded copies of an item repeated in the document. */
  duplicates: number;
  /** Items whose date strings were all unreadable or in the future, so their date is estimated. */
  unusableDates: number;
  /** Items whose date had an out-of-range UTC offset ("+15:00"), clamped to +-14:00 so the date is kept. */
  clampedDates?: number;
  /** Items beyond the per-feed cap, not stored. */
  capped?: number;
  /** Items left unread when the feed's parse budget (INGEST_PARSE_BUDGET_MS) ran out. */
  overBudget?: number;
}

/**
 * Parse warnings, like feedparser's `bozo` flag but itemized: one per kind of problem, with a count, so operators
 * see a feed that is read only in part or only by recovery. Empty for a clean feed.
 */
export function parseWarnings(t: ParseTally): ParseWarning[] {
  const out: ParseWarning[] = [];
  if (t.recovered.length > 0) {
    const more = t.recovered.length > 1 ? ` (and ${t.recovered.length - 1} more)` : '';
    out.push({ code: 'recovered_markup', message: `malformed XML read by the recovering parser: ${t.recovered[0]}${more}`, count: t.recovered.length });
  }
  if (t.empty > 0) out.push({ code: 'items_skipped', message: `${plural(t.empty, 'item')} with nothing in them skipped`, count: t.empty });
  if (t.duplicates > 0) {
    out.push({ code: 'duplicate_items', message: `${plural(t.duplicates, 'older copy', 'older copies')} of repeated items skipped`, count: t.duplicates });
  }
  if (t.unusableDates > 0) {
    out.push({
      code: 'dates_unusable',
      message: `${plural(t.unusableDates, 'item')} with an unreadable or future date; the date is estimated`,
      count: t.unusableDates,
    });
  }
  if (t.clampedDates !== undefined && t.clampedDates > 0) {
    out.push({
      code: 'dates_clamped',
      message: `${plural(t.clampedDates, 'item')} with a UTC offset beyond ±14:00; the offset was clamped`,
      count: t.clampedDates,
    });
  }
  if (t.capped !== undefined && t.capped > 0) {
    out.push({ code: 'items_capped', message: `${plural(t.capped, 'item')} over the per-feed limit not stored (the newest are kept)`, count: t.capped });
  }
  if (t.overBudget !== undefined && t.overBudget > 0) {
    out.push({ code: 'items_over_budget', message: `${plural(t.overBudget, 'item')} left unread when the parse budget ran out`, count: t.overBudget });
  }
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
