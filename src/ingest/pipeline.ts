import { createHash } from 'node:crypto';
import type { Config } from '../config/config.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { AppError, FetchError, toAppError, type ErrorCode } from '../domain/errors.ts';
import type { Feed, FetchStatus } from '../domain/feed.ts';
import type { Logger } from '../log/logger.ts';
import type { Metrics } from '../log/metrics.ts';
import type { Db } from '../store/db.ts';
import type { Repositories } from '../store/repositories/index.ts';
import { fetchOptionsFromSettings } from './fetch/fetch-options.ts';
import { fetchUrl, type FetchResponse } from './fetch/fetch-url.ts';
import { normalizeFeed } from './normalize/normalize-feed.ts';
import { parseFeed } from './parse/parse-feed.ts';

/** What the scheduling policy needs to know about a fetch; kept structural so ingest does not import the scheduler. */
export type FetchOutcome =
  | {
      kind: 'success';
      publishedAt: Date[];
      ttlMinutes: number | null;
      cacheMaxAgeSeconds: number | null;
      expiresAt: Date | null;
      retryAfterSeconds: number | null;
    }
  | { kind: 'error'; code: string; retryAfterSeconds: number | null; httpStatus: number | null };

export interface ScheduleDecision {
  nextFetchAt: Date;
  reason: string;
  intervalSeconds: number;
  errorCount: number;
  disable: { reason: string } | null;
}

export type SchedulePlanner = (feed: Feed, outcome: FetchOutcome, now: Date) => ScheduleDecision;

export interface PipelineDeps {
  db: Db;
  repos: Repositories;
  config: Config;
  logger: Logger;
  plan: SchedulePlanner;
  clock?: Clock;
  metrics?: Metrics;
  worker?: string;
  /** Called after a feed's articles are committed (enrichment, clustering and subscriptions hook in here). */
  onStored?: (event: { feed: Feed; newIds: string[]; updatedIds: string[] }) => Promise<void> | void;
}

export interface FeedIngestResult {
  feedId: string;
  feedUrl: string;
  status: FetchStatus;
  httpStatus: number | null;
  errorCode: ErrorCode | null;
  errorMessage: string | null;
  itemsSeen: number;
  itemsNew: number;
  itemsUpdated: number;
  itemsSkipped: number;
  durationMs: number;
  nextFetchAt: string;
  nextFetchReason: string;
  disabled: boolean;
}

/** Store failures are 'database' errors, whatever the driver threw, so they are told apart from feed problems. */
async function storeTransaction<T>(db: Db, fn: Parameters<ReturnType<Db['kysely']['transaction']>['execute']>[0] extends (trx: infer X) => Promise<unknown> ? (trx: X) => Promise<T> : never): Promise<T> {
  try {
    return await db.kysely.transaction().execute(fn);
  } catch (e) {
    throw new AppError('database', `could not store the feed's articles: ${(e as Error).message}`, { cause: e });
  }
}

function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

function successOutcome(res: FetchResponse | null, publishedAt: Date[], ttlMinutes: number | null): FetchOutcome {
  return {
    kind: 'success',
    publishedAt,
    ttlMinutes,
    cacheMaxAgeSeconds: res?.cacheMaxAgeSeconds ?? null,
    expiresAt: res?.expiresAt ? new Date(res.expiresAt) : null,
    retryAfterSeconds: res?.retryAfterSeconds ?? null,
  };
}

/**
 * One feed through the pipeline: fetch -> parse -> normalize -> store. Network I/O happens before the transaction;
 * the articles, the fetch record and the feed's new state are written together in one short transaction.
 * Never throws for feed-level failures: they are recorded on the feed and returned.
 */
