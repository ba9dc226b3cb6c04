import type { ClusterContext, ClusterSummary } from '../cluster/cluster-context.ts';
import type { PipelineDeps } from '../ingest/pipeline.ts';
import type { IngestContext } from '../scheduler/ingest-pass.ts';
import type { Runtime } from './runtime.ts';
import { createWorkQueue, type WorkQueue } from '../work/work-queue.ts';

export type OnStored = NonNullable<PipelineDeps['onStored']>;

/** The clusterer's context for a command: the runtime's store and the two clustering settings. */
export function clusterContext(rt: Runtime): ClusterContext {
  const s = rt.config.settings;
  return {
    db: rt.db,
    repos: rt.repos,
    logger: rt.logger.child({ subsystem: 'cluster' }),
    windowDays: s.CLUSTER_WINDOW_DAYS,
    relatedArticles: s.CLUSTER_RELATED_ARTICLES,
  };
}

/**
 * Runs every hook in order, each even when an earlier one failed (an article whose enrichment failed still gets a
 * story, subscribers still hear of it); the first failure is rethrown afterwards for the pipeline to log.
 */
export function allOf(...hooks: OnStored[]): OnStored {
  return async (event) => {
    let failure: unknown = null;
    for (const hook of hooks) {
      try {
        await hook(event);
      } catch (e) {
        failure ??= e;
      }
    }
    if (failure) throw failure;
  };
}

/**
 * The work queue of a command or the service, and the onStored hook of every ingest path: after a feed's articles
 * and their jobs are committed, the queue is drained (pages extracted, then articles enriched, then clustered, so
 * their entities count). `onStoriesChanged` hears of the stories that gained articles or reactions, and of merges.
 */
export async function enrichAndCluster(
  rt: Runtime,
  opts: { onStoriesChanged?: (changes: ClusterSummary) => Promise<void> | void } = {},
): Promise<OnStored> {
  return drainingHook(await runtimeWorkQueue(rt, opts));
}

/** The runtime's worker on the durable work queue. */
export function runtimeWorkQueue(
  rt: Runtime,
  opts: { onStoriesChanged?: (changes: ClusterSummary) => Promise<void> | void } = {},
): Promise<WorkQueue> {
  return createWorkQueue({ db: rt.db, repos: rt.repos, config: rt.config, logger: rt.logger, ...(opts.onStoriesChanged ? { onStoriesChanged: opts.onStoriesChanged } : {}) });
}

/** An onStored hook that drains the queue (the stored articles' jobs are in it). */
export function drainingHook(queue: WorkQueue): OnStored {
  return async () => {
    await queue.drain();
  };
}

/** The ingest context of a command (ingest, demo): the runtime's store and services, draining the work queue. */
export async function enrichingIngestContext(rt: Runtime): Promise<IngestContext> {
  const queue = await runtimeWorkQueue(rt);
  return {
    db: rt.db,
    repos: rt.repos,
    config: rt.config,
    logger: rt.logger,
    metrics: rt.metrics,
    // Feeds keep being fetched while their articles' work runs; the pass waits for the queue at its end.
    onStored: () => {
      queue.drain().catch((e) => rt.logger.error({ err: e }, 'draining the work queue failed; the jobs stay queued'));
    },
    drainWork: queue.drain,
  };
}
