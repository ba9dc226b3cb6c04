import type { Config } from '../config/config.ts';
import type { Logger } from '../log/logger.ts';
import { createMetrics, type Metrics } from '../log/metrics.ts';
import type { PipelineDeps } from '../ingest/pipeline.ts';
import { runIngestPass, type IngestPassSummary } from '../scheduler/ingest-pass.ts';
import type { Db } from '../store/db.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { IngestMetricName, IngestTask, WorkerReport } from './ingest-messages.ts';
import { createWorkQueue, type WorkQueue } from './work-queue.ts';

export interface IngestRunnerDeps {
  db: Db;
  repos: Repositories;
  config: Config;
  logger: Logger;
}

export interface IngestRunner {
  /** Runs one task, reporting what it stores and clusters through `report`; resolves with the pass summary (null for a drain). */
  run(task: IngestTask, report: (r: WorkerReport) => void, signal?: AbortSignal): Promise<IngestPassSummary | null>;
  /** Stops draining for good (shutdown): jobs not yet claimed stay queued for the next process. */
  stop(): void;
}

type OnStored = NonNullable<PipelineDeps['onStored']>;

/**
 * The metrics an ingest pass records, forwarded as reports: the pass runs in a worker, /metrics is served by the
 * process that started it. Only the four ingest series are forwarded; the rest of the object is an unused registry.
 */
function forwardingMetrics(report: (r: WorkerReport) => void): Metrics {
  const send = (name: IngestMetricName) => (labels: Record<string, string>, value = 1) => report({ type: 'metric', name, labels: { ...labels }, value });
  const counter = (name: IngestMetricName) => ({ inc: send(name) });
  const histogram = (name: IngestMetricName) => ({ observe: send(name) });
  return {
    ...createMetrics(false),
    fetches: counter('fetches') as unknown as Metrics['fetches'],
    articles: counter('articles') as unknown as Metrics['articles'],
    fetchDuration: histogram('fetchDuration') as unknown as Metrics['fetchDuration'],
    passes: counter('passes') as unknown as Metrics['passes'],
  };
}

/**
 * What an ingest worker does, whichever thread it runs on: ingest passes (fetch, parse, normalise, store) and the
 * work queue's drain (extract, enrich, cluster), over its own store connection. What the serving process must hear
 * of (articles stored, stories changed, metrics, progress) leaves as reports: plain data that crosses threads.
 */
export function createIngestRunner(deps: IngestRunnerDeps): IngestRunner {
  const stopping = new AbortController();
  // The queue is shared by the tasks of this worker (its drains coalesce); what it reports goes to a task in progress.
  const live = new Set<(r: WorkerReport) => void>();
  const broadcast = (r: WorkerReport) => {
    for (const report of live) {
      report(r);
      return;
    }
    deps.logger.warn({ report: r.type }, 'a work queue report with no task to carry it was dropped');
  };
  let queue: Promise<WorkQueue> | null = null;
  const workQueue = () =>
    (queue ??= createWorkQueue(
      {
        db: deps.db,
        repos: deps.repos,
        config: deps.config,
        logger: deps.logger,
        onStoriesChanged: (c) => broadcast({ type: 'stories', changedStoryIds: [...c.changedStoryIds], merges: c.merges.map((m) => ({ ...m })) }),
      },
      { signal: stopping.signal },
    ).catch((e) => {
      queue = null;
      throw e;
    }));
  const drain = async () => (await workQueue()).drain();

  return {
    stop: () => stopping.abort(),
    async run(task, report, signal) {
      live.add(report);
      try {
        if (task.kind === 'drain') {
          await drain();
          return null;
        }
        const announce: OnStored = ({ feed, newIds, updatedIds }) => report({ type: 'stored', feedId: feed.id, newIds, updatedIds });
        const onStored: OnStored = task.awaitWork
          ? async (event) => {
              try {
                await drain();
              } finally {
                await announce(event);
              }
            }
          : (event) => {
              drain().catch((e) => deps.logger.error({ err: e }, 'draining the work queue failed; the jobs stay queued'));
              return announce(event);
            };
        return await runIngestPass(
          { db: deps.db, repos: deps.repos, config: deps.config, logger: deps.logger, metrics: forwardingMetrics(report), onStored, drainWork: drain },
          {
            mode: task.mode,
            trigger: task.trigger,
            onProgress: ({ done, claimed, result }) => report({ type: 'progress', done, claimed, result }),
            ...(signal ? { signal } : {}),
          },
        );
      } finally {
        live.delete(report);
      }
    },
  };
}
