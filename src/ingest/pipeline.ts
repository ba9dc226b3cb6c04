import { createHash } from 'node:crypto';
import type { Config } from '../config/config.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { AppError, FetchError, toAppError, type ErrorCode } from '../domain/errors.ts';
import type { NewArticle } from '../domain/article.ts';
import type { Feed, FetchStatus, ParseWarning } from '../domain/feed.ts';
import type { JobKind } from '../domain/job.ts';
import type { FetchOutcome, ScheduleDecision } from '../domain/schedule.ts';
import type { Logger } from '../log/logger.ts';
import type { Metrics } from '../log/metrics.ts';
import type { Db } from '../store/db.ts';
import type { Executor } from '../store/executor.ts';
import type { FeedFetchUpdate } from '../store/repositories/feed-repository.ts';
import type { EnqueueJob } from '../store/repositories/job-repository.ts';
import type { Repositories } from '../store/repositories/index.ts';
import { applySourceMove, sourceMoveOnFirstFetch } from './adopt-feed-source.ts';
import { contentBase } from './fetch/content-location.ts';
import { fetchOptionsFromSettings } from './fetch/fetch-options.ts';
import { fetchUrl, type FetchResponse } from './fetch/fetch-url.ts';
import type { NormalizedFeedMeta } from './normalize/normalize-feed.ts';
import { normalizeWithinBudget } from './normalize/normalize-within-budget.ts';
import { parseWarnings } from './normalize/parse-warnings.ts';
import { parseFeed } from './parse/parse-feed.ts';

/** The scheduling policy as the pipeline sees it; the scheduler supplies it, so ingest does not import the scheduler. */
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
  /** Called after a feed's articles and their queued work are committed (draining the queue and subscriptions hook in here). */
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

/** What a successful fetch brought: nothing new (304, same body) or a parsed, normalized feed. */
type Fetched =
  | { status: 'not_modified' | 'unchanged'; res: FetchResponse }
  | {
      status: 'ok';
      res: FetchResponse;
      bodyHash: string;
      meta: NormalizedFeedMeta;
      articles: NewArticle[];
      skipped: number;
      parseWarnings: ParseWarning[];
    };

interface Run {
  feed: Feed;
  deps: PipelineDeps;
  clock: Clock;
  started: Date;
  t0: number;
  log: Logger;
}

const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

/**
 * One feed through the pipeline: fetch -> parse -> normalize -> store. Network I/O happens before the transaction;
 * the articles, the fetch record and the feed's new state are written together in one short transaction.
 * Never throws for feed-level failures: they are recorded on the feed and returned. Only a store failure while
 * recording a failure propagates (the lease then expires and the feed comes back).
 */
export async function ingestFeed(feed: Feed, deps: PipelineDeps): Promise<FeedIngestResult> {
  const clock = deps.clock ?? systemClock;
  const run: Run = { feed, deps, clock, started: clock.now(), t0: performance.now(), log: deps.logger.child({ feed_id: feed.id, feed_url: feed.effectiveUrl }) };
  let res: FetchResponse | null = null;
  try {
    res = await fetchUrl(feed.effectiveUrl, { ...fetchOptionsFromSettings(deps.config.settings), etag: feed.etag, lastModified: feed.lastModified });
    return await commitSuccess(run, await readBody(run, res));
  } catch (e) {
    return await commitFailure(run, toAppError(e), res);
  }
}

