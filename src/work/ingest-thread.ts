/**
 * The entry of an ingest worker thread (run by the pool in ingest-pool.ts, never imported by the API's code): it
 * opens its own store connection from the configuration the pool hands it, and runs the tasks the pool sends.
 * Enrichment and clustering load at the first drain, on this thread.
 */
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'piscina';
import type { Config } from '../config/config.ts';
import { closeFetchDispatchers } from '../ingest/fetch/dispatcher-pool.ts';
import { createLogger } from '../log/logger.ts';
import { createDb } from '../store/db.ts';
import { createRepositories } from '../store/repositories/index.ts';
import type { IngestTask, WorkerCommand, WorkerReport } from './ingest-messages.ts';
import { createIngestRunner, type IngestRunner } from './ingest-runner.ts';

export interface ThreadTask {
  task: IngestTask | { kind: 'close' };
  port?: MessagePort;
}

const config = (workerData as { config: Config }).config;
const logger = createLogger(config.settings.LOG_LEVEL).child({ thread: 'ingest' });

interface Opened {
  runner: IngestRunner;
  close(): Promise<void>;
}
let opened: Promise<Opened> | null = null;

async function open(): Promise<Opened> {
  // SQLite: WAL lets the API read while this connection writes; its busy timeout queues the writers of both.
  const db = createDb(config);
  const runner = createIngestRunner({ db, repos: createRepositories(db), config, logger });
  return {
    runner,
    close: async () => {
      runner.stop();
      await closeFetchDispatchers();
      await db.destroy();
      logger.flush();
    },
  };
}

export default async function runThreadTask({ task, port }: ThreadTask): Promise<unknown> {
  if (task.kind === 'close') {
    const o = opened;
    opened = null;
    if (o) await (await o).close();
    return null;
  }
  if (!port) throw new Error('an ingest task needs its report port');
  const abort = new AbortController();
  port.on('message', (m: WorkerCommand) => {
    if (m.type !== 'abort') return;
    // Shutdown: this pass claims no more feeds, and the queue no more jobs (on this thread, for good).
    abort.abort();
    opened?.then((o) => o.runner.stop()).catch(() => {});
  });
  const post = (r: WorkerReport) => port.postMessage(r);
  try {
    opened ??= open().catch((e) => {
      opened = null;
      throw e;
    });
    return await (await opened).runner.run(task, post, abort.signal);
  } finally {
    post({ type: 'end' });
    port.close();
  }
}
