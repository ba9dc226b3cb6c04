/**
 * Ingest at fleet scale, simulated: `feeds` synthetic feeds on virtual hosts of a loopback server (fleet-feed-server.ts),
 * all due every 30 virtual minutes, fetched by `workers` ingest worker processes (fleet-worker.ts: the real
 * runIngestPass, each its own connection pool and lease owner, claiming with FOR UPDATE SKIP LOCKED) on one
 * PostgreSQL, while `drainWorkers` processes run the work queue (extraction, enrichment, clustering) apart, on a clock
 * running `speed` times faster than real time for `seconds` real seconds. A `newsgraph serve` process on the same
 * database answers the front page meanwhile.
 *
 *   npm run bench -- --fleet-only --feeds 75000 --seconds 120 [--speed 1] [--workers 4] [--drain-workers 2]
 *     [--concurrency 16] [--cpu-prof <dir>]
 *
 * The due rate is feeds / 1800 s x speed: 75,000 feeds at speed 1 is 42 fetches/s (Event Registry's scale at a
 * 30-minute cadence); --feeds 7500 --speed 10 asks the same rate of a smaller fleet.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { newId } from '../../src/domain/ids.ts';
import { createTestStore } from '../support/databases.ts';
import { startFleetServer } from './fleet-feed-server.ts';
import { FRONT_PAGE_QUERY } from './front-page.ts';
import { runLoad } from './load-generator.ts';
import { startServeProcess } from './serve-process.ts';
import type { FleetWorkerDone, FleetWorkerSpec } from './fleet-worker.ts';
import { benchFeedRow } from './feed-rows.ts';

const CADENCE_SECONDS = 1800;

export interface FleetOptions {
  feeds: number;
  seconds: number;
  speed: number;
  workers: number;
  /** Processes draining the work queue (extraction, enrichment, clustering). */
  drainWorkers: number;
  /** When set, the first ingest worker writes a V8 CPU profile here. */
  cpuProfDir?: string;
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
  /** Ingest passes a store failure ended (the worker started another). */
  passFailures: string[];
  statusCounts: Record<string, number>;
  /** Article pages and robots.txt files the extraction jobs asked the fleet's hosts for. */
  pagesServed: number;
  storedPerSecond: number;
  stored: number;
  /** Jobs finished by the drain workers per second, by kind, and jobs still pending at the end, by kind. */
  jobsDonePerSecond: Record<string, number>;
  jobsFailed: Record<string, number>;
  queueDepthAtEnd: Record<string, number>;
  /** Jobs waiting for an earlier kind of work on their article at the end, by kind. */
  jobsWaitingAtEnd: Record<string, number>;
  /** CPU ms an ingest worker spent per fetch, and a drain worker per finished job (each process's own cpuUsage). */
  ingestCpuMsPerFetch: number;
  /** The same over the second half of the run only (warm processes), per feed claimed. */
  ingestCpuMsPerFetchWarm: number;
  drainCpuMsPerJob: number;
  ingestCpuSeconds: number;
  drainCpuSeconds: number;
  statementsPerFetch: number;
  /** The ingest workers' statements per fetch by their opening words, most frequent first. */
  statementKindsPerFetch: [string, number][];
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
  const children: ChildProcess[] = [];
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
        return benchFeedRow({
          id,
          source_id: s.id,
          url,
          title: null,
          site_url: null,
          format: null,
          interval_seconds: CADENCE_SECONDS,
          next_fetch_at: iso(virtualStart + ((i + 0.5) / opts.feeds) * CADENCE_SECONDS * 1000),
          next_fetch_reason: 'interval',
          last_fetched_at: null,
          created_at: iso(virtualStart),
        });
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
      // Leases run on the virtual clock but are renewed on the real one (a third of the lease): scaled by the speed,
      // a lease lasts as long in real time as in production, and a slow fetch is not taken up by a second worker.
      LEASE_SECONDS: 300 * opts.speed,
      JOB_LEASE_SECONDS: 120 * opts.speed,
      // Page politeness runs on the real clock and job retry times on the virtual one: scaled by the speed, a host's
      // spacing and the wait a page may take before it is put back are what they are in production in virtual time
      // (unscaled, a put-back page came due again after a tenth of its host's spacing, and the drains churned).
      PAGE_FETCH_HOST_DELAY_MS: Math.round(1000 / opts.speed),
      EXTRACT_MAX_HOST_WAIT_MS: Math.round(2000 / opts.speed),
    };
    // Due time of each claimed feed (sent by the ingest workers), to measure the lag when the server sees its fetch.
    const dueAt = new Map<number, number>();
    const reports: FleetWorkerDone[] = [];
    const spawnWorker = (role: FleetWorkerSpec['role'], profile: boolean) =>
      new Promise<ChildProcess>((resolve, reject) => {
        const spec: FleetWorkerSpec = { role, overrides, speed: opts.speed, seconds: opts.seconds };
        const child = fork(new URL('./fleet-worker.ts', import.meta.url), [], {
          env: { ...process.env, FLEET_WORKER: JSON.stringify(spec) },
          execArgv: [...process.execArgv, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`] : [])],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        children.push(child);
        child.on('message', (m: { type: string; pairs?: [string, number][] }) => {
          if (m.type === 'ready') resolve(child);
          else if (m.type === 'due') for (const [id, due] of m.pairs!) dueAt.set(indexOf.get(id)!, due);
          else if (m.type === 'done') reports.push(m as unknown as FleetWorkerDone);
        });
        child.once('error', reject);
        child.once('exit', (code) => (code ? reject(new Error(`fleet ${role} worker exited with ${code}`)) : resolve(child)));
      });
    const started = await Promise.all([
      ...Array.from({ length: opts.workers }, (_, k) => spawnWorker('ingest', k === 0 && !!opts.cpuProfDir)),
      ...Array.from({ length: opts.drainWorkers }, () => spawnWorker('drain', false)),
    ]);
    const exited = started.map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', () => resolve()))));

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
    const cpu0 = postgresCpuSeconds();
    runStartedReal = performance.now();
    const realStartEpoch = Date.now();
    for (const c of started) c.send({ type: 'start', virtualStart, realStart: realStartEpoch });
    log(`  running ${opts.workers} ingest and ${opts.drainWorkers} drain worker processes for ${opts.seconds} s at ${opts.speed}x`);
    const api = runLoad(serve.origin, { method: 'POST', path: '/graphql', body: JSON.stringify({ query: FRONT_PAGE_QUERY }) }, { connections: 2, durationMs: opts.seconds * 1000 });
    const sampler = setInterval(takeLags, 1000);
    // The fetch figures are taken at the deadline; workers finishing their last batch or job afterwards do not count.
    const apiResult = await api;
    await new Promise((r) => setTimeout(r, Math.max(0, opts.seconds * 1000 - (performance.now() - runStartedReal))));
    const elapsed = (performance.now() - runStartedReal) / 1000;
    const fetches = server.fetches.filter((f) => f.at <= virtualNow()).length;
    const cpu1 = postgresCpuSeconds();
    clearInterval(sampler);
    await Promise.all(exited);
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
    const depth = await store.db.kysely
      .selectFrom('jobs')
      .select(['kind', 'state', (eb) => eb.fn.countAll<number>().as('n')])
      .where('state', 'in', ['pending', 'waiting'])
      .groupBy(['kind', 'state'])
      .execute();
    const depthOf = (state: string) => Object.fromEntries(depth.filter((r) => r.state === state).map((r) => [r.kind, Number(r.n)]));
    const queueDepthAtEnd = depthOf('pending');
    const jobsWaitingAtEnd = depthOf('waiting');
    const sum = (rs: FleetWorkerDone[], f: (r: FleetWorkerDone) => number) => rs.reduce((n, r) => n + f(r), 0);
    const ingest = reports.filter((r) => r.role === 'ingest');
    const drain = reports.filter((r) => r.role === 'drain');
    const jobsDone: Record<string, number> = {};
    const jobsFailed: Record<string, number> = {};
    for (const r of drain) {
      for (const [k, v] of Object.entries(r.jobsDone)) jobsDone[k] = (jobsDone[k] ?? 0) + v;
      for (const [k, v] of Object.entries(r.jobsFailed)) jobsFailed[k] = (jobsFailed[k] ?? 0) + v;
    }
    const stored = sum(ingest, (r) => r.stored);
    const workerFetches = sum(ingest, (r) => r.fetches);
    const jobsTotal = Object.values(jobsDone).reduce((a, b) => a + b, 0) + Object.values(jobsFailed).reduce((a, b) => a + b, 0);
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
      passFailures: ingest.flatMap((r) => r.passFailures),
      statusCounts,
      pagesServed: server.pagesServed,
      storedPerSecond: stored / elapsed,
      stored,
      jobsDonePerSecond: Object.fromEntries(Object.entries(jobsDone).map(([k, v]) => [k, v / elapsed])),
      jobsFailed,
      queueDepthAtEnd,
      jobsWaitingAtEnd,
      ingestCpuMsPerFetch: sum(ingest, (r) => r.cpuMs) / Math.max(1, workerFetches),
      ingestCpuMsPerFetchWarm: sum(ingest, (r) => r.warmCpuMs) / Math.max(1, sum(ingest, (r) => r.warmClaimed)),
      drainCpuMsPerJob: sum(drain, (r) => r.cpuMs) / Math.max(1, jobsTotal),
      ingestCpuSeconds: sum(ingest, (r) => r.cpuMs) / 1000,
      drainCpuSeconds: sum(drain, (r) => r.cpuMs) / 1000,
      statementsPerFetch: sum(ingest, (r) => r.statements) / Math.max(1, workerFetches),
      statementKindsPerFetch: Object.entries(
        ingest.reduce<Record<string, number>>((acc, r) => {
          for (const [k, v] of Object.entries(r.statementKinds)) acc[k] = (acc[k] ?? 0) + v;
          return acc;
        }, {}),
      )
        .map(([k, v]): [string, number] => [k, v / Math.max(1, workerFetches)])
        .sort((a, b) => b[1] - a[1]),
      claimStatementsPerFetch: sum(ingest, (r) => r.claims) / Math.max(1, workerFetches),
      postgresCpuSeconds: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null,
      apiP50ms: apiResult.p50ms,
      apiP95ms: apiResult.p95ms,
      apiRequests: apiResult.requests,
    };
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill();
    await server.close();
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
      'ingest CPU ms / fetch': r.ingestCpuMsPerFetch.toFixed(1),
      'same, 2nd half (warm)': r.ingestCpuMsPerFetchWarm.toFixed(1),
      'ingest CPU s (all workers)': r.ingestCpuSeconds.toFixed(1),
      'SQL statements / fetch': r.statementsPerFetch.toFixed(1),
      'claim statements / fetch': r.claimStatementsPerFetch.toFixed(3),
      'PostgreSQL CPU s / s (all postgres processes on the machine)': r.postgresCpuSeconds === null ? 'n/a' : (r.postgresCpuSeconds / o.seconds).toFixed(2),
      'API front page p50 ms': r.apiP50ms.toFixed(1),
      'API front page p95 ms': r.apiP95ms.toFixed(1),
      'API requests': r.apiRequests,
    },
  ]);
  console.log(
    'ingest statements per fetch: %s',
    r.statementKindsPerFetch
      .slice(0, 10)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join('; '),
  );
  const kinds = ['extract', 'enrich', 'cluster'];
  console.log(`Work queue, drained apart by ${o.drainWorkers} processes (drain CPU ${r.drainCpuSeconds.toFixed(1)} s, ${r.drainCpuMsPerJob.toFixed(1)} ms / job):`);
  console.table(
    kinds.map((k) => ({
      kind: k,
      'done / s': (r.jobsDonePerSecond[k] ?? 0).toFixed(1),
      failed: r.jobsFailed[k] ?? 0,
      'pending at end': r.queueDepthAtEnd[k] ?? 0,
      'waiting at end': r.jobsWaitingAtEnd[k] ?? 0,
    })),
  );
  // Extraction, enrichment and clustering of every stored article at the drains' own CPU per job (the database's not
  // counted): how far the machine is from keeping up, rather than a figure that only says it did not.
  console.log(
    'cores the drains would need to extract, enrich and cluster every stored article: %s (%s articles/s x %d jobs x %s ms)',
    ((r.storedPerSecond * kinds.length * r.drainCpuMsPerJob) / 1000).toFixed(1),
    r.storedPerSecond.toFixed(0),
    kinds.length,
    r.drainCpuMsPerJob.toFixed(1),
  );
  console.log(
    'cores needed for the asked rate at the measured ingest CPU: %s (asked %s fetches/s x %s ms); warm: %s (x %s ms)',
    ((r.dueRatePerSecond * r.ingestCpuMsPerFetch) / 1000).toFixed(2),
    r.dueRatePerSecond.toFixed(1),
    r.ingestCpuMsPerFetch.toFixed(1),
    ((r.dueRatePerSecond * r.ingestCpuMsPerFetchWarm) / 1000).toFixed(2),
    r.ingestCpuMsPerFetchWarm.toFixed(1),
  );
  if (r.passFailures.length) console.log('ingest passes ended by a store failure: %d (%s)', r.passFailures.length, [...new Set(r.passFailures)].join('; '));
  console.log('feed answers by status: %s (goal: every due feed within 60 s at 42 fetches/s, 0 duplicates)', JSON.stringify(r.statusCounts));
  console.log(`article pages and robots.txt served to extraction: ${r.pagesServed}`);
}
