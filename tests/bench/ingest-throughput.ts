import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { normalizeFeed } from '../../src/ingest/normalize/normalize-feed.ts';
import { parseFeed } from '../../src/ingest/parse/parse-feed.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects } from '../support/databases.ts';
import { syntheticRss } from './synthetic-feed.ts';

const FEEDS = 20;
const ITEMS = 50;
const ROUNDS = 3;

export interface Row {
  stage: string;
  itemsPerSecond: number;
  ratioToParse: number;
}

async function timeIt(fn: () => Promise<number>): Promise<number> {
  const t0 = performance.now();
  const items = await fn();
  return items / ((performance.now() - t0) / 1000);
}

/** Items per second for parse only, parse + normalize, and the whole pipeline (loopback HTTP fetch -> store). */
export async function benchIngest(): Promise<Row[]> {
  const bodies = Array.from({ length: ROUNDS }, (_, r) => Array.from({ length: FEEDS }, (_, f) => syntheticRss(f, r, ITEMS)));
  // Warm up the parsers so the first stage measured doesn't pay for JIT alone.
  for (const b of bodies[0]!.slice(0, 3)) normalizeFeed(await parseFeed(b), { feedUrl: 'https://x.example/feed', fetchedAt: new Date() });

  const parseOnly = await timeIt(async () => {
    let n = 0;
    for (const round of bodies) for (const b of round) n += (await parseFeed(b)).items.length;
    return n;
  });
  const parseNormalize = await timeIt(async () => {
    let n = 0;
    for (const round of bodies)
      for (const b of round) n += normalizeFeed(await parseFeed(b), { feedUrl: 'https://x.example/feed', fetchedAt: new Date() }).articles.length;
    return n;
  });

  const rows: Row[] = [
    { stage: 'parse only', itemsPerSecond: parseOnly, ratioToParse: 1 },
    { stage: 'parse + normalize', itemsPerSecond: parseNormalize, ratioToParse: parseNormalize / parseOnly },
  ];

  let round = 0;
  const server = createServer((req, res) => {
    const f = Number((req.url ?? '').match(/\/f(\d+)\.xml/)?.[1]);
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(bodies[round]![f]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  for (const dialect of dialects) {
    const store = await createTestStore(dialect);
    const ctx = { db: store.db, repos: createRepositories(store.db), config: store.config, logger: silentLogger };
    for (let f = 0; f < FEEDS; f++) await addFeed(ctx, { url: `${base}/f${f}.xml`, sourceName: `Bench ${f}`, discover: false });
    const full = await timeIt(async () => {
      let n = 0;
      for (round = 0; round < ROUNDS; round++) n += (await runIngestPass(ctx, { mode: { kind: 'all' }, trigger: 'cli' })).itemsNew;
      return n;
    });
    const stored = await ctx.repos.articles.count();
    if (stored !== FEEDS * ITEMS * ROUNDS) throw new Error(`expected ${FEEDS * ITEMS * ROUNDS} articles, stored ${stored}`);
    rows.push({ stage: `whole pipeline (${dialect})`, itemsPerSecond: full, ratioToParse: full / parseOnly });
    await store.cleanup();
  }
  server.close();
  return rows;
}
