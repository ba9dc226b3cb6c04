import type { ClusterContext, ClusterSummary } from '../cluster/cluster-context.ts';
import type { PipelineDeps } from '../ingest/pipeline.ts';
import type { IngestContext } from '../scheduler/ingest-pass.ts';
import { publishChangedStories } from '../graphql/publish-changed-stories.ts';
import { publishStoredArticles } from '../graphql/publish-stored-articles.ts';
import type { EventTransport } from './event-transport.ts';
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

/** A hook built at its first call (once, however many calls overlap), for hooks whose modules are costly to load. */
export function lazily(build: () => Promise<OnStored>): OnStored {
  let hook: Promise<OnStored> | null = null;
  return async (event) => {
    hook ??= build().catch((e) => {
      hook = null;
      throw e;
    });
    return (await hook)(event);
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

/**
 * The ingest context of a command (ingest, demo): the runtime's store and services, draining the work queue. With a
 * cross-process event transport, the stored articles and the stories clustering changed are published on it, so API
 * replicas deliver them to their subscribers.
 */
export async function enrichingIngestContext(rt: Runtime, transport?: EventTransport): Promise<IngestContext> {
  const publish = transport?.crossProcess ? transport : null;
  const queue = await runtimeWorkQueue(rt, publish ? { onStoriesChanged: publishChangedStories(publish.stories, rt.repos) } : {});
  // Feeds keep being fetched while their articles' work runs; the pass waits for the queue at its end.
  const drain: OnStored = () => {
    queue.drain().catch((e) => rt.logger.error({ err: e }, 'draining the work queue failed; the jobs stay queued'));
  };
  return {
    db: rt.db,
    repos: rt.repos,
    config: rt.config,
    logger: rt.logger,
    metrics: rt.metrics,
    onStored: publish ? allOf(drain, publishStoredArticles(publish.articles, rt.repos)) : drain,
    drainWork: queue.drain,
  };
}
