import { fork } from 'node:child_process';
import type { Dialect } from '../../src/store/db.ts';
import { createNewsStore, storeNews } from './seed-stories.ts';
import { syntheticNews } from './synthetic-news.ts';
import type { ClusterWorkerDone } from './cluster-worker-process.ts';

export interface ClusterWorkersRow {
  workers: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** CPU of the worker processes per article (their own cpuUsage). */
  cpuMsPerArticle: number;
  /** Stories the run made. */
  stories: number;
  /** Same stories (by article guid) as the one-worker run. */
  sameAsOne: boolean;
}

/**
 * Clustering throughput by the number of worker processes, in one run: the same synthetic news (seed-stories.ts),
 * stored with its enrichment in a fresh store per worker count, queued as cluster jobs and drained by N `newsgraph
 * work`-like processes at once (the real work queue, leases and story locks). Each count's stories are compared with
 * the one-worker run's: concurrency must not change them.
 */
export async function benchClusterWorkers(opts: { articles: number; workers: number[]; dialect: Dialect; log?: (m: string) => void }): Promise<ClusterWorkersRow[]> {
  const stream = syntheticNews(opts.articles);
  const rows: ClusterWorkersRow[] = [];
  let reference: string[] | null = null;
  for (const workers of opts.workers) {
    const news = await createNewsStore({ dialect: opts.dialect });
    try {
      const ids = await storeNews(news, stream);
      const now = stream.at(-1)!.publishedAt;
      await news.store.db.kysely.transaction().execute((trx) =>
        news.repos.jobs.enqueue(
          trx,
          ids.map((articleId) => ({ kind: 'cluster' as const, articleId })),
          now,
        ),
      );
      opts.log?.(`  ${ids.length} articles stored and queued; clustering with ${workers} worker process(es)`);
      const children = await Promise.all(Array.from({ length: workers }, () => startWorker(news.store.databaseUrl)));
      const t0 = performance.now();
      const done = await Promise.all(children.map((c) => c.run()));
      const seconds = (performance.now() - t0) / 1000;
      const clustered = done.reduce((a, d) => a + d.clustered, 0);
      const members = await news.store.db.kysely
        .selectFrom('articles')
        .select(['guid', 'story_id'])
        .where('story_id', 'is not', null)
        .execute();
      const byStory = new Map<string, string[]>();
      for (const m of members) byStory.set(m.story_id!, [...(byStory.get(m.story_id!) ?? []), m.guid!]);
      const partition = [...byStory.values()].map((g) => g.sort().join(' ')).sort();
      reference ??= partition;
      rows.push({
        workers,
        articles: clustered,
        seconds,
        articlesPerSecond: clustered / seconds,
        cpuMsPerArticle: done.reduce((a, d) => a + d.cpuMs, 0) / Math.max(1, clustered),
        stories: partition.length,
        sameAsOne: partition.length === reference.length && partition.every((g, i) => g === reference![i]),
      });
    } finally {
      await news.store.cleanup();
    }
  }
  return rows;
}

/** A worker process, loaded and ready; `run` starts its drain and resolves with its report. */
function startWorker(databaseUrl: string): Promise<{ run(): Promise<ClusterWorkerDone> }> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./cluster-worker-process.ts', import.meta.url), [], {
      env: { ...process.env, CLUSTER_WORKER_DB: databaseUrl },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    let finished: ((d: ClusterWorkerDone) => void) | null = null;
    child.on('message', (m: { type?: string }) => {
      if (m?.type === 'ready') resolve({ run: () => new Promise<ClusterWorkerDone>((r) => ((finished = r), child.send({ type: 'start' }))) });
      if (m?.type === 'done') finished?.(m as ClusterWorkerDone);
    });
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`cluster worker exited with ${code}`));
    });
  });
}
