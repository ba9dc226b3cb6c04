import { clusterInOrder, createNewsStore, storeNews, type NewsStore } from './seed-stories.ts';
import type { Dialect } from '../../src/store/db.ts';
import { syntheticNewsStream, type SyntheticArticle } from './synthetic-news.ts';

export interface ClusterCostRow {
  /** Articles stored (and clustered) before the measured sample. */
  stored: number;
  msPerArticle: number;
  /** Process CPU time (user + system) per article: less moved than wall time by other load on the machine. */
  cpuMsPerArticle: number;
  statementsPerArticle: number;
  /** Statements that gathered planner statistics while the sample ran (ANALYZE; PostgreSQL only), in ms per article. */
  analyzeMsPerArticle: number;
  /** The slowest clusterArticles call of the sample (PER_FETCH articles), in ms: a latency spike shows here. */
  slowestCallMs: number;
  /**
   * The slowest single ANALYZE of articles while the store grew to this size and the sample ran (PostgreSQL only; 0
   * when none ran), in ms: the clusterer runs it inline when the table's statistics are stale.
   */
  slowestAnalyzeArticlesMs: number;
  /** Of the sample: articles that joined a story, stories they founded, and merges they caused. */
  joined: number;
  founded: number;
  merges: number;
}

export interface ClusterCostResult {
  rows: ClusterCostRow[];
  /** Largest size to smallest, in wall time and in CPU time per article. */
  ratio: number;
  cpuRatio: number;
  /** How the store was filled, for the report: storing with enrichment, then clustering, in wall and CPU time. */
  seeding: { storeMs: number; clusterMs: number; clusterCpuMs: number; articles: number };
  /** The store at the largest size, when asked to keep it (the story front-page bench reads it). */
  news?: NewsStore;
}

/** Articles of the sample clustered per clusterArticles call: one feed fetch's new items. */
const PER_FETCH = 25;

/**
 * Articles per clusterArticles call, and per batch, while the store is filled: the same clusterer, placing a backlog
 * (as recluster or a worker catching up does), so the reads of a batch's candidates and related lists and its commit
 * are shared by more articles. Past the work bounds the stories may differ a little from those of 25-article calls
 * (which candidates were nearest), and they are what the store holds, as any real run's are.
 */
const FILL_PER_CALL = 500;

/** Articles stored and clustered between two progress reports while the store is filled. */
const FILL_STEP = 5_000;

/**
 * Clustering cost per new article as the store grows, on SQLite or PostgreSQL, in one run: synthetic news (seed-stories.ts) stored
 * with its enrichment and clustered by the real clusterer (clusterArticles in publication order, FILL_PER_CALL
 * articles a call), the measured sample as ingestion calls it (PER_FETCH a call): the store holds what clustering
 * made, not a replay of it. At each size the next `sample` articles of the stream are timed. The stream is steady
 * (about 1000 articles a day), so a bigger store is a longer history, as in production. `log` hears of the filling's
 * progress.
 */
export async function benchClusterCost(
  opts: { sizes?: number[]; sample?: number; dialect?: Dialect; keepStore?: boolean; log?: (m: string) => void } = {},
): Promise<ClusterCostResult> {
  const sizes = opts.sizes ?? [10_000, 100_000];
  const sample = opts.sample ?? 500;
  const last = sizes.at(-1)!;
  // Drawn as needed: a million articles' texts do not fit in memory at once.
  const stream = syntheticNewsStream(last + sample);
  const take = (n: number): SyntheticArticle[] => {
    const out: SyntheticArticle[] = [];
    while (out.length < n) {
      const next = stream.next();
      if (next.done) break;
      out.push(next.value);
    }
    return out;
  };
  const news = await createNewsStore(opts.dialect ? { dialect: opts.dialect } : {});
  const rows: ClusterCostRow[] = [];
  const seeding = { storeMs: 0, clusterMs: 0, clusterCpuMs: 0, articles: 0 };
  let done = 0;
  try {
    for (const size of sizes) {
      news.sql.analyzeArticlesMaxMs = 0;
      // Grow to `size`: everything after what is there (the previous sample included) up to it, a step at a time.
      const t0 = performance.now();
      while (done < size) {
        const step = take(Math.min(FILL_STEP, size - done));
        let t = performance.now();
        const ids = await storeNews(news, step);
        seeding.storeMs += performance.now() - t;
        t = performance.now();
        const stepCpu = process.cpuUsage();
        news.sql.analyzeMs = 0;
        const filled = await clusterInOrder(news, ids, FILL_PER_CALL, FILL_PER_CALL);
        // The filling is real clustering too: its CPU per article, step by step, shows the trend while the store grows.
        const c = process.cpuUsage(stepCpu);
        seeding.clusterMs += performance.now() - t;
        seeding.clusterCpuMs += (c.user + c.system) / 1000;
        seeding.articles += step.length;
        done += step.length;
        const cpuMs = (c.user + c.system) / 1000 / step.length;
        opts.log?.(
          `clustered ${done} of ${size} articles (${((performance.now() - t0) / 1000).toFixed(0)} s; this step ${cpuMs.toFixed(2)} CPU ms per article, ` +
            `${(news.sql.analyzeMs / 1000).toFixed(1)} s in ANALYZE, slowest ANALYZE of articles ${(news.sql.analyzeArticlesMaxMs / 1000).toFixed(2)} s, ` +
            `slowest call ${(filled.slowestCallMs / 1000).toFixed(1)} s)`,
        );
      }

      const ids = await storeNews(news, take(sample));
      news.sql.statements = 0;
      news.sql.analyzeMs = 0;
      const t = performance.now();
      const cpu0 = process.cpuUsage();
      const r = await clusterInOrder(news, ids, PER_FETCH);
      const cpu = process.cpuUsage(cpu0);
      const ms = performance.now() - t;
      rows.push({
        stored: size,
        msPerArticle: ms / sample,
        cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / sample,
        statementsPerArticle: news.sql.statements / sample,
        analyzeMsPerArticle: news.sql.analyzeMs / sample,
        slowestCallMs: r.slowestCallMs,
        slowestAnalyzeArticlesMs: news.sql.analyzeArticlesMaxMs,
        joined: r.clustered - r.created,
        founded: r.created,
        merges: r.merges,
      });
      done += ids.length;
    }
    const [small, large] = [rows[0]!, rows.at(-1)!];
    return { rows, ratio: large.msPerArticle / small.msPerArticle, cpuRatio: large.cpuMsPerArticle / small.cpuMsPerArticle, seeding, ...(opts.keepStore ? { news } : {}) };
  } finally {
    if (!opts.keepStore) await news.store.cleanup();
  }
}
