/**
 * Stories do not depend on arrival order. The multilingual corpus (tests/fixtures/multilingual) is ingested through
 * the pipeline, then its stories are dissolved and the articles clustered again in shuffled orders, in batches of
 * random sizes, by one to three concurrent workers; and once more by `recluster`. Every run must give the same
 * stories, with the same ids, as the pipeline did, and the same related-article and related-story edges (scores and
 * reasons) as a first re-clustering did. Order independence is the clusterer's promise within its work bounds
 * (scale-bounds.ts): the corpus's busiest article shares index keys with more than the default 200 candidates, so the
 * re-clusterings run with room for every candidate, and whether the pipeline (two concurrent feeds) found a pair from
 * its one side that the bound cuts is not asserted on its edges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import type { ClusterContext } from '../../src/cluster/cluster-context.ts';
import { dissolve, recluster } from '../../src/cluster/recluster.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { clusteringIngestContext, testRuntime } from '../support/ingest-context.ts';
import { clusterContext } from '../../src/cli/enriching-ingest-context.ts';
import { subscribeMultilingualFeeds } from '../support/multilingual-corpus.ts';
import { seededRandom as random } from '../support/seeded-random.ts';


function shuffled<T>(xs: readonly T[], rnd: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Story id -> its sorted article ids, as one comparable string per story, sorted. */
async function stories(store: TestStore): Promise<string[]> {
  const rows = await store.db.kysely.selectFrom('articles').select(['id', 'story_id']).execute();
  const by = new Map<string, string[]>();
  for (const r of rows) {
    const k = r.story_id ?? `unclustered:${r.id}`;
    by.set(k, [...(by.get(k) ?? []), r.id]);
  }
  return [...by].map(([s, ids]) => `${s}: ${ids.sort().join(' ')}`).sort();
}

/** Every stored edge, article and story, with its score and reasons, one comparable string each, sorted. */
async function edges(store: TestStore): Promise<{ articles: string[]; stories: string[] }> {
  const k = store.db.kysely;
  const a = await k.selectFrom('article_edges').select(['article_id', 'related_id', 'score', 'reasons']).execute();
  const s = await k.selectFrom('story_edges').select(['story_id', 'related_id', 'score', 'reasons']).execute();
  return {
    articles: a.map((r) => `${r.article_id} ${r.related_id} ${r.score} ${r.reasons}`).sort(),
    stories: s.map((r) => `${r.story_id} ${r.related_id} ${r.score} ${r.reasons}`).sort(),
  };
}

/** More candidates than the multilingual corpus holds articles. */
const EVERY_CANDIDATE = 1000;

const ORDERS = [
  { seed: 1, workers: 1 },
  { seed: 2, workers: 2 },
  { seed: 3, workers: 3 },
];

describe.each(dialects)('stories whatever the arrival order on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let ctx: ClusterContext;
  let ingested: string[];
  let pipelineEdges: { articles: string[]; stories: string[] };
  let referenceEdges: { articles: string[]; stories: string[] };

  beforeAll(async () => {
    store = await createTestStore(dialect, { INGEST_CONCURRENCY: 2 });
    server = await startFixtureServer();
    const ingest = await clusteringIngestContext(store);
    await subscribeMultilingualFeeds(ingest, server);
    const pass = await runIngestPass(ingest, { mode: { kind: 'all' }, trigger: 'cli' });
    if (pass.errors) console.error(JSON.stringify(pass));
    expect(pass.errors).toBe(0);
    // Room for every candidate this corpus offers: inside the bounds, the clusterer promises order independence.
    ctx = { ...clusterContext(testRuntime(store, ingest.repos)), bounds: { candidates: EVERY_CANDIDATE } };
    ingested = await stories(store);
    pipelineEdges = await edges(store);
    const first = await recluster(ctx, { batchSize: 5 });
    expect(first.failed).toBe(0);
    expect(await stories(store)).toEqual(ingested);
    referenceEdges = await edges(store);
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('ingestion places every article and forms several multi-article stories', () => {
    expect(ingested.filter((s) => s.startsWith('unclustered:'))).toEqual([]);
    expect(ingested.filter((s) => s.split(' ').length > 2).length).toBeGreaterThan(3);
  });

  it('ingestion links related articles and related stories, some of them across languages', () => {
    expect(pipelineEdges.articles.length).toBeGreaterThan(0);
    expect(pipelineEdges.stories.length).toBeGreaterThan(0);
    expect(pipelineEdges.stories.some((e) => e.includes('"crossLingual":true'))).toBe(true);
    // Every story edge is stored both ways.
    const pairs = new Set(pipelineEdges.stories.map((e) => e.split(' ').slice(0, 2).join(' ')));
    for (const p of pairs) expect(pairs.has(p.split(' ').reverse().join(' ')), p).toBe(true);
  });

  it.each(ORDERS)('shuffled order $seed, random batches, $workers worker(s): the same stories', async ({ seed, workers }) => {
    const rnd = random(seed);
    const ids = shuffled((await store.db.kysely.selectFrom('articles').select('id').execute()).map((r) => r.id), rnd);
    await store.db.kysely.transaction().execute((trx) => dissolve(ctx, trx));
    // Dealt to the workers in random-sized calls, each call with its own batch size.
    const calls: string[][][] = Array.from({ length: workers }, () => []);
    for (let i = 0, w = 0; i < ids.length; w = (w + 1) % workers) {
      const n = 1 + Math.floor(rnd() * 9);
      calls[w]!.push(ids.slice(i, i + n));
      i += n;
    }
    await Promise.all(
      calls.map(async (mine) => {
        for (const call of mine) {
          const r = await clusterArticles(ctx, call, { batchSize: 1 + Math.floor(rnd() * 4) });
          expect(r.failed).toEqual([]);
        }
      }),
    );
    expect(await stories(store)).toEqual(ingested);
    expect(await edges(store)).toEqual(referenceEdges);
  }, 300_000);

  it('recluster gives the same stories and edges again', async () => {
    const r = await recluster(ctx, { batchSize: 7 });
    expect(r.failed).toBe(0);
    expect(await stories(store)).toEqual(ingested);
    expect(await edges(store)).toEqual(referenceEdges);
  }, 300_000);

  it('keeps story aggregates consistent with the members', async () => {
    const k = store.db.kysely;
    const counts = await k.selectFrom('articles').select(['story_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('story_id').execute();
    const rows = new Map((await k.selectFrom('stories').select(['id', 'article_count', 'languages']).execute()).map((r) => [r.id, r]));
    expect(rows.size).toBe(counts.length);
    for (const c of counts) expect(rows.get(c.story_id!)?.article_count, c.story_id!).toBe(Number(c.n));
  });
});
