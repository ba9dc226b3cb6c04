import type { FeedIngestResult } from '../ingest/pipeline.ts';
import type { IngestMode, IngestPassOptions } from '../scheduler/ingest-pass.ts';

/** What the API's process asks an ingest worker to do. */
export type IngestTask =
  | {
      kind: 'pass';
      mode: IngestMode;
      trigger: IngestPassOptions['trigger'];
      /**
       * Wait for each feed's queued work (extraction, enrichment, clustering) before announcing its articles, so a
       * subscriber resolving an added article's entities, topics or story finds them (serve); otherwise the queue
       * drains beside the fetching and the pass waits for it at its end (`newsgraph ingest`: throughput).
       */
      awaitWork: boolean;
    }
  | { kind: 'drain' };

/** The counters and histograms an ingest pass records, as the worker reports them to the process that serves /metrics. */
export type IngestMetricName = 'fetches' | 'articles' | 'fetchDuration' | 'passes';

/** What a worker reports while a task runs (over the task's MessagePort). Plain data: it crosses threads. */
export type WorkerReport =
  | { type: 'stored'; feedId: string; newIds: string[]; updatedIds: string[] }
  | { type: 'stories'; changedStoryIds: string[]; merges: { mergedId: string; intoId: string }[] }
  | { type: 'progress'; done: number; claimed: number; result: FeedIngestResult }
  | { type: 'metric'; name: IngestMetricName; labels: Record<string, string>; value: number }
  // The last report of a task: everything it reported was posted before it.
  | { type: 'end' };

/** What the serving process sends to a running task: stop claiming feeds and jobs (shutdown). */
export type WorkerCommand = { type: 'abort' };
