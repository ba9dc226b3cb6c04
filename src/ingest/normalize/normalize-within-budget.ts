import type { NewArticle } from '../../domain/article.ts';
import type { RawFeed } from '../../domain/raw-feed.ts';
import { normalizeFeed, SKIP_DUPLICATE, type NormalizeContext, type NormalizedFeed } from './normalize-feed.ts';
import type { ParseTally } from './parse-warnings.ts';

export interface NormalizeBudget {
  /** Wall time the items may take, from the first; what is left unread after it is dropped. */
  maxMs: number;
  /** Items normalised between two yields to the event loop. */
  sliceItems?: number;
  now?: () => number;
}

export interface BudgetedFeed extends NormalizedFeed {
  /** Items left unread when the budget ran out (0 when every item was read). */
  unread: number;
}

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/** When a copy of an item was last revised, as normalizeFeed compares copies. */
const revisionTime = (a: NewArticle) => a.updatedAt ?? a.publishedAt;

/**
 * normalizeFeed over a feed's items a slice at a time, yielding to the event loop between slices (other feeds and
 * the queue's work on the same thread go on) and stopping once the time budget is spent: a feed of a hundred
 * thousand items, or items made to be slow, costs at most the budget and stops no other feed. Copies of one item in
 * different slices are merged as normalizeFeed merges them within one (the latest revision, the later on a tie).
 */
export async function normalizeWithinBudget(raw: RawFeed, ctx: NormalizeContext, budget: NormalizeBudget): Promise<BudgetedFeed> {
  const now = budget.now ?? (() => performance.now());
  const slice = Math.max(1, budget.sliceItems ?? 250);
  const started = now();
  const articles: NewArticle[] = [];
  const skipped: NormalizedFeed['skipped'] = [];
  const byKey = new Map<string, { slot: number; index: number }>();
  let meta: NormalizedFeed['meta'] | null = null;
  // The tally of every slice summed; the recovering parser's notes belong to the document, so they come once.
  const tally: ParseTally = { recovered: raw.warnings ?? [], empty: 0, duplicates: 0, unusableDates: 0, clampedDates: 0 };
  let from = 0;
  do {
    const part = normalizeFeed({ ...raw, items: raw.items.slice(from, from + slice) }, ctx);
    meta ??= part.meta;
    tally.empty += part.tally.empty;
    tally.duplicates += part.tally.duplicates;
    tally.unusableDates += part.tally.unusableDates;
    tally.clampedDates = (tally.clampedDates ?? 0) + (part.tally.clampedDates ?? 0);
    const keptIndexes = new Set(part.skipped.map((s) => s.index));
    for (const s of part.skipped) skipped.push({ index: s.index + from, reason: s.reason });
    // The articles of a slice come in the order of their first copy: each is given the next item index not skipped
    // (exact unless a copy inside the slice replaced an earlier one; the index is only reported with a skip).
    let local = 0;
    for (const article of part.articles) {
      while (keptIndexes.has(local)) local++;
      const index = from + local++;
      const seen = byKey.get(article.dedupKey);
      if (seen === undefined) {
        byKey.set(article.dedupKey, { slot: articles.length, index });
        articles.push(article);
      } else if (revisionTime(article) >= revisionTime(articles[seen.slot]!)) {
        skipped.push({ index: seen.index, reason: SKIP_DUPLICATE });
        tally.duplicates++;
        articles[seen.slot] = article;
        byKey.set(article.dedupKey, { slot: seen.slot, index });
      } else {
        skipped.push({ index, reason: SKIP_DUPLICATE });
        tally.duplicates++;
      }
    }
    from += slice;
    if (from >= raw.items.length) break;
    await yieldNow();
  } while (now() - started <= budget.maxMs);
  skipped.sort((a, b) => a.index - b.index);
  return { meta: meta!, articles, skipped, tally, unread: Math.max(0, raw.items.length - from) };
}
