/**
 * Ingest at fleet scale, simulated: `feeds` synthetic feeds on virtual hosts of a loopback server (fleet-feed-server.ts),
 * all due every 30 virtual minutes, fetched by `workers` ingest workers (each its own connection pool and lease owner,
 * claiming with FOR UPDATE SKIP LOCKED) on one PostgreSQL, on a clock running `speed` times faster than real time for
 * `seconds` real seconds. A `newsgraph serve` process on the same database answers the front page meanwhile.
 *
 *   npm run bench -- --fleet-only --feeds 75000 --seconds 120 [--speed 1] [--workers 4] [--concurrency 16]
 *
 * The due rate is feeds / 1800 s x speed: 75,000 feeds at speed 1 is 42 fetches/s (Event Registry's scale at a
 * 30-minute cadence); --feeds 7500 --speed 10 asks the same rate of a smaller fleet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { newId } from '../../src/domain/ids.ts';
import type { Feed } from '../../src/domain/feed.ts';
import { closeFetchDispatchers } from '../../src/ingest/fetch/dispatcher-pool.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createDb } from '../../src/store/db.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createTestStore } from '../support/databases.ts';
import { startFleetServer } from './fleet-feed-server.ts';
import { FRONT_PAGE_QUERY } from './front-page.ts';
import { runLoad } from './load-generator.ts';
import { startServeProcess } from './serve-process.ts';

const CADENCE_SECONDS = 1800;

export interface FleetOptions {
  feeds: number;
  seconds: number;
  speed: number;
  workers: number;
  /** Fetches in flight per worker (INGEST_CONCURRENCY). */
  concurrency: number;
  log?: (m: string) => void;
}

export interface FleetResult {
  options: FleetOptions;
  seedSeconds: number;
  /** Fetches the schedule asked for in the run (feeds due by its end), and those the workers made. */
  dueRatePerSecond: number;
  fetchesPerSecond: number;
  fetches: number;
  /** Real seconds between a feed's due time and its fetch (the virtual lag divided by the speed). */
  lagP50s: number;
  lagP99s: number;
  /** Fetches more than 60 s (real) after their due time. */
  lateOver60s: number;
  /** Feeds still waiting at the end, due more than 60 s (real) before it, and due at all before it (the backlog). */
  overdueAtEnd: number;
  waitingAtEnd: number;
  duplicates: number;
  statusCounts: Record<string, number>;
  storedPerSecond: number;
  stored: number;
  statementsPerFetch: number;
  claimStatementsPerFetch: number;
  postgresCpuSeconds: number | null;
  apiP50ms: number;
  apiP95ms: number;
  apiRequests: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** CPU seconds used so far by every process named postgres on this machine (Linux /proc), or null when unreadable. */
function postgresCpuSeconds(): number | null {
  let total = 0;
  let seen = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (name !== 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / 100;
      seen++;
    } catch {
      // the process ended meanwhile
    }
  }
  return seen ? total : null;
}

