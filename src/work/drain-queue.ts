import { systemClock, type Clock } from '../domain/clock.ts';
import { JOB_KINDS, type ClaimedJob, type JobKind } from '../domain/job.ts';
import type { Logger } from '../log/logger.ts';
import type { JobFailure } from '../store/repositories/job-repository.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { JobHandler } from './job-handler.ts';

export interface DrainContext {
  repos: Pick<Repositories, 'jobs'>;
  logger: Logger;
  clock?: Clock;
  /** This worker's lease owner name. */
  owner: string;
  leaseSeconds: number;
  maxAttempts: number;
  backoffSeconds: number;
  /** Jobs claimed at once, per kind. */
  batchSize?: Partial<Record<JobKind, number>>;
}

export interface DrainSummary {
  done: Record<JobKind, number>;
  failed: Record<JobKind, number>;
  /** Jobs that used up their attempts in this drain. */
  dead: number;
  /** False when stopped by the signal with due work left. */
  complete: boolean;
}

// Extraction is mostly waiting (on hosts and their spacing): a larger batch keeps more pages in flight.
const DEFAULT_BATCH: Record<JobKind, number> = { extract: 64, enrich: 50, cluster: 50 };

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The wait before retry `attempt` (1-based) of a failed job: doubling from the base, capped at a day. */
export function jobRetryDelaySeconds(attempt: number, baseSeconds: number): number {
  return Math.min(86_400, baseSeconds * 2 ** Math.max(0, attempt - 1));
}

/**
 * Runs every due job until none is left. Extraction waits on other hosts (and on their politeness spacing), so it
 * runs in a lane of its own, a sliding window of small claimed groups, beside enrichment and clustering, which use
 * the CPU and run a claimed batch at a time: page fetches never hold the CPU work up, nor the reverse. Claims are leased and the leases renewed while
 * a batch runs, so a killed worker's jobs come back to others when its leases end. A failed job waits with backoff
 * and is dead-lettered after its attempts.
 */
export async function drainQueue(
  ctx: DrainContext,
  handlers: Record<JobKind, JobHandler>,
  opts: { signal?: AbortSignal } = {},
): Promise<DrainSummary> {
  const clock = ctx.clock ?? systemClock;
  const summary: DrainSummary = { done: { extract: 0, enrich: 0, cluster: 0 }, failed: { extract: 0, enrich: 0, cluster: 0 }, dead: 0, complete: true };
  // The extraction lane wakes the CPU lane after each batch: finished extractions free their articles' enrichment.
  let extracting = true;
  let wake: () => void = () => {};
  let extracted = new Promise<void>((resolve) => (wake = resolve));
  const signalExtracted = () => {
    wake();
    extracted = new Promise<void>((resolve) => (wake = resolve));
  };
  /** Claims and runs batches of `kinds`, in their order, until none of them is due; true if it ran any. */
  const lane = async (kinds: readonly JobKind[], afterBatch: () => void, waitForMore: () => Promise<boolean>): Promise<boolean> => {
    let ranAny = false;
    for (;;) {
      let claimedAny = false;
      for (const kind of kinds) {
        await yieldToEventLoop();
        if (opts.signal?.aborted) {
          summary.complete = false;
          return ranAny;
        }
        const jobs = await ctx.repos.jobs.claim({
          kind,
          owner: ctx.owner,
          now: clock.now().toISOString(),
          leaseSeconds: ctx.leaseSeconds,
          limit: ctx.batchSize?.[kind] ?? DEFAULT_BATCH[kind],
        });
        if (!jobs.length) continue;
        claimedAny = ranAny = true;
        await runBatch(ctx, clock, kind, jobs, handlers[kind], summary);
        afterBatch();
      }
      if (!claimedAny && !(await waitForMore())) return ranAny;
    }
  };
  const cpu = JOB_KINDS.filter((k) => k !== 'extract');
  /**
   * Extraction waits on hosts and on their spacing, not on the CPU: its jobs run in a window of `size` in flight,
   * topped up whenever a claimed group ends, so a host that makes its pages wait holds only their own slots, never the
   * rest of a batch (run batch by batch, one busy host held every batch to its spacing).
   */
  const slidingLane = async (kind: JobKind, afterGroup: () => void): Promise<boolean> => {
    const size = ctx.batchSize?.[kind] ?? DEFAULT_BATCH[kind];
    // Claimed in groups of an eighth of the window: a group ends (and frees its slots) when its last job does, and
    // each claim is a statement.
    const group = Math.ceil(size / 8);
    const running = new Set<Promise<void>>();
    let inFlight = 0;
    let ranAny = false;
    for (;;) {
      await yieldToEventLoop();
      if (opts.signal?.aborted) {
        summary.complete = false;
        break;
      }
      const limit = Math.min(group, size - inFlight);
      let claimed = 0;
      if (limit > 0) {
        const jobs = await ctx.repos.jobs.claim({ kind, owner: ctx.owner, now: clock.now().toISOString(), leaseSeconds: ctx.leaseSeconds, limit });
        claimed = jobs.length;
        if (claimed) {
          ranAny = true;
          inFlight += claimed;
          const n = claimed;
          const run: Promise<void> = runBatch(ctx, clock, kind, jobs, handlers[kind], summary).finally(() => {
            inFlight -= n;
            running.delete(run);
            afterGroup();
          });
          running.add(run);
        }
      }
      // A full claim may have left more due: claim again at once; otherwise wait for a group to end.
      if (claimed > 0 && claimed === limit) continue;
      if (!running.size) break;
      await Promise.race(running);
    }
    await Promise.all(running);
    return ranAny;
  };
  const ioLane = async () => {
    try {
      return await slidingLane('extract', signalExtracted);
    } finally {
      extracting = false;
      wake();
    }
  };
  // With nothing due, the CPU lane waits for the next extraction batch while that lane still runs.
  const cpuLane = () =>
    lane(cpu, () => {}, async () => {
      if (!extracting) return false;
      await extracted;
      return true;
    });
  // Again while either lane found work: a last extraction may have queued enrichment after the CPU lane ended.
  for (;;) {
    extracting = true;
    extracted = new Promise<void>((resolve) => (wake = resolve));
    const [a, b] = await Promise.all([ioLane(), cpuLane()]);
    if (!summary.complete || (!a && !b)) return summary;
  }
}

