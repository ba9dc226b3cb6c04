import type { Config } from '../config/config.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import type { Feed } from '../domain/feed.ts';
import type { IngestRunCounts } from '../domain/ingest-run.ts';
import type { FeedIngestResult, PipelineDeps, SchedulePlanner } from '../ingest/pipeline.ts';
import type { Logger } from '../log/logger.ts';
import type { Metrics } from '../log/metrics.ts';
import type { Db } from '../store/db.ts';
import type { Repositories } from '../store/repositories/index.ts';
import { releaseDeadLocalLeases, newLeaseOwner } from './lease-owner.ts';
import { FetchLimiter } from './limiter.ts';
import { planNextFetch } from './next-fetch.ts';

export interface IngestContext {
  db: Db;
  repos: Repositories;
  config: Config;
  logger: Logger;
  metrics?: Metrics;
  clock?: Clock;
  onStored?: PipelineDeps['onStored'];
  /**
   * Runs the queued work (extraction, enrichment, clustering) until none is due. Called at the end of every pass,
   * whatever its feeds brought, so work a killed or failed run left behind is finished by the next one.
   */
  drainWork?: () => Promise<unknown>;
}

export type IngestMode = { kind: 'due' } | { kind: 'all' } | { kind: 'feeds'; feedIds: string[] };

export interface IngestPassOptions {
  mode: IngestMode;
  trigger: 'cron' | 'cli' | 'api';
  onProgress?: (p: { done: number; claimed: number; result: FeedIngestResult }) => void;
  signal?: AbortSignal;
}

export interface IngestPassSummary extends IngestRunCounts {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  worker: string;
  errorsByCode: Record<string, number>;
  /** Feeds another worker held a lease on (only for --all / --feed). */
  skippedLeased: number;
  results: FeedIngestResult[];
}

/** The summary of a pass that found nothing to do (no feed due, no job waiting). */
export function emptyPassSummary(at: Date, worker: string): IngestPassSummary {
  const iso = at.toISOString();
  return {
    startedAt: iso,
    finishedAt: iso,
    durationMs: 0,
    worker,
    feeds: 0,
    ok: 0,
    notModified: 0,
    unchanged: 0,
    errors: 0,
    itemsNew: 0,
    itemsUpdated: 0,
    errorsByCode: {},
    skippedLeased: 0,
    results: [],
  };
}

