import type { ClusterContext, ClusterSummary } from '../cluster/cluster-context.ts';
import type { PipelineDeps } from '../ingest/pipeline.ts';
import type { IngestContext } from '../scheduler/ingest-pass.ts';
import { publishChangedStories } from '../graphql/publish-changed-stories.ts';
import { publishStoredArticles } from '../graphql/publish-stored-articles.ts';
import type { EventTransport } from './event-transport.ts';
import type { Runtime } from './runtime.ts';

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
 * The onStored hook of every ingest path: enrich the stored articles, then cluster them (after enrichment, so their
 * entities count). `onStoriesChanged` hears of the stories that gained articles or reactions, and of merges. The
 * enrichment and clustering code is imported here, not at the top of a module: its models take a second or two to
 * load, and commands that never ingest should not pay for it.
 */
export async function enrichAndCluster(
  rt: Runtime,
  opts: { onStoriesChanged?: (changes: ClusterSummary) => Promise<void> | void } = {},
): Promise<OnStored> {
  const { enrichStoredArticles } = await import('../enrich/run-enrichment.ts');
  const { clusterStoredArticles } = await import('../cluster/cluster-articles.ts');
  return allOf(
    enrichStoredArticles({ db: rt.db, repos: rt.repos, logger: rt.logger.child({ subsystem: 'enrich' }) }),
    clusterStoredArticles(clusterContext(rt), opts.onStoriesChanged ? { onStoriesChanged: opts.onStoriesChanged } : {}),
  );
}

/**
 * The ingest context of a command (ingest, demo): the runtime's store and services, enriching and clustering what a
 * pass stores. With a cross-process event transport, the stored articles and changed stories are published on it,
 * so API replicas deliver them to their subscribers.
 */
export async function enrichingIngestContext(rt: Runtime, transport?: EventTransport): Promise<IngestContext> {
  const publish = transport?.crossProcess ? transport : null;
  const enrichAndClusterHook = await enrichAndCluster(rt, publish ? { onStoriesChanged: publishChangedStories(publish.stories, rt.repos) } : {});
  return {
    db: rt.db,
    repos: rt.repos,
    config: rt.config,
    logger: rt.logger,
    metrics: rt.metrics,
    onStored: publish ? allOf(enrichAndClusterHook, publishStoredArticles(publish.articles, rt.repos)) : enrichAndClusterHook,
  };
}
