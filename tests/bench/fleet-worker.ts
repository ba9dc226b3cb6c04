/**
 * One worker process of the fleet simulation (fleet-simulation.ts forks it): either an ingest worker running the real
 * runIngestPass over due feeds in a loop, or a drain worker running the durable work queue (extraction, enrichment,
 * clustering) through the loop of `newsgraph work` (src/work/work-loop.ts), on the shared PostgreSQL and the parent's
 * virtual clock. Its own process, so its CPU is its own and the fetch path never waits on the drain.
 *
 * Protocol (IPC): the child sends `ready` once connected; the parent answers `start` with the clock's origin; the child
 * streams `due` batches (feed id, due time) as an ingest worker claims feeds, and ends with `done` (its counts and CPU).
 */
import type { Feed } from '../../src/domain/feed.ts';
import { loadConfig } from '../../src/config/config.ts';
import { closeFetchDispatchers } from '../../src/ingest/fetch/dispatcher-pool.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createDb } from '../../src/store/db.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { runWorkLoop } from '../../src/work/work-loop.ts';
import { createWorkQueue } from '../../src/work/work-queue.ts';
import { resolveFleetHostsLocally } from './fleet-feed-server.ts';

export interface FleetWorkerSpec {
  role: 'ingest' | 'drain';
  overrides: Record<string, string | number | boolean>;
  speed: number;
  seconds: number;
}

export type FleetWorkerStart = { type: 'start'; virtualStart: number; realStart: number };

export interface FleetWorkerDone {
  type: 'done';
  role: FleetWorkerSpec['role'];
  pid: number;
  /** Feeds fetched (ingest) and articles they stored. */
  fetches: number;
  stored: number;
  statements: number;
  /** Statements by their opening words (e.g. 'insert into "articles"'), to see which ones a fetch costs. */
  statementKinds: Record<string, number>;
  claims: number;
  /** Jobs finished and failed by kind (drain). */
  jobsDone: Record<string, number>;
  jobsFailed: Record<string, number>;
  /** CPU (user + system) this process used during the run, ms. */
  cpuMs: number;
  /** The second half of the run only (warm: modules loaded, code compiled, connections open): CPU ms and feeds claimed. */
  warmCpuMs: number;
  warmClaimed: number;
  /** Ingest passes that ended with a store failure (their messages). */
  passFailures: string[];
}

const spec = JSON.parse(process.env.FLEET_WORKER ?? 'null') as FleetWorkerSpec | null;
if (!spec || !process.send) throw new Error('fleet-worker runs as a forked child of fleet-simulation.ts');
const send = (m: unknown) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

resolveFleetHostsLocally();
const config = loadConfig({}, spec.overrides);
const counters = { statements: 0, claims: 0, kinds: {} as Record<string, number> };
const db = createDb(config, {
  log: (e) => {
    if (e.level !== 'query') return;
    counters.statements++;
    const kind = e.query.sql.split(' ', 3).join(' ');
    counters.kinds[kind] = (counters.kinds[kind] ?? 0) + 1;
    if (e.query.sql.startsWith('update "feeds" set "lease_owner"')) counters.claims++;
  },
});
const repos = createRepositories(db);
// The parent's virtual clock, from the origin its `start` message gives (real time until then).
let start: FleetWorkerStart | null = null;
const virtualNow = () => (start ? start.virtualStart + Math.max(0, Date.now() - start.realStart) * spec.speed : Date.now());
const clock = { now: () => new Date(virtualNow()) };
const controller = new AbortController();
// Loaded before the run (a long-running worker pays for its modules once): the pipeline for an ingest worker, the
// enrichment and clustering models for a drain worker. The CPU figures then hold the steady state only.
const queue = spec.role === 'drain' ? await createWorkQueue({ db, repos, config, logger: silentLogger, clock }, { signal: controller.signal }) : null;
if (spec.role === 'ingest') await import('../../src/ingest/pipeline.ts');

start = await new Promise<FleetWorkerStart>((resolve) => {
  process.on('message', (m: { type?: string }) => {
    if (m?.type === 'start') resolve(m as FleetWorkerStart);
  });
  void send({ type: 'ready' });
});
const stopAt = start.realStart + spec.seconds * 1000;
setTimeout(() => controller.abort(), Math.max(0, stopAt - Date.now())).unref();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const cpu0 = process.cpuUsage();
const done: FleetWorkerDone = { type: 'done', role: spec.role, pid: process.pid, fetches: 0, stored: 0, statements: 0, statementKinds: {}, claims: 0, jobsDone: {}, jobsFailed: {}, cpuMs: 0, warmCpuMs: 0, warmClaimed: 0, passFailures: [] };
// Feeds claimed so far (a pass runs as long as feeds keep coming due, so its summary comes only at the end).
let claimed = 0;
let half: { cpu: NodeJS.CpuUsage; claimed: number } | null = null;
setTimeout(() => (half = { cpu: process.cpuUsage(), claimed }), Math.max(0, (stopAt - Date.now()) / 2)).unref();

if (spec.role === 'ingest') {
  // Due times of claimed feeds go to the parent in batches, which matches them with the server's fetch log.
  let pending: [string, number][] = [];
  const flush = setInterval(() => {
    if (pending.length) void send({ type: 'due', pairs: pending.splice(0) });
  }, 500);
  const claimDue = repos.feeds.claimDue.bind(repos.feeds);
  repos.feeds.claimDue = async (o) => {
    const feeds: Feed[] = await claimDue(o);
    claimed += feeds.length;
    for (const f of feeds) pending.push([f.id, Date.parse(f.health.nextFetchAt)]);
    return feeds;
  };
  const ctx = { db, repos, config, logger: silentLogger, clock };
  while (Date.now() < stopAt) {
    let summary;
    try {
      summary = await runIngestPass(ctx, { mode: { kind: 'due' }, trigger: 'cron', signal: controller.signal });
    } catch (e) {
      // A store failure ends a pass (on a saturated machine, a pool connection timing out): the worker goes on, as a
      // supervised service would; the fetches of that pass are not counted, the failure is.
      done.passFailures.push((e as Error).message);
      continue;
    }
    done.fetches += summary.feeds;
    done.stored += summary.itemsNew;
    if (!summary.feeds) await sleep(100);
  }
  clearInterval(flush);
  if (pending.length) await send({ type: 'due', pairs: pending.splice(0) });
} else if (queue) {
  // The loop `newsgraph work` runs; the signal fires at the deadline.
  const s = await runWorkLoop(queue, { signal: controller.signal, idleMs: 200 });
  done.jobsDone = { ...s.done };
  done.jobsFailed = { ...s.failed };
}

const cpu = process.cpuUsage(cpu0);
done.cpuMs = (cpu.user + cpu.system) / 1000;
const halfAt = half as { cpu: NodeJS.CpuUsage; claimed: number } | null;
if (halfAt) {
  const warm = process.cpuUsage(halfAt.cpu);
  done.warmCpuMs = (warm.user + warm.system) / 1000;
  done.warmClaimed = claimed - halfAt.claimed;
}
done.statements = counters.statements;
done.claims = counters.claims;
done.statementKinds = counters.kinds;
await send(done);
await db.destroy();
await closeFetchDispatchers();
process.exit(0);
