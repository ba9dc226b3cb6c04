import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.ts';
import { createMetrics } from '../../src/log/metrics.ts';
import { createIngestPool, type StoredArticles, type StoryChangeReport } from '../../src/work/ingest-pool.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { subscribeNumberedFeeds } from '../support/rss.ts';

const FEEDS = 3;
const ITEMS = 2;

// The service's ingest workers: a pass and the queue's drain run on a worker thread with its own store connection;
// what they store and cluster comes back to the calling thread as events and metrics.
// A worker thread loads its modules through tsx here (seconds on a busy machine): generous time, no timing asserted.
describe.each(dialects)('ingest workers on %s', { timeout: 300_000 }, (dialect) => {
  let store: TestStore;
  let server: FixtureServer;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    await subscribeNumberedFeeds(ingestContext(store), server, { prefix: 'w', count: FEEDS, items: ITEMS, delayMs: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('runs a pass on a worker thread, does every article its work, and reports articles, stories, progress and metrics back', async () => {
    const ctx = ingestContext(store);
    const metrics = createMetrics(false);
    const stored: StoredArticles[] = [];
    const stories: StoryChangeReport[] = [];
    const progress: string[] = [];
    const pool = createIngestPool(
      { config: store.config, logger: silentLogger, db: store.db, repos: ctx.repos },
      { onStored: (e) => void stored.push(e), onStoriesChanged: (c) => void stories.push(c), metrics },
    );
    try {
      const summary = await pool.runPass({ mode: { kind: 'due' }, trigger: 'cron', awaitWork: true, onProgress: (p) => progress.push(p.result.feedUrl) });
      expect(summary).toMatchObject({ feeds: FEEDS, ok: FEEDS, errors: 0, itemsNew: FEEDS * ITEMS });
      expect(progress).toHaveLength(FEEDS);
      // Every stored article was announced once, as new.
      const ids = stored.flatMap((e) => e.newIds).sort();
      expect(ids).toHaveLength(FEEDS * ITEMS);
      const articles = await ctx.repos.articles.getByIds(ids);
      expect(articles.every(Boolean)).toBe(true);
      // Its work was done on the worker before it was announced: enriched and in a story, nothing left queued.
      const unclustered = await store.db.kysely.selectFrom('articles').select('id').where('story_id', 'is', null).execute();
      expect(unclustered).toEqual([]);
      const pending = await store.db.kysely.selectFrom('jobs').select('article_id').execute();
      expect(pending).toEqual([]);
      const storyIds = new Set(stories.flatMap((c) => c.changedStoryIds));
      const storyOf = await store.db.kysely.selectFrom('articles').select('story_id').execute();
      for (const r of storyOf) expect(storyIds.has(r.story_id!)).toBe(true);
      // The counters of /metrics in this process saw the worker's fetches, articles and pass.
      const text = await metrics.registry.metrics();
      expect(text).toMatch(new RegExp(`newsgraph_feed_fetches_total\\{status="ok",error_code=""\\} ${FEEDS}\\b`));
      expect(text).toMatch(new RegExp(`newsgraph_articles_stored_total\\{change="new"\\} ${FEEDS * ITEMS}\\b`));
      expect(text).toMatch(/newsgraph_ingest_passes_total\{trigger="cron"\} 1\b/);
    } finally {
      await pool.close();
    }
    // Nothing is left leased by the closed worker.
    const leased = await store.db.kysely.selectFrom('feeds').select('id').where('lease_owner', 'is not', null).execute();
    expect(leased).toEqual([]);
  });

  it('a pass with nothing due is answered, and close ends a pool that never started a thread', async () => {
    const pool = createIngestPool({ config: store.config, logger: silentLogger, db: store.db, repos: ingestContext(store).repos }, {});
    const summary = await pool.runPass({ mode: { kind: 'due' }, trigger: 'api', awaitWork: false });
    expect(summary).toMatchObject({ feeds: 0, itemsNew: 0 });
    await pool.close();
    await createIngestPool({ config: store.config, logger: silentLogger, db: store.db, repos: ingestContext(store).repos }, {}).close();
  });
});