async function readBody(run: Run, res: FetchResponse): Promise<Fetched> {
  if (res.status === 'not_modified') return { status: 'not_modified', res };
  const bodyHash = sha256(res.body);
  if (run.feed.bodyHash === bodyHash) return { status: 'unchanged', res };
  const s = run.deps.config.settings;
  // A slice of items at a time, yielding between slices, within the feed's budget: a huge or slow feed stops itself, not the others.
  const ctx = { feedUrl: contentBase(res.finalUrl, res.contentLocation), fetchedAt: run.started, languageHint: res.contentLanguage };
  const normalized = await normalizeWithinBudget(await parseFeed(res.text), ctx, { maxMs: s.INGEST_PARSE_BUDGET_MS });
  if (normalized.unread) {
    run.log.warn({ items: normalized.articles.length, unread: normalized.unread }, `feed items took longer than INGEST_PARSE_BUDGET_MS (${s.INGEST_PARSE_BUDGET_MS} ms); the rest are dropped`);
  }
  const max = s.INGEST_MAX_ITEMS_PER_FEED;
  let articles = normalized.articles;
  if (articles.length > max) {
    // The newest items; a feed of a hundred thousand items is a dump or an attack, not news to store whole.
    articles = [...articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, max);
    run.log.warn({ items: normalized.articles.length, kept: max }, `feed has more items than INGEST_MAX_ITEMS_PER_FEED; the newest ${max} are stored`);
  }
  const dropped = normalized.articles.length - articles.length;
  const warnings = parseWarnings({ ...normalized.tally, capped: dropped, overBudget: normalized.unread });
  if (warnings.length > 0) run.log.warn({ parse_warnings: warnings.map((w) => w.code) }, `feed read with warnings: ${warnings.map((w) => w.message).join('; ')}`);
  const skipped = normalized.skipped.length + dropped + normalized.unread;
  return { status: 'ok', res, bodyHash, meta: normalized.meta, articles, skipped, parseWarnings: warnings };
}

/**
 * The queued work of new and changed articles: page extraction unless the feed never wants pages (the extraction job
 * itself decides whether a page is needed), then enrichment, then clustering.
 */
function workFor(feed: Feed, articleIds: readonly string[]): EnqueueJob[] {
  const kinds: JobKind[] = feed.fullText === 'NEVER' ? ['enrich', 'cluster'] : ['extract', 'enrich', 'cluster'];
  return articleIds.flatMap((articleId) => kinds.map((kind) => ({ kind, articleId })));
}

/** Store failures are 'database' errors, whatever the driver threw, so they are told apart from feed problems. */
async function inTransaction<T>(db: Db, fn: (trx: Executor) => Promise<T>): Promise<T> {
  try {
    return await db.kysely.transaction().execute(fn);
  } catch (e) {
    throw new AppError('database', `could not store the fetch: ${(e as Error).message}`, { cause: e });
  }
}

