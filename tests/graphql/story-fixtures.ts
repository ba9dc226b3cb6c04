import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { silentLogger } from '../../src/log/logger.ts';
import type { Db } from '../../src/store/db.ts';
import type { Repositories } from '../../src/store/repositories/index.ts';
import { seedWorldNews, type StoredWorldNewsArticle } from './world-news-fixtures.ts';

/**
 * The world-news corpus stored and enriched (world-news-fixtures.ts), then clustered by the real clusterer in
 * publication order, as ingestion would have fed it. The story tests check what the API serves against what the
 * store then holds.
 */
export async function seedClusteredWorldNews(db: Db, repos: Repositories): Promise<StoredWorldNewsArticle[]> {
  const world = await seedWorldNews(db, repos);
  const ids = world
    .map((w) => w.article)
    .sort((a, b) => (a.publishedAt !== b.publishedAt ? (a.publishedAt < b.publishedAt ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => a.id);
  const summary = await clusterArticles({ db, repos, logger: silentLogger, windowDays: 7, relatedArticles: 10 }, ids);
  if (summary.failed.length) throw new Error(`clustering failed for ${summary.failed.join(', ')}`);
  return world;
}

/** The story holding most of the articles of a gold story label (labels.json), by the store's articles.story_id. */
export async function storyIdOfLabel(db: Db, world: readonly StoredWorldNewsArticle[], label: string): Promise<string> {
  const ids = world.filter((w) => w.label.story === label).map((w) => w.article.id);
  const rows = await db.kysely.selectFrom('articles').select(['story_id']).where('id', 'in', ids).execute();
  const counts = new Map<string, number>();
  for (const r of rows) if (r.story_id) counts.set(r.story_id, (counts.get(r.story_id) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) throw new Error(`no story holds the ${label} articles`);
  return best[0];
}
