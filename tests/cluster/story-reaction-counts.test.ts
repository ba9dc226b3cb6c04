/**
 * A story's reaction count follows enrichment that comes after clustering: articles clustered before they were
 * enriched (enrichment failed at ingest and `reindex` caught up later) bring their reactions to their stories then.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterStoredArticles } from '../../src/cluster/cluster-articles.ts';
import { reindex } from '../../src/enrich/run-enrichment.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { subscribeWorldNewsFeeds } from '../support/world-news-feeds.ts';

describe.each(dialects)('story reaction counts after a late enrichment on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;

  beforeAll(async () => {
    store = await createTestStore(dialect, { INGEST_CONCURRENCY: 1 });
    server = await startFixtureServer();
    const base = ingestContext(store);
    const ctx = { ...base, onStored: clusterStoredArticles({ db: store.db, repos: base.repos, windowDays: 7, relatedArticles: 10 }) };
    await subscribeWorldNewsFeeds(ctx, server);
    await runIngestPass(ctx, { mode: { kind: 'all' }, trigger: 'cli' });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  const counts = async () => {
    const k = store.db.kysely;
    const stored = await k.selectFrom('stories').select(['id', 'reaction_count']).orderBy('id').execute();
    const actual = await k
      .selectFrom('reactions as r')
      .innerJoin('articles as a', 'a.id', 'r.article_id')
      .select(['a.story_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('a.story_id')
      .execute();
    const byStory = new Map(actual.map((r) => [r.story_id!, Number(r.n)]));
    return stored.map((s) => ({ id: s.id, stored: s.reaction_count, actual: byStory.get(s.id) ?? 0 }));
  };

  it('counts the reactions enrichment finds after the articles were clustered', async () => {
    expect((await counts()).every((c) => c.stored === 0 && c.actual === 0)).toBe(true);
    await reindex({ db: store.db, repos: ingestContext(store).repos });
    const after = await counts();
    expect(after.some((c) => c.actual > 0)).toBe(true);
    for (const c of after) expect(c.stored, c.id).toBe(c.actual);
  });
});
