import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { Config } from '../config/config.ts';
import type { Logger } from '../log/logger.ts';
import type { Metrics } from '../log/metrics.ts';
import type { IngestPassOptions, IngestPassSummary } from '../scheduler/ingest-pass.ts';
import type { Db } from '../store/db.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { IngestTask, WorkerCommand, WorkerReport } from './ingest-messages.ts';
import type { ThreadTask } from './ingest-thread.ts';

export interface StoredArticles {
  feedId: string;
  newIds: string[];
  updatedIds: string[];
}

export interface StoryChangeReport {
  changedStoryIds: string[];
  merges: { mergedId: string; intoId: string }[];
}

export interface IngestPoolHooks {
  /** A feed's articles were stored (and, with awaitWork, their work done). */
  onStored?: (e: StoredArticles) => Promise<void> | void;
  /** Clustering changed these stories. */
  onStoriesChanged?: (c: StoryChangeReport) => Promise<void> | void;
  /** Where the workers' ingest counters land (the /metrics of this process). */
  metrics?: Metrics;
}

export interface IngestPool {
  /** One ingest pass, run by a worker; `signal` asks it to stop claiming feeds. */
  runPass(opts: IngestPassOptions & { awaitWork: boolean }): Promise<IngestPassSummary>;
  /** Runs the work queue until nothing is due, on a worker. */
  drain(): Promise<void>;
  /** Asks running tasks to stop claiming, waits for them, closes the workers' store connections and ends the threads. */
  close(): Promise<void>;
}

export interface IngestPoolDeps {
  config: Config;
  logger: Logger;
  /** The caller's store: used only where a worker thread cannot open its own (an in-memory SQLite database). */
  db: Db;
  repos: Repositories;
}

type Piscina = import('piscina').Piscina<ThreadTask, unknown>;

/** The thread entry beside this file: JavaScript once built; from TypeScript sources, a bootstrap that registers tsx first. */
function threadEntry(): string {
  const ts = import.meta.url.endsWith('.ts');
  return new URL(ts ? './ingest-thread-tsx.mjs' : './ingest-thread.js', import.meta.url).href;
}

/**
 * The ingest workers of a process: fetching, parsing, normalising and storing feeds, and draining the work queue
 * (page extraction, enrichment, clustering), on a worker thread of a piscina pool, never on the event loop that
 * answers HTTP. The thread opens its own store connection and loads the NLP models at its first drain; it starts at
 * the first task, so a process that never ingests never starts it. Piscina replaces a thread that dies; the queue's
 * leases bring back whatever it held. One thread runs tasks concurrently (a cron pass and an API refresh), as
 * several passes in one process always did; a lower scheduling priority keeps the API first on a busy machine.
 *
 * What a task stores and clusters comes back as reports, handled here in order: the articleAdded and storyUpdated
 * events reach this process's subscribers (and, on PostgreSQL, other processes' through the caller's transport).
 */
export function createIngestPool(deps: IngestPoolDeps, hooks: IngestPoolHooks): IngestPool {
  const target = deps.config.database;
  const inMemory = 'file' in target && target.file === ':memory:';
  const logger = deps.logger.child({ subsystem: 'workers' });
  let pool: Promise<Piscina> | null = null;
  let local: Promise<import('./ingest-runner.ts').IngestRunner> | null = null;
  const running = new Set<{ port: MessagePort; done: Promise<unknown> }>();
  // Reports are handled one at a time, in the order they came, so subscribers hear of articles before their stories change.
  let handled: Promise<void> = Promise.resolve();

  const startPool = async (): Promise<Piscina> => {
    const { Piscina } = await import('piscina');
    const p = new Piscina<ThreadTask, unknown>({
      filename: threadEntry(),
      workerData: { config: deps.config },
      minThreads: 1,
      maxThreads: 1,
      concurrentTasksPerWorker: 8,
      idleTimeout: Number.POSITIVE_INFINITY,
      niceIncrement: 10,
    });
    p.on('error', (e) => logger.error({ err: e }, 'an ingest worker thread failed; piscina starts another'));
    return p;
  };

  const handle = (r: WorkerReport, onProgress?: IngestPassOptions['onProgress']) => {
    const run = async () => {
      switch (r.type) {
        case 'stored':
          await hooks.onStored?.({ feedId: r.feedId, newIds: r.newIds, updatedIds: r.updatedIds });
          return;
        case 'stories':
          await hooks.onStoriesChanged?.({ changedStoryIds: r.changedStoryIds, merges: r.merges });
          return;
        case 'progress':
          onProgress?.({ done: r.done, claimed: r.claimed, result: r.result });
          return;
        case 'metric': {
          const m = hooks.metrics;
          if (!m) return;
          if (r.name === 'fetchDuration') m.fetchDuration.observe(r.labels, r.value);
          else if (r.name === 'fetches') m.fetches.inc(r.labels, r.value);
          else if (r.name === 'articles') m.articles.inc(r.labels, r.value);
          else m.passes.inc(r.labels, r.value);
          return;
        }
        case 'end':
          return;
      }
    };
    handled = handled.then(run).catch((e) => logger.error({ err: e, report: r.type }, 'handling a worker report failed'));
  };

  const runTask = async (task: IngestTask, opts: { onProgress?: IngestPassOptions['onProgress']; signal?: AbortSignal } = {}): Promise<unknown> => {
    if (inMemory) {
      // An in-memory store exists on this thread only: the runner works here (tests, throwaway runs).
      local ??= import('./ingest-runner.ts').then(({ createIngestRunner }) => createIngestRunner({ db: deps.db, repos: deps.repos, config: deps.config, logger }));
      const result = await (await local).run(task, (r) => handle(r, opts.onProgress), opts.signal);
      await handled;
      return result;
    }
    pool ??= startPool();
    const p = await pool;
    const { port1, port2 } = new MessageChannel();
    let ended!: () => void;
    const end = new Promise<void>((resolve) => (ended = resolve));
    port1.on('message', (r: WorkerReport) => {
      handle(r, opts.onProgress);
      if (r.type === 'end') ended();
    });
    const abort = () => port1.postMessage({ type: 'abort' } satisfies WorkerCommand);
    opts.signal?.addEventListener('abort', abort, { once: true });
    const done = p.run({ task, port: port2 }, { transferList: [port2] });
    const entry = { port: port1, done: done.catch(() => undefined) };
    running.add(entry);
    try {
      const result = await done;
      // Every report the task posted is in before its result counts as delivered.
      await end;
      await handled;
      return result;
    } finally {
      running.delete(entry);
      opts.signal?.removeEventListener('abort', abort);
      port1.close();
    }
  };

  return {
    runPass: async (opts) =>
      (await runTask(
        { kind: 'pass', mode: opts.mode, trigger: opts.trigger, awaitWork: opts.awaitWork },
        { ...(opts.onProgress ? { onProgress: opts.onProgress } : {}), ...(opts.signal ? { signal: opts.signal } : {}) },
      )) as IngestPassSummary,
    drain: async () => {
      await runTask({ kind: 'drain' });
    },
    close: async () => {
      for (const r of running) r.port.postMessage({ type: 'abort' } satisfies WorkerCommand);
      await Promise.all([...running].map((r) => r.done));
      if (local) (await local).stop();
      if (!pool) return;
      const p = await pool;
      pool = null;
      await p.run({ task: { kind: 'close' } }).catch((e) => logger.warn({ err: e }, 'closing the ingest worker failed'));
      await p.destroy();
      await handled;
    },
  };
}
