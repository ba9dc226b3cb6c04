/** What one batch of jobs of a kind came to: the articles whose work failed (the others' is done). */
export interface JobOutcome {
  failed: { articleId: string; error: string }[];
}

/**
 * Does one kind of work for a batch of articles. Idempotent: running it again for an article whose work is already
 * done (a worker killed after the work, before the job row went) changes nothing. An article that no longer exists is
 * done. Throwing fails the whole batch.
 */
export type JobHandler = (articleIds: string[]) => Promise<JobOutcome>;
