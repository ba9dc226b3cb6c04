/**
 * One clustering worker of the cluster-workers bench: the work queue a `newsgraph work` process runs, on the store the
 * parent names (CLUSTER_WORKER_DB), drained once to empty after the parent's `start`. Its own process, so N of them
 * use N cores and meet only in the database.
 */
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createDb } from '../../src/store/db.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createWorkQueue } from '../../src/work/work-queue.ts';

export interface ClusterWorkerDone {
  type: 'done';
  clustered: number;
  cpuMs: number;
}

const config = loadConfig({}, { DATABASE_URL: process.env.CLUSTER_WORKER_DB, LOG_LEVEL: 'silent' });
const db = createDb(config);
const repos = createRepositories(db);
// The clustering models load before the clock starts, as in a long-running worker.
const queue = await createWorkQueue({ db, repos, config, logger: silentLogger });
await new Promise<void>((resolve) => {
  process.on('message', (m: { type?: string }) => m?.type === 'start' && resolve());
  process.send!({ type: 'ready' });
});
const cpu0 = process.cpuUsage();
const summary = await queue.drain();
const cpu = process.cpuUsage(cpu0);
const done: ClusterWorkerDone = { type: 'done', clustered: summary.done.cluster, cpuMs: (cpu.user + cpu.system) / 1000 };
await new Promise<void>((resolve) => process.send!(done, () => resolve()));
await db.destroy();
process.exit(0);
