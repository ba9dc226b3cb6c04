import type { ClusterContext, ClusterSummary } from '../cluster/cluster-context.ts';
import { systemClock } from '../domain/clock.ts';
import type { JobKind } from '../domain/job.ts';
import type { ExtractionContext } from '../ingest/extract/run-extraction.ts';
import type { Logger } from '../log/logger.ts';
import type { Db } from '../store/db.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { JobHandler, JobOutcome } from './job-handler.ts';

export interface JobHandlerDeps {
  db: Db;
  repos: Repositories;
  logger: Logger;
  cluster: Omit<ClusterContext, 'db' | 'repos'>;
  extraction: Omit<ExtractionContext, 'repos'>;
  /** Hears of the stories clustering changed (the storyUpdated subscription). */
  onStoriesChanged?: (changes: ClusterSummary) => Promise<void> | void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The work behind each job kind. The enrichment and clustering code is imported here, not at the top of a module:
 * its models take a second or two to load, and commands that never drain the queue should not pay for it.
 */
export async function createJobHandlers(deps: JobHandlerDeps): Promise<Record<JobKind, JobHandler>> {
  const { enrichArticles } = await import('../enrich/run-enrichment.ts');
  const { clusterArticles } = await import('../cluster/cluster-articles.ts');
  const { runExtraction } = await import('../ingest/extract/run-extraction.ts');
  const clusterCtx: ClusterContext = { ...deps.cluster, db: deps.db, repos: deps.repos };
  const extractionCtx: ExtractionContext = { ...deps.extraction, repos: deps.repos };
  const clock = deps.extraction.clock ?? systemClock;

  /** Page extraction; a changed text brings enrichment and clustering back, a failed fetch its own retry. */
  const extract: JobHandler = async (ids) => {
    const outcome: JobOutcome = { failed: [] };
    await Promise.all(
      ids.map(async (articleId) => {
        try {
          const r = await runExtraction(extractionCtx, articleId);
          const now = clock.now().toISOString();
          const again = [
            ...(r.changed ? [{ kind: 'enrich' as const, articleId }, { kind: 'cluster' as const, articleId }] : []),
            ...(r.retryAt ? [{ kind: 'extract' as const, articleId, runAfter: r.retryAt }] : []),
          ];
          if (again.length) await deps.db.kysely.transaction().execute((trx) => deps.repos.jobs.enqueue(trx, again, now));
        } catch (e) {
          outcome.failed.push({ articleId, error: messageOf(e) });
        }
      }),
    );
    return outcome;
  };

  const enrich: JobHandler = async (ids) => {
    const r = await enrichArticles({ db: deps.db, repos: deps.repos, logger: deps.logger.child({ subsystem: 'enrich' }), clock }, ids);
    return { failed: r.failed.map((articleId) => ({ articleId, error: 'enrichment threw for this article' })) };
  };

  const cluster: JobHandler = async (ids) => {
    const place = async (batch: string[]) => {
      const r = await clusterArticles(clusterCtx, batch);
      if (r.changedStoryIds.length || r.merges.length) await deps.onStoriesChanged?.(r);
      return r.failed;
    };
    let failed = await place(ids);
    // A batch fails as a whole: place its articles one at a time, so one bad article holds back only itself.
    if (failed.length > 1) {
      const single: string[] = [];
      for (const id of failed) single.push(...(await place([id])));
      failed = single;
    }
    return { failed: failed.map((articleId) => ({ articleId, error: 'clustering failed for this article' })) };
  };

  return { extract, enrich, cluster };
}
