import { JOB_KINDS, type JobKind } from '../domain/job.ts';
import type { DrainSummary } from './drain-queue.ts';
import type { WorkQueue } from './work-queue.ts';

export interface WorkLoopOptions {
  /** Ends the loop: the batch in hand finishes, nothing more is claimed. */
  signal: AbortSignal;
  /** Wait between two looks at an empty queue. */
  idleMs: number;
  /** Stop at the first empty queue instead of waiting for more (for cron and tests). */
  untilEmpty?: boolean;
  /** Called after every drain that did something. */
  onDrained?: (s: DrainSummary) => void;
}

export interface WorkLoopSummary {
  done: Record<JobKind, number>;
  failed: Record<JobKind, number>;
  dead: number;
  /** Drains that found work. */
  rounds: number;
}

/** Resolves after `ms`, or at once when the signal fires. */
function idle(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * A worker that only drains the durable queue (page extraction, enrichment, clustering), apart from the processes
 * that fetch feeds: it drains until the queue is empty, looks again after `idleMs`, and goes on until the signal.
 * The queue must have been created with the same signal, so a drain in progress stops after its current batch.
 */
export async function runWorkLoop(queue: WorkQueue, opts: WorkLoopOptions): Promise<WorkLoopSummary> {
  const zero = () => Object.fromEntries(JOB_KINDS.map((k) => [k, 0])) as Record<JobKind, number>;
  const total: WorkLoopSummary = { done: zero(), failed: zero(), dead: 0, rounds: 0 };
  while (!opts.signal.aborted) {
    const s = await queue.drain();
    let n = 0;
    for (const k of JOB_KINDS) {
      total.done[k] += s.done[k];
      total.failed[k] += s.failed[k];
      n += s.done[k] + s.failed[k];
    }
    total.dead += s.dead;
    if (n) {
      total.rounds++;
      opts.onDrained?.(s);
      continue;
    }
    if (opts.untilEmpty) break;
    await idle(opts.idleMs, opts.signal);
  }
  return total;
}