export async function ingestFeed(feed: Feed, deps: PipelineDeps): Promise<FeedIngestResult> {
  const clock = deps.clock ?? systemClock;
  const started = clock.now();
  const startedIso = started.toISOString();
  const t0 = performance.now();
  const log = deps.logger.child({ feed_id: feed.id, feed_url: feed.effectiveUrl });
  let res: FetchResponse | null = null;

  try {
    res = await fetchUrl(feed.effectiveUrl, {
      ...fetchOptionsFromSettings(deps.config.settings),
      etag: feed.etag,
      lastModified: feed.lastModified,
    });
    const movedTo = res.permanentUrl !== feed.effectiveUrl ? res.permanentUrl : undefined;

    if (res.status === 'not_modified') {
      return await recordSuccess(feed, deps, { started, t0, res, status: 'not_modified', movedTo, log });
    }
    const bodyHash = sha256(res.body);
    if (feed.bodyHash && bodyHash === feed.bodyHash) {
      return await recordSuccess(feed, deps, { started, t0, res, status: 'unchanged', movedTo, log });
    }

    const raw = await parseFeed(res.text);
    const normalized = normalizeFeed(raw, { feedUrl: res.finalUrl, fetchedAt: started });
    const publishedAt = normalized.articles.filter((a) => !a.publishedAtEstimated).map((a) => new Date(a.publishedAt));
    const decision = deps.plan(feed, successOutcome(res, publishedAt, normalized.meta.ttlMinutes), clock.now());
    const durationMs = performance.now() - t0;

    const stored = await storeTransaction(deps.db, async (trx) => {
      const upsert = await deps.repos.articles.upsertForFeed(trx, feed, normalized.articles, startedIso);
      await deps.repos.fetches.insert(
        {
          feedId: feed.id,
          startedAt: startedIso,
          durationMs,
          status: 'ok',
          httpStatus: res!.httpStatus,
          errorCode: null,
          errorMessage: null,
          bytes: res!.bytes,
          itemsSeen: normalized.articles.length,
          itemsNew: upsert.newIds.length,
          itemsUpdated: upsert.updatedIds.length,
          worker: deps.worker ?? null,
        },
        trx,
      );
      await deps.repos.feeds.applyFetch(
        feed.id,
        {
          ...(movedTo ? { effectiveUrl: movedTo } : {}),
          title: normalized.meta.title,
          siteUrl: normalized.meta.siteUrl,
          format: normalized.meta.format,
          language: normalized.meta.language,
          etag: res!.etag,
          lastModified: res!.lastModified,
          bodyHash,
          intervalSeconds: decision.intervalSeconds,
          nextFetchAt: decision.nextFetchAt.toISOString(),
          nextFetchReason: decision.reason,
          errorCount: 0,
          lastError: null,
          lastFetchedAt: startedIso,
          lastSuccessAt: startedIso,
        },
        startedIso,
        trx,
      );
      return upsert;
    });

    deps.metrics?.fetches.inc({ status: 'ok', error_code: '' });
    deps.metrics?.fetchDuration.observe({ status: 'ok' }, durationMs / 1000);
    if (stored.newIds.length) deps.metrics?.articles.inc({ change: 'new' }, stored.newIds.length);
    if (stored.updatedIds.length) deps.metrics?.articles.inc({ change: 'updated' }, stored.updatedIds.length);
    log.info(
      { items: normalized.articles.length, new: stored.newIds.length, updated: stored.updatedIds.length, skipped: normalized.skipped.length },
      'feed ingested',
    );
    if (deps.onStored && (stored.newIds.length || stored.updatedIds.length)) {
      try {
        await deps.onStored({ feed, newIds: stored.newIds, updatedIds: stored.updatedIds });
      } catch (e) {
        log.error({ err: e }, 'post-store hook failed; articles are stored');
      }
    }
    return {
      feedId: feed.id,
      feedUrl: feed.effectiveUrl,
      status: 'ok',
      httpStatus: res.httpStatus,
      errorCode: null,
      errorMessage: null,
      itemsSeen: normalized.articles.length,
      itemsNew: stored.newIds.length,
      itemsUpdated: stored.updatedIds.length,
      itemsSkipped: normalized.skipped.length,
      durationMs,
      nextFetchAt: decision.nextFetchAt.toISOString(),
      nextFetchReason: decision.reason,
      disabled: false,
    };
  } catch (e) {
    return await recordFailure(feed, deps, { started, t0, error: toAppError(e), res, log });
  }
}

