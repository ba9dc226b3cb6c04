/**
 * Work the queue holds per article, in the order it must happen for one article: its page is extracted before it is
 * enriched, and it is enriched before it is clustered (its entities count for its story).
 */
export const JOB_KINDS = ['extract', 'enrich', 'cluster'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** pending: to do (possibly leased by a worker right now); dead: its attempts are used up. */
export type JobState = 'pending' | 'dead';

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
