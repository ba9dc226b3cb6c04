import type { ClusterContext, ClusterSummary } from '../cluster/cluster-context.ts';
import type { PipelineDeps } from '../ingest/pipeline.ts';
import type { IngestContext } from '../scheduler/ingest-pass.ts';
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

/**
 * The onStored hook of every ingest path: enrich the stored articles, then cluster them (after enrichment, so their
 * entities count). `onStoriesChanged` hears of the stories that gained articles or reactions, and of merges. The
 * enrichment and clustering code (its models take a second or two to load) is imported when the first articles are
 * stored, not before: a pass with nothing due, or a command that never ingests, does not pay for it.
 */
export async function enrichAndCluster(
  rt: Runtime,
  opts: { onStoriesChanged?: (changes: ClusterSummary) => Promise<void> | void } = {},
): Promise<OnStored> {
  let loaded: Promise<OnStored> | null = null;
  const load = async (): Promise<OnStored> => {
    const { enrichStoredArticles } = await import('../enrich/run-enrichment.ts');
    const { clusterStoredArticles } = await import('../cluster/cluster-articles.ts');
    return allOf(
      enrichStoredArticles({ db: rt.db, repos: rt.repos, logger: rt.logger.child({ subsystem: 'enrich' }) }),
      clusterStoredArticles(clusterContext(rt), opts.onStoriesChanged ? { onStoriesChanged: opts.onStoriesChanged } : {}),
    );
  };
  return async (event) => (await (loaded ??= load()))(event);
}

/** The ingest context of a command (ingest, demo): the runtime's store and services, enriching and clustering what a pass stores. */
export async function enrichingIngestContext(rt: Runtime): Promise<IngestContext> {
  return {
    db: rt.db,
    repos: rt.repos,
    config: rt.config,
    logger: rt.logger,
    metrics: rt.metrics,
    onStored: await enrichAndCluster(rt),
  };
}