/** The scheduling policy from settings, as the pipeline's planner. */
export function plannerFrom(config: Config): SchedulePlanner {
  const s = config.settings;
  const policy = {
    minIntervalSeconds: s.SCHEDULE_MIN_INTERVAL_SECONDS,
    maxIntervalSeconds: s.SCHEDULE_MAX_INTERVAL_SECONDS,
    backoffMaxSeconds: s.BACKOFF_MAX_SECONDS,
  };
  return (feed: Feed, outcome, now) =>
    planNextFetch({
      now,
      outcome,
      previousErrorCount: feed.health.errorCount,
      previousIntervalSeconds: feed.health.lastFetchedAt ? feed.intervalSeconds : null,
      policy,
      feedId: feed.id,
    });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/**
 * One ingest pass: claim feeds with a lease, run each through the pipeline under global and per-host limits, repeat
 * until nothing is left to claim. Per-feed failures are recorded and summarized; only store failures throw.
 */
export async function runIngestPass(ctx: IngestContext, opts: IngestPassOptions): Promise<IngestPassSummary> {
  const clock = ctx.clock ?? systemClock;
  const s = ctx.config.settings;
  const worker = newLeaseOwner();
  const log = ctx.logger.child({ subsystem: 'ingest', worker });
  const started = clock.now();
  const limiter = new FetchLimiter({ global: s.INGEST_CONCURRENCY, perHost: s.INGEST_PER_HOST_CONCURRENCY });
  const deps: PipelineDeps = {
    db: ctx.db,
    repos: ctx.repos,
    config: ctx.config,
    logger: log,
    plan: plannerFrom(ctx.config),
    clock,
    worker,
    ...(ctx.metrics ? { metrics: ctx.metrics } : {}),
    ...(ctx.onStored ? { onStored: ctx.onStored } : {}),
  };
  ctx.metrics?.passes.inc({ trigger: opts.trigger });

  const released = await releaseDeadLocalLeases(ctx.db, worker);
  if (released) log.info({ released }, 'released leases of dead local workers');

  const results: FeedIngestResult[] = [];
  const seen = new Set<string>();
  let skippedLeased = 0;
  let claimed = 0;

  const runBatch = async (feeds: Feed[]) => {
    claimed += feeds.length;
    if (!feeds.length) return;
    // The pipeline (fetching, parsing, sanitizing) is loaded once a feed is claimed: a pass with nothing due stays light.
    const { ingestFeed } = await import('../ingest/pipeline.ts');
    // Feeds of a claimed batch wait for the limiter's slots; their leases are renewed meanwhile, so a slow host never
    // lets another worker take (and fetch again) a feed this one still holds.
    const held = new Set(feeds.map((f) => f.id));
    const renewal = setInterval(
      () => {
        ctx.repos.feeds
          .renewLeases([...held], worker, clock.now().toISOString(), s.LEASE_SECONDS)
          .catch((e) => log.warn({ err: e }, 'could not renew feed leases'));
      },
      Math.max(1000, (s.LEASE_SECONDS * 1000) / 3),
    );
    renewal.unref();
    try {
      await Promise.all(
        feeds.map(async (feed) => {
          seen.add(feed.id);
          let result: FeedIngestResult;
          try {
            result = await limiter.run(hostOf(feed.effectiveUrl), () => ingestFeed(feed, deps));
          } catch (e) {
            // ingestFeed releases the lease with the write that records the fetch (success or failure alike); only
            // a store failure mid-way leaves it held. A release after every fetch was one more statement per fetch.
            await ctx.repos.feeds.releaseLease(feed.id, worker).catch(() => {});
            throw e;
          } finally {
            held.delete(feed.id);
          }
          results.push(result);
          opts.onProgress?.({ done: results.length, claimed, result });
        }),
      );
    } finally {
      clearInterval(renewal);
    }
  };

  if (opts.mode.kind === 'due') {
    const batchSize = Math.max(s.INGEST_CONCURRENCY * 2, 4);
    for (;;) {
      if (opts.signal?.aborted) break;
      const now = clock.now().toISOString();
      const batch = (await ctx.repos.feeds.claimDue({ owner: worker, now, leaseSeconds: s.LEASE_SECONDS, limit: batchSize })).filter(
        (f) => !seen.has(f.id),
      );
      if (!batch.length) break;
      await runBatch(batch);
    }
  } else {
    const ids =
      opts.mode.kind === 'all' ? (await ctx.repos.feeds.list({ enabled: true })).map((f) => f.id) : opts.mode.feedIds;
    const batch = await ctx.repos.feeds.claimByIds(ids, { owner: worker, now: clock.now().toISOString(), leaseSeconds: s.LEASE_SECONDS });
    skippedLeased = ids.length - batch.length;
    await runBatch(batch);
  }

  if (ctx.drainWork) {
    try {
      await ctx.drainWork();
    } catch (e) {
      log.error({ err: e }, 'draining the work queue failed; the jobs stay queued for the next run');
    }
  }

  const finished = clock.now();
  const summary: IngestPassSummary = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    worker,
    feeds: results.length,
    ok: results.filter((r) => r.status === 'ok').length,
    notModified: results.filter((r) => r.status === 'not_modified').length,
    unchanged: results.filter((r) => r.status === 'unchanged').length,
    errors: results.filter((r) => r.status === 'error').length,
    itemsNew: results.reduce((n, r) => n + r.itemsNew, 0),
    itemsUpdated: results.reduce((n, r) => n + r.itemsUpdated, 0),
    errorsByCode: {},
    skippedLeased,
    results,
  };
  for (const r of results) if (r.errorCode) summary.errorsByCode[r.errorCode] = (summary.errorsByCode[r.errorCode] ?? 0) + 1;
  log.info(
    { feeds: summary.feeds, ok: summary.ok, errors: summary.errors, new: summary.itemsNew, updated: summary.itemsUpdated, duration_ms: summary.durationMs },
    'ingest pass finished',
  );
  return summary;
}
