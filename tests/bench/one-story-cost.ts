import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { oneStoryItem } from './one-story-feed.ts';
import { createNewsStore, storeNews } from './seed-stories.ts';

export interface OneStorySlice {
  /** Articles in the story before the slice. */
  before: number;
  articles: number;
  msPerArticle: number;
  /** Process CPU time (user + system) per article: less moved than wall time by other load on the machine. */
  cpuMsPerArticle: number;
  statementsPerArticle: number;
}

export interface OneStoryCost {
  items: number;
  /** Stories the items ended in (1: they all joined one). */
  stories: number;
  storeMs: number;
  clusterMs: number;
  clusterCpuMs: number;
  slices: OneStorySlice[];
}

/**
 * One huge story: a feed of `items` near-identical items (one-story-feed.ts) stored, then clustered as ingestion
 * clusters one fetch's new items (clusterArticles with its default batches) with the default work bounds
 * (scale-bounds.ts), on SQLite. Timed slice by slice: past the bounds a placement costs the same however large the
 * story it joins has grown. `log` hears of the progress.
 */
export async function benchOneStoryCost(opts: { items?: number; slices?: number; log?: (m: string) => void } = {}): Promise<OneStoryCost> {
  const items = opts.items ?? 10_000;
  const per = Math.ceil(items / (opts.slices ?? 10));
  const news = await createNewsStore({ sources: 4 });
  try {
    let t = performance.now();
    const ids = await storeNews(news, Array.from({ length: items }, (_, i) => oneStoryItem(i)));
    const storeMs = performance.now() - t;
    const slices: OneStorySlice[] = [];
    t = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < ids.length; i += per) {
      const slice = ids.slice(i, i + per);
      news.sql.statements = 0;
      const s = performance.now();
      const c = process.cpuUsage();
      const r = await clusterArticles(news.ctx, slice);
      if (r.failed.length) throw new Error(`clustering failed for ${r.failed.length} articles`);
      const cpu = process.cpuUsage(c);
      slices.push({
        before: i,
        articles: slice.length,
        msPerArticle: (performance.now() - s) / slice.length,
        cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / slice.length,
        statementsPerArticle: news.sql.statements / slice.length,
      });
      opts.log?.(`clustered ${i + slice.length} of ${items} items (${((performance.now() - t) / 1000).toFixed(0)} s)`);
    }
    const cpu = process.cpuUsage(cpu0);
    const clusterMs = performance.now() - t;
    const stories = (await news.store.db.kysely.selectFrom('articles').select('story_id').distinct().execute()).length;
    return { items, stories, storeMs, clusterMs, clusterCpuMs: (cpu.user + cpu.system) / 1000, slices };
  } finally {
    await news.store.cleanup();
  }
}