export async function benchFleet(opts: FleetOptions): Promise<FleetResult> {
  const log = opts.log ?? (() => {});
  const realStart0 = performance.now();
  const virtualStart = Date.now();
  // The virtual clock: `speed` virtual ms per real ms, from when the run starts (set below, after seeding).
  let runStartedReal = Number.POSITIVE_INFINITY;
  const virtualNow = () => virtualStart + Math.max(0, performance.now() - runStartedReal) * opts.speed;
  const clock = { now: () => new Date(virtualNow()) };

  const store = await createTestStore('postgres', {});
  const server = await startFleetServer(opts.feeds, virtualNow);
  try {
    // Bulk insert: a source per virtual host, one feed each, due times spread evenly over the first 30 minutes.
    const t0 = performance.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const feedIds: string[] = [];
    for (let start = 0; start < opts.feeds; start += 1000) {
      const n = Math.min(1000, opts.feeds - start);
      const sources = Array.from({ length: n }, (_, k) => ({ id: newId(), name: `Fleet desk ${start + k}`, homepage: null, country: null, language: 'en', created_at: iso(virtualStart) }));
      const feeds = sources.map((s, k) => {
        const i = start + k;
        const id = newId();
        feedIds[i] = id;
        const url = server.urlOf(i);
        return {
          id,
          source_id: s.id,
          url,
          effective_url: url,
          title: null,
          site_url: null,
          format: null,
          language: 'en',
          enabled: 1,
          disabled_reason: null,
          etag: null,
          last_modified: null,
          body_hash: null,
          interval_seconds: CADENCE_SECONDS,
          next_fetch_at: iso(virtualStart + ((i + 0.5) / opts.feeds) * CADENCE_SECONDS * 1000),
          next_fetch_reason: 'interval',
          error_count: 0,
          last_error_code: null,
          last_error_message: null,
          last_error_at: null,
          last_fetched_at: null,
          last_success_at: null,
          lease_owner: null,
          lease_expires_at: null,
          created_at: iso(virtualStart),
          updated_at: iso(virtualStart),
        };
      });
      await store.db.kysely.insertInto('sources').values(sources).execute();
      await store.db.kysely.insertInto('feeds').values(feeds).execute();
    }
    const indexOf = new Map(feedIds.map((id, i) => [id, i]));
    const seedSeconds = (performance.now() - t0) / 1000;
    log(`  ${opts.feeds} feeds stored in ${seedSeconds.toFixed(1)} s`);

    // Every feed fetched every 30 virtual minutes (jitter ±5%), whatever it publishes.
    const overrides = {
      DATABASE_URL: store.databaseUrl,
      LOG_LEVEL: 'silent',
      ALLOW_PRIVATE_NETWORKS: true,
      SCHEDULE_MIN_INTERVAL_SECONDS: CADENCE_SECONDS,
      SCHEDULE_MAX_INTERVAL_SECONDS: CADENCE_SECONDS,
      INGEST_CONCURRENCY: opts.concurrency,
      INGEST_PER_HOST_CONCURRENCY: 1,
      FETCH_TIMEOUT_MS: 10_000,
    };
    const config = loadConfig({}, overrides);
    const counters = { statements: 0, claims: 0 };
    // Due time of each claimed feed, to measure the lag when the server sees its fetch.
    const dueAt = new Map<number, number>();
    const workers = Array.from({ length: opts.workers }, () => {
      const db = createDb(config, {
        log: (e) => {
          if (e.level !== 'query') return;
          counters.statements++;
          if (e.query.sql.startsWith('update "feeds" set "lease_owner"')) counters.claims++;
        },
      });
      const repos = createRepositories(db);
      const claimDue = repos.feeds.claimDue.bind(repos.feeds);
      repos.feeds.claimDue = async (o) => {
        const feeds: Feed[] = await claimDue(o);
        for (const f of feeds) dueAt.set(indexOf.get(f.id)!, Date.parse(f.health.nextFetchAt));
        return feeds;
      };
      return { db, repos };
    });

    const serve = await startServeProcess(store.databaseUrl, { GRAPHQL_JIT: 'true' });
    const lags: number[] = [];
    const seenFetches = { n: 0 };
    const takeLags = () => {
      for (; seenFetches.n < server.fetches.length; seenFetches.n++) {
        const f = server.fetches[seenFetches.n]!;
        const due = dueAt.get(f.feed);
        if (due !== undefined) lags.push((f.at - due) / opts.speed / 1000);
      }
    };
    const stopAt = () => performance.now() - runStartedReal >= opts.seconds * 1000;
    let stored = 0;
    const cpu0 = postgresCpuSeconds();
    runStartedReal = performance.now();
    log(`  running ${opts.workers} workers for ${opts.seconds} s at ${opts.speed}x`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), opts.seconds * 1000);
    const loops = workers.map(async (w) => {
      const ctx = { db: w.db, repos: w.repos, config, logger: silentLogger, clock };
      while (!stopAt()) {
        const summary = await runIngestPass(ctx, { mode: { kind: 'due' }, trigger: 'cron', signal: controller.signal });
        stored += summary.itemsNew;
        if (!summary.feeds) await new Promise((r) => setTimeout(r, 100));
      }
    });
    const api = runLoad(serve.origin, { method: 'POST', path: '/graphql', body: JSON.stringify({ query: FRONT_PAGE_QUERY }) }, { connections: 2, durationMs: opts.seconds * 1000 });
    const sampler = setInterval(takeLags, 1000);
    const [apiResult] = await Promise.all([api, ...loops]);
    clearInterval(sampler);
    clearTimeout(timer);
    const elapsed = (performance.now() - runStartedReal) / 1000;
    const cpu1 = postgresCpuSeconds();
    takeLags();
    await serve.stop();

    const endVirtual = virtualNow();
    const dueBefore = async (ms: number) =>
      Number(
        (
          await store.db.kysely
            .selectFrom('feeds')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('next_fetch_at', '<', new Date(ms).toISOString())
            .executeTakeFirstOrThrow()
        ).n,
      );
    const overdue = await dueBefore(endVirtual - 60_000 * opts.speed);
    const waiting = await dueBefore(endVirtual);
    // A duplicate: a feed fetched again sooner than half its cadence after a fetch that succeeded, or while one was
    // being answered.
    const lastOk = new Map<number, number>();
    let early = 0;
    for (const f of server.fetches) {
      const prev = lastOk.get(f.feed);
      if (prev !== undefined && f.at - prev < (CADENCE_SECONDS * 1000) / 2) early++;
      if (f.status === 200 || f.status === 304) lastOk.set(f.feed, f.at);
    }
    const statusCounts: Record<string, number> = {};
    for (const f of server.fetches) statusCounts[f.status] = (statusCounts[f.status] ?? 0) + 1;
    lags.sort((a, b) => a - b);
    const fetches = server.fetches.length;
    for (const w of workers) await w.db.destroy();
    log(`  done in ${((performance.now() - realStart0) / 1000).toFixed(0)} s`);
    return {
      options: opts,
      seedSeconds,
      dueRatePerSecond: (opts.feeds / CADENCE_SECONDS) * opts.speed,
      fetchesPerSecond: fetches / elapsed,
      fetches,
      lagP50s: percentile(lags, 50),
      lagP99s: percentile(lags, 99),
      lateOver60s: lags.filter((l) => l > 60).length,
      overdueAtEnd: overdue,
      waitingAtEnd: waiting,
      duplicates: early + server.overlapping,
      statusCounts,
      storedPerSecond: stored / elapsed,
      stored,
      statementsPerFetch: counters.statements / Math.max(1, fetches),
      claimStatementsPerFetch: counters.claims / Math.max(1, fetches),
      postgresCpuSeconds: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null,
      apiP50ms: apiResult.p50ms,
      apiP95ms: apiResult.p95ms,
      apiRequests: apiResult.requests,
    };
  } finally {
    await server.close();
    await closeFetchDispatchers();
    await store.cleanup();
  }
}

