import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { silentLogger } from '../../src/log/logger.ts';
import type { Db } from '../../src/store/db.ts';
import type { Repositories } from '../../src/store/repositories/index.ts';
import type { Article } from '../../src/domain/article.ts';
import type { Story } from '../../src/domain/story.ts';
import { toStory } from '../../src/store/repositories/story-repository.ts';
import { newestFirst, seedWorldNews, type StoredWorldNewsArticle } from './world-news-fixtures.ts';

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

/** The clustered corpus with what the story tests compare against, all read straight from the store. */
export interface ClusteredWorldNews {
  world: StoredWorldNewsArticle[];
  stories: Story[];
  /** story id -> its articles, newest first, by articles.story_id. */
  members: Map<string, Article[]>;
  /** The story holding most moscow-talks-invite articles. */
  moscowId: string;
}

export async function loadClusteredWorldNews(db: Db, repos: Repositories): Promise<ClusteredWorldNews> {
  const world = await seedClusteredWorldNews(db, repos);
  const stories = (await db.kysely.selectFrom('stories').selectAll().execute()).map(toStory);
  const members = new Map<string, Article[]>(stories.map((s) => [s.id, []]));
  const rows = await db.kysely.selectFrom('articles').select(['id', 'story_id']).execute();
  const articles = new Map((await repos.articles.getByIds(rows.map((r) => r.id))).map((a) => [a.id, a]));
  for (const r of rows) if (r.story_id) members.get(r.story_id)!.push(articles.get(r.id)!);
  for (const list of members.values()) list.sort(newestFirst);
  return { world, stories, members, moscowId: await storyIdOfLabel(db, world, 'moscow-talks-invite') };
}
