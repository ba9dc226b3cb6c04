import { systemClock } from '../domain/clock.ts';
import type { Executor } from '../store/executor.ts';
import type { ClusterContext } from './cluster-context.ts';
import { clusterArticles, DEFAULT_CLUSTER_BATCH } from './cluster-articles.ts';
import { CLUSTER_VERSION } from './params.ts';

export interface ReclusterOptions {
  /** Only rebuild stories active at or after this time (UTC ISO-8601) and the articles published since. */
  since?: string;
  batchSize?: number;
  onProgress?: (p: { done: number; total: number; stories: number }) => void;
  /** Stops after the current batch; a plain `recluster` (or the next ingest) places what is left. */
  signal?: AbortSignal;
}

export interface ReclusterSummary {
  version: string;
  articles: number;
  /** Stories that exist after the run among those rebuilt. */
  stories: number;
  duplicates: number;
  merges: number;
  failed: number;
  durationMs: number;
  complete: boolean;
}

/**
 * Rebuilds stories from stored articles: dissolves them (all, or those active since `since`), then clusters the
 * articles again. Stories do not depend on the order articles are placed in, so this gives the stories ingestion
 * built: story ids are their first articles' ids, and an id that is gone is recorded as merged into the story that
 * now holds its founding article.
 */
export async function recluster(ctx: ClusterContext, opts: ReclusterOptions = {}): Promise<ReclusterSummary> {
  const t0 = performance.now();
  const stories = ctx.repos.storyWriter;
  const before = await stories.allStoryIds(ctx.db.kysely, opts.since);
  await ctx.db.kysely.transaction().execute((trx) => dissolve(ctx, trx, opts.since));
  // Every unclustered article, not only those since `since`: a dissolved story's older articles are placed again too.
  const scope = { onlyUnclustered: true };
  const total = await ctx.repos.clusterInput.countArticles(scope);
  const summary: ReclusterSummary = { version: CLUSTER_VERSION, articles: 0, stories: 0, duplicates: 0, merges: 0, failed: 0, durationMs: 0, complete: true };
  const batchSize = opts.batchSize ?? DEFAULT_CLUSTER_BATCH;
  const created = new Set<string>();
  let after: { publishedAt: string; id: string } | null = null;
  for (;;) {
    // Let a pending signal handler run: with SQLite every await above resolves without reaching the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    if (opts.signal?.aborted) {
      summary.complete = false;
      break;
    }
    const page = await ctx.repos.clusterInput.idsInOrder(after, batchSize, scope);
    if (!page.length) break;
    const r = await clusterArticles(ctx, page.map((a) => a.id), { batchSize });
    after = page.at(-1)!;
    summary.articles += r.clustered;
    summary.duplicates += r.duplicates;
    summary.merges += r.merges.length;
    summary.failed += r.failed.length;
    for (const id of r.createdStoryIds) created.add(id);
    for (const m of r.merges) created.delete(m.mergedId);
    opts.onProgress?.({ done: summary.articles + summary.failed, total: Math.max(total, summary.articles), stories: created.size });
  }
  summary.stories = created.size;
  // Old ids that no longer name a story resolve to the story now holding their founding article.
  const now = (ctx.clock ?? systemClock).now().toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await stories.forgetMergesOf(trx, [...created]);
    for (const old of before) {
      if (await stories.storyExists(trx, old)) continue;
      const into = await stories.storyOfArticle(trx, old);
      if (into) await stories.recordMerge(trx, old, into, now);
    }
  });
  summary.durationMs = performance.now() - t0;
  return summary;
}

/**
 * Dissolves stories for a recluster. Without `since`: every story, link, edge and index entry goes. With it: the
 * stories active since then; their articles and the articles published since then lose their story, links, edges
 * and index entries, and are placed again (linking back to the older articles that stay).
 */
export async function dissolve(ctx: ClusterContext, ex: Executor, since?: string): Promise<void> {
  const r = ctx.repos;
  if (!since) {
    await r.edgeWriter.forgetEdges(ex);
    await r.edgeWriter.forgetLinks(ex);
    await r.candidateIndex.forget(ex);
    await r.storyWriter.dissolve(ex);
    return;
  }
  const storyIds = await r.storyWriter.allStoryIds(ex, since);
  const articleIds = [...new Set([...(await r.storyWriter.articleIdsIn(ex, storyIds)), ...(await r.storyWriter.articleIdsSince(ex, since))])];
  await r.edgeWriter.forgetEdges(ex, { articleIds, storyIds });
  await r.edgeWriter.forgetLinks(ex, articleIds);
  await r.candidateIndex.forget(ex, articleIds);
  await r.storyWriter.dissolve(ex, { articleIds, storyIds });
}