async function commitSuccess(run: Run, f: Fetched): Promise<FeedIngestResult> {
  const { feed, deps } = run;
  const startedIso = run.started.toISOString();
  const articles = f.status === 'ok' ? f.articles : [];
  const decision = deps.plan(
    feed,
    {
      kind: 'success',
      publishedAt: articles.filter((a) => !a.publishedAtEstimated).map((a) => new Date(a.publishedAt)),
      ttlMinutes: f.status === 'ok' ? f.meta.ttlMinutes : null,
      cacheMaxAgeSeconds: f.res.cacheMaxAgeSeconds,
      expiresAt: f.res.expiresAt ? new Date(f.res.expiresAt) : null,
      retryAfterSeconds: f.res.retryAfterSeconds,
    },
    run.clock.now(),
  );
  const durationMs = performance.now() - run.t0;
  const movedTo = f.res.permanentUrl !== feed.effectiveUrl ? f.res.permanentUrl : undefined;
  const update: FeedFetchUpdate = {
    ...(movedTo ? { effectiveUrl: movedTo } : {}),
    // A 304 may omit validators; keep the ones we have.
    etag: f.res.etag ?? feed.etag,
    lastModified: f.res.lastModified ?? feed.lastModified,
    ...(f.status === 'ok'
      ? {
          bodyHash: f.bodyHash,
          title: f.meta.title,
          siteUrl: f.meta.siteUrl,
          format: f.meta.format,
          language: f.meta.language,
          parseWarnings: f.parseWarnings,
        }
      : {}),
    intervalSeconds: decision.intervalSeconds,
    nextFetchAt: decision.nextFetchAt.toISOString(),
    nextFetchReason: decision.reason,
    errorCount: 0,
    lastError: null,
    lastFetchedAt: startedIso,
    lastSuccessAt: startedIso,
  };

  const move = f.status === 'ok' ? await sourceMoveOnFirstFetch(deps.repos, feed, f.meta) : null;
  let sourceId = feed.sourceId;
  const stored = await inTransaction(deps.db, async (trx) => {
    sourceId = await applySourceMove(trx, deps.repos, feed, move, startedIso);
    const upsert = await deps.repos.articles.upsertForFeed(trx, { id: feed.id, sourceId }, articles, startedIso);
    // The articles' work is queued with them: a crash after this commit leaves it pending, never lost.
    await deps.repos.jobs.enqueue(trx, workFor(feed, [...upsert.newIds, ...upsert.updatedIds]), startedIso);
    await deps.repos.fetches.insert(
      {
        feedId: feed.id,
        startedAt: startedIso,
        durationMs,
        status: f.status,
        httpStatus: f.res.httpStatus,
        errorCode: null,
        errorMessage: null,
        bytes: f.res.bytes,
        itemsSeen: articles.length,
        itemsNew: upsert.newIds.length,
        itemsUpdated: upsert.updatedIds.length,
        worker: deps.worker ?? null,
        ...(f.status === 'ok' ? { parseWarnings: f.parseWarnings } : {}),
      },
      trx,
    );
    await deps.repos.feeds.applyFetch(feed.id, update, startedIso, trx, deps.worker ?? null);
    return upsert;
  });

  deps.metrics?.fetches.inc({ status: f.status, error_code: '' });
  deps.metrics?.fetchDuration.observe({ status: f.status }, durationMs / 1000);
  if (stored.newIds.length) deps.metrics?.articles.inc({ change: 'new' }, stored.newIds.length);
  if (stored.updatedIds.length) deps.metrics?.articles.inc({ change: 'updated' }, stored.updatedIds.length);
  const skipped = f.status === 'ok' ? f.skipped : 0;
  run.log.info({ status: f.status, items: articles.length, new: stored.newIds.length, updated: stored.updatedIds.length, skipped }, 'feed fetched');

  if (deps.onStored && (stored.newIds.length || stored.updatedIds.length)) {
    try {
      await deps.onStored({ feed: { ...feed, sourceId }, newIds: stored.newIds, updatedIds: stored.updatedIds });
    } catch (e) {
      run.log.error({ err: e }, 'post-store hook failed; the articles are stored');
    }
  }
  return {
    feedId: feed.id,
    feedUrl: feed.effectiveUrl,
    status: f.status,
    httpStatus: f.res.httpStatus,
    errorCode: null,
    errorMessage: null,
    itemsSeen: articles.length,
    itemsNew: stored.newIds.length,
    itemsUpdated: stored.updatedIds.length,
    itemsSkipped: skipped,
    durationMs,
    nextFetchAt: update.nextFetchAt,
    nextFetchReason: update.nextFetchReason,
    disabled: false,
  };
}

async function commitFailure(run: Run, err: AppError, res: FetchResponse | null): Promise<FeedIngestResult> {
  const { feed, deps } = run;
  const startedIso = run.started.toISOString();
  const httpStatus = err instanceof FetchError ? err.httpStatus : (res?.httpStatus ?? null);
  const retryAfterSeconds = err instanceof FetchError ? err.retryAfterSeconds : null;
  const decision = deps.plan(feed, { kind: 'error', code: err.code, retryAfterSeconds, httpStatus }, run.clock.now());
  const durationMs = performance.now() - run.t0;
  const message = err.message.slice(0, 1000);
  await inTransaction(deps.db, async (trx) => {
    await deps.repos.fetches.insert(
      {
        feedId: feed.id,
        startedAt: startedIso,
        durationMs,
        status: 'error',
        httpStatus,
        errorCode: err.code,
        errorMessage: message,
        bytes: res?.bytes ?? null,
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
      deps.worker ?? null,
    );
  });
  deps.metrics?.fetches.inc({ status: 'error', error_code: err.code });
  deps.metrics?.fetchDuration.observe({ status: 'error' }, durationMs / 1000);
  const unexpected = err.code === 'internal' || err.code === 'database';
  run.log[unexpected ? 'error' : 'warn'](
    { error_code: err.code, ...(unexpected ? { err: err.cause ?? err } : {}), next_fetch_at: decision.nextFetchAt.toISOString() },
    `feed fetch failed: ${message}`,
  );
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