export function printFleet(r: FleetResult): void {
  const o = r.options;
  console.log(
    `\nFleet simulation on PostgreSQL: ${o.feeds} feeds on virtual hosts, ${o.workers} ingest workers (${o.concurrency} fetches in flight each), ${o.seconds} s at ${o.speed}x (feeds stored in ${r.seedSeconds.toFixed(1)} s):`,
  );
  console.table([
    {
      'due fetches/s asked': r.dueRatePerSecond.toFixed(1),
      'fetches/s made': r.fetchesPerSecond.toFixed(1),
      'lag p50 s': r.lagP50s.toFixed(1),
      'lag p99 s': r.lagP99s.toFixed(1),
      'fetched > 60 s late': r.lateOver60s,
      'overdue > 60 s at end': r.overdueAtEnd,
      'due and waiting at end': r.waitingAtEnd,
      duplicates: r.duplicates,
    },
  ]);
  console.table([
    {
      'stored articles/s': r.storedPerSecond.toFixed(1),
      'SQL statements / fetch': r.statementsPerFetch.toFixed(1),
      'claim statements / fetch': r.claimStatementsPerFetch.toFixed(3),
      'PostgreSQL CPU s / s (all postgres processes on the machine)': r.postgresCpuSeconds === null ? 'n/a' : (r.postgresCpuSeconds / o.seconds).toFixed(2),
      'API front page p50 ms': r.apiP50ms.toFixed(1),
      'API front page p95 ms': r.apiP95ms.toFixed(1),
      'API requests': r.apiRequests,
    },
  ]);
  console.log('answers by status: %s (goal: every due feed within 60 s at 42 fetches/s, 0 duplicates)', JSON.stringify(r.statusCounts));
}
