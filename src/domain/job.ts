/**
 * Work the queue holds per article, in the order it must happen for one article: its page is extracted before it is
 * enriched, and it is enriched before it is clustered (its entities count for its story).
 */
export const JOB_KINDS = ['extract', 'enrich', 'cluster'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/**
 * pending: to do (possibly leased by a worker right now); waiting: to do once the earlier kinds of work on its article
 * are done (their completion or failure makes it pending); dead: its attempts are used up.
 */
export type JobState = 'pending' | 'waiting' | 'dead';

/** A job a worker claimed: the lease is its own until it completes, fails or the lease runs out. */
export interface ClaimedJob {
  kind: JobKind;
  articleId: string;
  seq: number;
  attempts: number;
}

/** Kinds that must be finished for an article before `kind` runs for it. */
export function kindsBefore(kind: JobKind): JobKind[] {
  return JOB_KINDS.slice(0, JOB_KINDS.indexOf(kind));
}

/** Queued work on one article, as the ordering rule sees it. */
export interface QueuedWork {
  kind: JobKind;
  state: JobState;
  /** UTC ISO-8601. */
  runAfter: string;
}

/**
 * Whether work of `kind` on an article waits, given the article's other queued work: an earlier kind holds it back
 * while that is due (pending with its time come, leased or not) or waiting itself. A retry whose time has not come,
 * or dead work, holds nothing back: the article goes on with what it has.
 */
export function mustWait(kind: JobKind, others: readonly QueuedWork[], now: string): boolean {
  const before = kindsBefore(kind);
  return others.some((o) => before.includes(o.kind) && (o.state === 'waiting' || (o.state === 'pending' && o.runAfter <= now)));
}
