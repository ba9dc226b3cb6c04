/**
 * Clustering gives the event loop a turn before each batch. On SQLite every await of a batch resolves without reaching
 * the event loop, so a long run of batches held timers and signals back (a worker's lease renewal, a SIGINT, a test
 * runner's own messages). A timer set before a call of several batches must fire before the call returns, on both
 * dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { createNewsStore, storeNews, type NewsStore } from '../bench/seed-stories.ts';
import { oneStoryItem } from '../bench/one-story-feed.ts';
import { dialects } from '../support/databases.ts';

const ITEMS = 12;

describe.each(dialects)('event loop turns while clustering on %s', (dialect) => {
  let news: NewsStore;
  let ids: string[];

  beforeAll(async () => {
    news = await createNewsStore({ sources: 4, dialect });
    ids = await storeNews(news, Array.from({ length: ITEMS }, (_, i) => oneStoryItem(i)));
  });

  afterAll(async () => {
    await news?.store.cleanup();
  });

  it('a timer set before a call of several batches fires before the call returns', async () => {
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 0);
    const r = await clusterArticles(news.ctx, ids, { batchSize: 3 });
    expect(r.failed).toEqual([]);
    expect(r.clustered).toBe(ITEMS);
    expect(fired).toBe(true);
  });
});