async function runBatch(ctx: DrainContext, clock: Clock, kind: JobKind, jobs: ClaimedJob[], handler: JobHandler, summary: DrainSummary): Promise<void> {
  const renewEvery = Math.max(1000, (ctx.leaseSeconds * 1000) / 3);
  const renewal = setInterval(() => {
    const until = new Date(clock.now().getTime() + ctx.leaseSeconds * 1000).toISOString();
    ctx.repos.jobs.renew(jobs, ctx.owner, until).catch((e) => ctx.logger.warn({ err: e, kind }, 'could not renew job leases'));
  }, renewEvery);
  renewal.unref();
  let failures: { articleId: string; error: string }[];
  try {
    failures = (await handler(jobs.map((j) => j.articleId))).failed;
  } catch (e) {
    ctx.logger.error({ err: e, kind, jobs: jobs.length }, 'a job batch failed');
    failures = jobs.map((j) => ({ articleId: j.articleId, error: (e as Error).message ?? String(e) }));
  } finally {
    clearInterval(renewal);
  }
  const byArticle = new Map(jobs.map((j) => [j.articleId, j]));
  const failedIds = new Set(failures.map((f) => f.articleId));
  // Whatever the handler did not report as failed is done (an article it skipped no longer exists).
  const completed = jobs.filter((j) => !failedIds.has(j.articleId));
  const now = clock.now();
  await ctx.repos.jobs.complete(completed, ctx.owner, now.toISOString());
  const records: JobFailure[] = [];
  for (const f of failures) {
    const job = byArticle.get(f.articleId);
    if (!job) continue;
    const attempt = job.attempts + 1;
    const retryAt =
      attempt >= ctx.maxAttempts ? null : new Date(now.getTime() + jobRetryDelaySeconds(attempt, ctx.backoffSeconds) * 1000).toISOString();
    if (retryAt === null) {
      summary.dead++;
      ctx.logger.error({ article_id: f.articleId, kind, attempts: attempt, error: f.error }, 'job dead-lettered after its last attempt');
    } else {
      ctx.logger.warn({ article_id: f.articleId, kind, attempts: attempt, retry_at: retryAt, error: f.error }, 'job failed; retried later');
    }
    records.push({ job, error: f.error, retryAt });
  }
  await ctx.repos.jobs.fail(records, ctx.owner, now.toISOString());
  summary.done[kind] += completed.length;
  summary.failed[kind] += records.length;
}
