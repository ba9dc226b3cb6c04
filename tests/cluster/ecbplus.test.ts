/**
 * Story clustering on ECB+: every document goes through the real pipeline (fetched from a local feed server, parsed,
 * normalized, stored, enriched) and is clustered incrementally as it is stored. Scored against the gold stories
 * (gold_subtopic.tsv): each ECB+ topic holds two look-alike events the clusterer must keep apart.
 * Reference floor (datasets README): TF-IDF with average-link cosine, B-cubed F1 0.86, pairwise F1 0.82.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { clusteringIngestContext } from '../support/ingest-context.ts';
import { scoreClustering, type ClusterScores } from './cluster-scores.ts';
import { ecbFeeds, loadEcbDocs, loadEcbGold } from './ecbplus-feeds.ts';

const TARGET = { bcubed: 0.92, pairwise: 0.88 };

/** Ingests ECB+ as `outlets` feeds, one feed at a time (so the order articles reach the clusterer is fixed), clustering as they are stored. */
async function clusterEcbThroughFeeds(dialect: (typeof dialects)[number], outlets: number): Promise<{ store: TestStore; server: FixtureServer; scores: ClusterScores; heldOut: ClusterScores; stored: number }> {
  const store = await createTestStore(dialect, { INGEST_CONCURRENCY: 1 });
  const server = await startFixtureServer();
  const ctx = await clusteringIngestContext(store);
  for (const feed of ecbFeeds(loadEcbDocs(), outlets)) {
    server.reply(feed.path, { headers: { 'content-type': 'application/rss+xml' }, body: feed.body });
    await addFeed(ctx, { url: server.url(feed.path), sourceName: feed.name, discover: false });
  }
  const pass = await runIngestPass(ctx, { mode: { kind: 'all' }, trigger: 'cli' });
  const rows = await store.db.kysely.selectFrom('articles').select(['guid', 'story_id']).execute();
  const predicted = new Map(rows.map((r) => [r.guid!, r.story_id ?? `unclustered:${r.guid}`]));
  const gold = loadEcbGold();
  const scores = scoreClustering(predicted, gold);
  // The held-out topics alone: the clusterer's weights were fitted on the train split (scripts/fit/fit-cluster.ts).
  const dev = new Set(loadEcbDocs().filter((d) => d.split === 'dev').map((d) => d.id));
  const only = <T,>(m: ReadonlyMap<string, T>) => new Map([...m].filter(([id]) => dev.has(id)));
  const heldOut = scoreClustering(only(predicted), only(gold));
  console.info(`ECB+ on ${dialect}, ${outlets} outlet(s): ${JSON.stringify(scores)}; held-out topics: ${JSON.stringify(heldOut)}`);
  if (process.env.ECB_DIAG) {
    const gold = loadEcbGold();
    const by = new Map<string, Map<string, number>>();
    for (const [doc, s] of predicted) { const m = by.get(s) ?? new Map(); m.set(gold.get(doc)!, (m.get(gold.get(doc)!) ?? 0) + 1); by.set(s, m); }
    const frag = new Map<string, number[]>();
    for (const m of by.values()) for (const [g, n] of m) frag.set(g, [...(frag.get(g) ?? []), n]);
    console.info('MIXED', JSON.stringify([...by.values()].filter((m) => m.size > 1).map((m) => [...m])));
    const guidOf = new Map((await store.db.kysely.selectFrom('articles').select(['id', 'guid']).execute()).map((r) => [r.id, r.guid!]));
    const merges = await store.db.kysely.selectFrom('story_merges').selectAll().execute();
    console.info('MERGES', merges.length, 'wrong', JSON.stringify(merges.filter((m) => gold.get(guidOf.get(m.merged_id)!) !== gold.get(guidOf.get(m.into_id)!)).map((m) => [guidOf.get(m.merged_id), guidOf.get(m.into_id), m.score.toFixed(2)])));
    console.info('SPLIT', JSON.stringify([...frag].filter(([, ns]) => ns.length > 1)));
  }
  return { store, server, scores, heldOut, stored: pass.itemsNew };
}

describe.each(dialects)('ECB+ stories through the pipeline on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let scores: ClusterScores;
  let stored = 0;

  beforeAll(async () => {
    // Eight outlets publishing side by side: each topic's reports arrive spread over the run, as news does.
    ({ store, server, scores, stored } = await clusterEcbThroughFeeds(dialect, 8));
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('stores every document and places each in a story', async () => {
    expect(stored).toBe(772);
    const unclustered = await store.db.kysely.selectFrom('articles').select('id').where('story_id', 'is', null).execute();
    expect(unclustered).toEqual([]);
  });

  it('keeps merges and aggregates consistent: merged ids lead to live stories, counts match members', async () => {
    const k = store.db.kysely;
    const merges = await k.selectFrom('story_merges').selectAll().execute();
    expect(merges.length).toBeGreaterThan(0);
    const live = new Set((await k.selectFrom('stories').select('id').execute()).map((r) => r.id));
    for (const m of merges) {
      expect(live.has(m.merged_id), m.merged_id).toBe(false);
      expect(live.has(m.into_id), m.into_id).toBe(true);
    }
    const counts = await k.selectFrom('articles').select(['story_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('story_id').execute();
    const stories = new Map((await k.selectFrom('stories').select(['id', 'article_count']).execute()).map((r) => [r.id, r.article_count]));
    for (const c of counts) expect(stories.get(c.story_id!), c.story_id!).toBe(Number(c.n));
    expect(counts.length).toBe(stories.size);
  });

  it(`reaches the targets: B-cubed F1 >= ${TARGET.bcubed} and pairwise F1 >= ${TARGET.pairwise}`, () => {
    expect(scores.bcubed.f1).toBeGreaterThanOrEqual(TARGET.bcubed);
    expect(scores.pairwise.f1).toBeGreaterThanOrEqual(TARGET.pairwise);
  });
});

/**
 * The same corpus from a single outlet: each topic's two look-alike events now arrive back to back, in corpus order.
 * Nothing was tuned on this order; it guards the method against fitting one arrival order.
 */
describe('ECB+ from one outlet, in corpus order, on sqlite', () => {
  let store: TestStore;
  let server: FixtureServer;
  let scores: ClusterScores;
  /** What this order reaches today (B-cubed 0.933, pairwise 0.913; held-out topics 0.922): a ratchet. */
  const ORDER_FLOOR = { bcubed: 0.925, pairwise: 0.905 };

  beforeAll(async () => {
    ({ store, server, scores } = await clusterEcbThroughFeeds('sqlite', 1));
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it(`still beats the TF-IDF floor (0.86 / 0.82): B-cubed F1 >= ${ORDER_FLOOR.bcubed}, pairwise F1 >= ${ORDER_FLOOR.pairwise}`, () => {
    expect(scores.bcubed.f1).toBeGreaterThanOrEqual(ORDER_FLOOR.bcubed);
    expect(scores.pairwise.f1).toBeGreaterThanOrEqual(ORDER_FLOOR.pairwise);
  });
});
