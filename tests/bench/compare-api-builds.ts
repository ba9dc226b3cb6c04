/**
 * A/B of the API's page costs between two compiled builds, in one process on one store: the front page and the HOT
 * stories page through each build's yoga (in process, yoga.fetch), called in turn request after request and timed
 * in CPU time, next to the two hand-written front-page handlers, so every ratio comes from the same run and the same
 * machine load. Keep a copy of dist/ from before a change (with node_modules reachable from it), rebuild, then:
 *
 *   node --import tsx tests/bench/compare-api-builds.ts --base /tmp/old/dist --new dist [--articles 20000] [--rounds 300]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { silentLogger } from '../../src/log/logger.ts';
import { createMetrics } from '../../src/log/metrics.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';
import { FRONT_PAGE_QUERY, handWritten, handWrittenLean } from './front-page.ts';
import { seedArticles } from './seed-articles.ts';
import { STORY_FRONT_PAGE_QUERY } from './story-front-page.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Yoga {
  fetch(url: string, init: RequestInit): Promise<Response>;
}

async function load(dist: string, store: TestStore): Promise<Yoga> {
  const url = (path: string) => pathToFileURL(resolve(dist, path)).href;
  const { createGraphQLServer } = await import(url('src/graphql/yoga.js'));
  const { createInProcessArticleEvents } = await import(url('src/graphql/in-process-article-events.js'));
  const { createRepositories } = await import(url('src/store/repositories/index.js'));
  return createGraphQLServer({
    db: store.db,
    repos: createRepositories(store.db),
    config: store.config,
    logger: silentLogger,
    metrics: createMetrics(false),
    events: createInProcessArticleEvents(),
  }) as Yoga;
}

const via = (yoga: Yoga, query: string) => async (): Promise<string> => {
  const res = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await res.text();
  if (res.status !== 200 || body.includes('"errors"')) throw new Error(`query failed: ${body.slice(0, 300)}`);
  return body;
};

/** Median CPU ms per call of each handler, called in turn `rounds` times after a warm-up. */
async function cpuP50(handlers: (() => Promise<unknown>)[], rounds: number): Promise<number[]> {
  for (let i = 0; i < 50; i++) for (const h of handlers) await h();
  const cpu = handlers.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) {
    for (const [k, h] of handlers.entries()) {
      const c0 = process.cpuUsage();
      await h();
      const c = process.cpuUsage(c0);
      cpu[k]!.push((c.user + c.system) / 1000);
    }
  }
  return cpu.map((c) => c.sort((a, b) => a - b)[Math.floor(c.length / 2)]!);
}

const baseDir = option('--base');
if (!baseDir) {
  console.error('usage: compare-api-builds.ts --base <old dist dir> [--new dist] [--articles 20000] [--rounds 300]');
  process.exit(2);
}
const articles = Number(option('--articles') ?? 20_000);
const rounds = Number(option('--rounds') ?? 300);
// Response cache off: with the default TTL every call after the first would time a cache hit, not the build.
const store = await createTestStore('sqlite', { API_RESPONSE_CACHE_TTL_MS: 0 });
try {
  await seedArticles(store.db, articles, 40, { storySize: 5, text: 'zipf' });
  const base = await load(baseDir, store);
  const next = await load(option('--new') ?? 'dist', store);
  for (const [name, query] of [['front page', FRONT_PAGE_QUERY], ['HOT stories page', STORY_FRONT_PAGE_QUERY]] as const) {
    const [a, b] = [via(base, query), via(next, query)];
    if ((await a()) !== (await b())) throw new Error(`${name}: the two builds answer differently`);
  }
  const front = await cpuP50([via(base, FRONT_PAGE_QUERY), via(next, FRONT_PAGE_QUERY), () => handWritten(store.db), () => handWrittenLean(store.db)], rounds);
  const [baseMs, newMs, handMs, leanMs] = front as [number, number, number, number];
  console.log(`Front page at ${articles} articles on SQLite, CPU ms per call (median of ${rounds}, four handlers in turn):`);
  console.table([
    { handler: 'GraphQL, base build', 'CPU ms': baseMs.toFixed(3), '/ hand-written': (baseMs / handMs).toFixed(2), '/ hand-written, shown columns': (baseMs / leanMs).toFixed(2) },
    { handler: 'GraphQL, new build', 'CPU ms': newMs.toFixed(3), '/ hand-written': (newMs / handMs).toFixed(2), '/ hand-written, shown columns': (newMs / leanMs).toFixed(2) },
    { handler: 'hand-written (whole rows)', 'CPU ms': handMs.toFixed(3) },
    { handler: 'hand-written (shown columns)', 'CPU ms': leanMs.toFixed(3) },
  ]);
  console.log('new / base: %s', (newMs / baseMs).toFixed(2));
  const [baseHot, newHot] = (await cpuP50([via(base, STORY_FRONT_PAGE_QUERY), via(next, STORY_FRONT_PAGE_QUERY)], rounds)) as [number, number];
  console.log('HOT stories page, CPU ms per call: base %s, new %s, new / base %s', baseHot.toFixed(3), newHot.toFixed(3), (newHot / baseHot).toFixed(2));
} finally {
  await store.cleanup();
}
