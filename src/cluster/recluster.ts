import { systemClock } from '../domain/clock.ts';
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
 * articles again in publication order, exactly as ingestion would have. Same stored articles, same stories: story ids
 * are the founding articles' ids, so a story founded by the same article keeps its id, and an id that is gone is
 * recorded as merged into the story that now holds its founding article.
 */
export async function recluster(ctx: ClusterContext, opts: ReclusterOptions = {}): Promise<ReclusterSummary> {
  const t0 = performance.now();
  const repo = ctx.repos.cluster;
  const before = await repo.allStoryIds(ctx.db.kysely, opts.since);
  await ctx.db.kysely.transaction().execute((trx) => repo.dissolve(trx, opts.since));
  // Every unclustered article, not only those since `since`: a dissolved story's older articles are placed again too.
  const scope = { onlyUnclustered: true };
  const total = await repo.countArticles(scope);
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
    const page = await repo.idsInOrder(after, batchSize, scope);
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
    await repo.forgetMergesOf(trx, [...created]);
    for (const old of before) {
      if (await repo.storyExists(trx, old)) continue;
      const into = await repo.storyOfArticle(trx, old);
      if (into) await repo.recordMerge(trx, old, into, now);
    }
  });
  summary.durationMs = performance.now() - t0;
  return summary;
}