async function recordSuccess(
  feed: Feed,
  deps: PipelineDeps,
  ctx: { started: Date; t0: number; res: FetchResponse; status: 'not_modified' | 'unchanged'; movedTo: string | undefined; log: Logger },
): Promise<FeedIngestResult> {
  const clock = deps.clock ?? systemClock;
  const startedIso = ctx.started.toISOString();
  const decision = deps.plan(feed, successOutcome(ctx.res, [], null), clock.now());
  const durationMs = performance.now() - ctx.t0;
  await deps.db.kysely.transaction().execute(async (trx) => {
    await deps.repos.fetches.insert(
      {
        feedId: feed.id,
        startedAt: startedIso,
        durationMs,
        status: ctx.status,
        httpStatus: ctx.res.httpStatus,
        errorCode: null,
        errorMessage: null,
        bytes: ctx.res.bytes,
        itemsSeen: 0,
        itemsNew: 0,
        itemsUpdated: 0,
        worker: deps.worker ?? null,
      },
      trx,
    );
    await deps.repos.feeds.applyFetch(
      feed.id,
      {
        ...(ctx.movedTo ? { effectiveUrl: ctx.movedTo } : {}),
        // A 304 may omit validators; keep the ones we have.
        etag: ctx.res.etag ?? feed.etag,
        lastModified: ctx.res.lastModified ?? feed.lastModified,
        intervalSeconds: decision.intervalSeconds,
        nextFetchAt: decision.nextFetchAt.toISOString(),
        nextFetchReason: decision.reason,
        errorCount: 0,
        lastError: null,
        lastFetchedAt: startedIso,
        lastSuccessAt: startedIso,
      },
      startedIso,
      trx,
    );
  });
  deps.metrics?.fetches.inc({ status: ctx.status, error_code: '' });
  deps.metrics?.fetchDuration.observe({ status: ctx.status }, durationMs / 1000);
  ctx.log.debug({ status: ctx.status }, 'feed unchanged');
  return {
    feedId: feed.id,
    feedUrl: feed.effectiveUrl,
    status: ctx.status,
    httpStatus: ctx.res.httpStatus,
    errorCode: null,
    errorMessage: null,
    itemsSeen: 0,
    itemsNew: 0,
    itemsUpdated: 0,
    itemsSkipped: 0,
    durationMs,
    nextFetchAt: decision.nextFetchAt.toISOString(),
    nextFetchReason: decision.reason,
    disabled: false,
  };
}

async function recordFailure(
  feed: Feed,
  deps: PipelineDeps,
  ctx: { started: Date; t0: number; error: AppError; res: FetchResponse | null; log: Logger },
): Promise<FeedIngestResult> {
  const clock = deps.clock ?? systemClock;
  const startedIso = ctx.started.toISOString();
  const err = ctx.error;
  const httpStatus = err instanceof FetchError ? err.httpStatus : (ctx.res?.httpStatus ?? null);
  const retryAfterSeconds = err instanceof FetchError ? err.retryAfterSeconds : null;
  const decision = deps.plan(feed, { kind: 'error', code: err.code, retryAfterSeconds, httpStatus }, clock.now());
  const durationMs = performance.now() - ctx.t0;
  const message = err.message.slice(0, 1000);
  try {
    await deps.db.kysely.transaction().execute(async (trx) => {
      await deps.repos.fetches.insert(
        {
          feedId: feed.id,
          startedAt: startedIso,
          durationMs,
          status: 'error',
          httpStatus,
          errorCode: err.code,
          errorMessage: message,
          bytes: ctx.res?.bytes ?? null,
          itemsSeen: 0,
          itemsNew: 0,
          itemsUpdated: 0,
          worker: deps.worker ?? null,
        },
        trx,
      );
      await deps.repos.feeds.applyFetch(
        feed.id,
        {
          intervalSeconds: decision.intervalSeconds,
          nextFetchAt: decision.nextFetchAt.toISOString(),
          nextFetchReason: decision.reason,
          errorCount: decision.errorCount,
          lastError: { code: err.code, message, at: startedIso },
          lastFetchedAt: startedIso,
          disable: decision.disable,
        },
        startedIso,
        trx,
      );
    });
  } catch (storeError) {
    // The store itself failed (database down): nothing more we can record; the lease expires and the feed comes back.
    ctx.log.error({ err: storeError, error_code: err.code }, 'could not record fetch failure');
    throw storeError;
  }
  deps.metrics?.fetches.inc({ status: 'error', error_code: err.code });
  deps.metrics?.fetchDuration.observe({ status: 'error' }, durationMs / 1000);
  const level = err.code === 'internal' ? 'error' : 'warn';
  ctx.log[level]({ error_code: err.code, err: err.code === 'internal' ? err.cause ?? err : undefined, next_fetch_at: decision.nextFetchAt.toISOString() }, `feed fetch failed: ${message}`);
  return {
    feedId: feed.id,
    feedUrl: feed.effectiveUrl,
    status: 'error',
    httpStatus,
    errorCode: err.code,
    errorMessage: message,
    itemsSeen: 0,
    itemsNew: 0,
    itemsUpdated: 0,
    itemsSkipped: 0,
    durationMs,
    nextFetchAt: decision.nextFetchAt.toISOString(),
    nextFetchReason: decision.reason,
    disabled: decision.disable !== null,
  };
}
