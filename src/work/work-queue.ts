import type { ClusterSummary } from '../cluster/cluster-context.ts';
import type { Config } from '../config/config.ts';
import type { Clock } from '../domain/clock.ts';
import { pageFetcherFromSettings, type PageFetcher } from '../ingest/extract/page-fetcher.ts';
import type { Logger } from '../log/logger.ts';
import { isDeadLocalOwner, newLeaseOwner } from '../scheduler/lease-owner.ts';
import type { Db } from '../store/db.ts';
import type { Repositories } from '../store/repositories/index.ts';
import { coalesce } from './coalesce.ts';
import { drainQueue, type DrainSummary } from './drain-queue.ts';
import { createJobHandlers } from './job-handlers.ts';

export interface WorkQueueDeps {
  db: Db;
  repos: Repositories;
  config: Config;
  logger: Logger;
  clock?: Clock;
  pageFetcher?: PageFetcher;
  onStoriesChanged?: (changes: ClusterSummary) => Promise<void> | void;
}

export interface WorkQueue {
  /** Runs every due job until none is left; overlapping calls share runs. */
  drain(): Promise<DrainSummary>;
  readonly owner: string;
}

/**
 * This process's worker on the durable queue: its handlers (extract, enrich, cluster), its lease owner name, and a
 * drain that first frees the leases of dead local workers (a killed `newsgraph ingest`), so their jobs are taken
 * up at once rather than when their leases end.
 */
export async function createWorkQueue(deps: WorkQueueDeps, opts: { signal?: AbortSignal } = {}): Promise<WorkQueue> {
  const s = deps.config.settings;
  const owner = newLeaseOwner();
  const logger = deps.logger.child({ subsystem: 'work', worker: owner });
  const handlers = await createJobHandlers({
    db: deps.db,
    repos: deps.repos,
    logger,
    cluster: {
      logger: deps.logger.child({ subsystem: 'cluster' }),
      windowDays: s.CLUSTER_WINDOW_DAYS,
      relatedArticles: s.CLUSTER_RELATED_ARTICLES,
      ...(deps.clock ? { clock: deps.clock } : {}),
    },
    extraction: {
      pageFetcher: deps.pageFetcher ?? pageFetcherFromSettings(s),
      settings: s,
      logger: deps.logger.child({ subsystem: 'extract' }),
      ...(deps.clock ? { clock: deps.clock } : {}),
    },
    ...(deps.onStoriesChanged ? { onStoriesChanged: deps.onStoriesChanged } : {}),
  });
  const run = async (): Promise<DrainSummary> => {
    for (const other of await deps.repos.jobs.leaseOwners()) {
      if (!isDeadLocalOwner(other, owner)) continue;
      const released = await deps.repos.jobs.releaseLeasesOf(other);
      if (released) logger.info({ released, dead_worker: other }, 'released job leases of a dead local worker');
    }
    const summary = await drainQueue(
      {
        repos: deps.repos,
        logger,
        owner,
        leaseSeconds: s.JOB_LEASE_SECONDS,
        maxAttempts: s.JOB_MAX_ATTEMPTS,
        backoffSeconds: s.JOB_BACKOFF_SECONDS,
        ...(deps.clock ? { clock: deps.clock } : {}),
      },
      handlers,
      opts,
    );
    const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    if (total(summary.done) || total(summary.failed)) logger.info({ done: summary.done, failed: summary.failed, dead: summary.dead }, 'work queue drained');
    return summary;
  };
  return { drain: coalesce(run), owner };
}
