import { loadavg } from 'node:os';
import { sql } from 'kysely';
import type { Db, Dialect } from '../../src/store/db.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { parseSearchQuery } from '../../src/store/search-query.ts';
import { openBenchStore } from './bench-store.ts';
import { runLoad, type LoadRequest, type LoadResult } from './load-generator.ts';
import { seedArticles } from './seed-articles.ts';
import { startServeProcess } from './serve-process.ts';
import { loadLexicon } from './synthetic-news.ts';

/** Where one search's time goes, in process, one call at a time: CPU ms per call (median of the calls). */
export interface SearchBreakdownRow {
  kind: string;
  text: string;
  matches: number;
  /** Walking the full-text index for every match, no ranking, no article rows: COUNT of the matches. */
  matchMs: number;
  /** The first page of 20, ranked, without snippets. */
  rankMs: number;
  /** The same page with snippets. */
  snippetsMs: number;
  /** The second page (a cursor: every match joined to articles before the cut), with snippets. */
  nextPageMs: number;
}

export interface SearchLoadRow {
  kind: string;
  text: string;
  result: LoadResult;
  /** CPU time of the serve process per request: the figure on an idle core, whatever else the machine runs. */
  cpuMsPerRequest: number;
  /** Goal for p95 (ms): 20 for words and phrases, 50 for prefixes. */
  goalP95Ms: number;
}

export interface SearchScaleResult {
  dialect: Dialect;
  articles: number;
  /** Seconds to fill the store (null when an existing SQLite file was reused). */
  fillSeconds: number | null;
  breakdown: SearchBreakdownRow[];
  load: SearchLoadRow[];
  /** API_RESPONSE_CACHE_TTL_MS of the serve process under load. */
  cacheMs: number;
  idleRssMiB: number;
  loadRssMiB: number;
}

export interface SearchScaleOptions {
  dialect?: Dialect;
  articles?: number;
  connections?: number;
  durationMs?: number;
  /** Reuse (or fill once, then keep) this SQLite file instead of a fresh temporary store: for repeated runs at 1M. */
  sqliteFile?: string;
  /** The same for PostgreSQL: reuse (or fill once, then keep) the database at this URL (it must exist). */
  postgresUrl?: string;
  /** API_RESPONSE_CACHE_TTL_MS for `serve` under load: 0 (the default) measures the search itself on every request. */
  cacheMs?: number;
  /** Skip the load test against `serve` (breakdown only). */
  noLoad?: boolean;
  log?: (message: string) => void;
}

const SEARCH_QUERY = `query Search($q: String!) {
  search(query: $q, first: 20) { edges { node { score snippet article { id title url publishedAt source { id name } } } } }
}`;

/**
 * The searches measured: words of the seeded vocabulary at chosen frequency ranks (Zipf text drawn from the same
 * list), so each matches the share of a million articles a real archive would. Same kinds as the API load bench.
 */
export function searchKinds(): { kind: string; text: string; goalP95Ms: number }[] {
  const w = loadLexicon().words;
  return [
    { kind: 'two words', text: `${w[150]} ${w[400]}`, goalP95Ms: 20 },
    { kind: 'two rare words', text: `${w[2000]} ${w[3000]}`, goalP95Ms: 20 },
    { kind: 'phrase', text: `"${w[8]} ${w[12]}"`, goalP95Ms: 20 },
    { kind: 'prefix (4 letters)', text: `${w[300]!.slice(0, 4)}*`, goalP95Ms: 50 },
    { kind: 'prefix (3 letters)', text: `${w[300]!.slice(0, 3)}*`, goalP95Ms: 50 },
    { kind: 'two very common words', text: `${w[2]} ${w[3]}`, goalP95Ms: 20 },
    { kind: 'common word + word', text: `${w[0]} ${w[400]}`, goalP95Ms: 20 },
  ];
}

/**
 * ms of the median call of `calls` (fewer when one call is long), after one warm-up call: this process's CPU time on
 * SQLite (the database runs in it), wall time on PostgreSQL (the work happens in the server).
 */
async function median(clock: 'cpu' | 'wall', call: () => Promise<unknown>, calls = 9): Promise<number> {
  const t0 = performance.now();
  await call();
  const n = performance.now() - t0 > 300 ? 3 : calls;
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    await call();
    const c = process.cpuUsage(c0);
    samples.push(clock === 'cpu' ? (c.user + c.system) / 1000 : performance.now() - w0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function breakdown(db: Db): Promise<SearchBreakdownRow[]> {
  const clock = db.dialect.name === 'sqlite' ? 'cpu' : 'wall';
  const cpuMedian = (call: () => Promise<unknown>) => median(clock, call);
  const repos = createRepositories(db);
  const rows: SearchBreakdownRow[] = [];
  for (const { kind, text } of searchKinds()) {
    const query = parseSearchQuery(text);
    const matches = await repos.search.count(query);
    const first = { limit: 20, backward: false };
    const page = await repos.search.search(query, {}, first, { snippets: true });
    const last = page.items.at(-1);
    const next = last ? { ...first, after: { score: last.score, id: last.article.id } } : first;
    rows.push({
      kind,
      text,
      matches,
      matchMs: await cpuMedian(() => repos.search.count(query)),
      rankMs: await cpuMedian(() => repos.search.search(query, {}, first, { snippets: false })),
      snippetsMs: await cpuMedian(() => repos.search.search(query, {}, first, { snippets: true })),
      nextPageMs: await cpuMedian(() => repos.search.search(query, {}, next, { snippets: true })),
    });
  }
  return rows;
}

async function underLoad(databaseUrl: string, opts: SearchScaleOptions, log: (m: string) => void) {
  const serve = await startServeProcess(databaseUrl, { API_RESPONSE_CACHE_TTL_MS: String(opts.cacheMs ?? 0) });
  try {
    const kinds = searchKinds();
    const request = (text: string): LoadRequest => ({ method: 'POST', path: '/graphql', body: JSON.stringify({ query: SEARCH_QUERY, variables: { q: text } }) });
    for (const { text } of kinds) await runLoad(serve.origin, request(text), { connections: 1, durationMs: 500 });
    const idleRssMiB = serve.rssMiB();
    const stopSampling = serve.sampleRss();
    const load: SearchLoadRow[] = [];
    for (const { kind, text, goalP95Ms } of kinds) {
      const cpu0 = serve.cpuMs();
      const result = await runLoad(serve.origin, request(text), { connections: opts.connections ?? 50, durationMs: opts.durationMs ?? 10_000 });
      const cpuMsPerRequest = (serve.cpuMs() - cpu0) / Math.max(1, result.requests);
      load.push({ kind, text, result, cpuMsPerRequest, goalP95Ms });
      log(`  ${kind}: ${result.rps.toFixed(0)} req/s, p95 ${result.p95ms.toFixed(1)} ms${result.errors ? `, ${result.errors} errors: ${result.firstError}` : ''}`);
    }
    return { load, idleRssMiB, loadRssMiB: stopSampling() };
  } finally {
    await serve.stop();
  }
}

/**
 * Search at scale (issue 16, goals 2 and 6): fills a store with `articles` synthetic articles (Zipf text from the ECB+
 * word list, BulkLoadRepository), prints where each kind of search spends its time in process, then runs each kind
 * against `newsgraph serve` with `connections` keep-alive connections and reports p50/p95/p99, serve CPU per request
 * and serve RSS at idle and under load.
 */
export async function benchSearchScale(opts: SearchScaleOptions = {}): Promise<SearchScaleResult> {
  const dialect = opts.dialect ?? 'sqlite';
  const articles = opts.articles ?? 200_000;
  const log = opts.log ?? (() => {});
  const fill = async (db: Db) => {
    const t0 = performance.now();
    await seedArticles(db, articles, 40, {
      storySize: 5,
      text: 'zipf',
      onProgress: (n) => {
        if (n % 100_000 === 0) log(`  filled ${n} articles (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      },
    });
    if (dialect === 'postgres') await sql`ANALYZE`.execute(db.kysely);
    return (performance.now() - t0) / 1000;
  };
  const store = await openBenchStore(dialect, dialect === 'sqlite' ? opts.sqliteFile : opts.postgresUrl);
  const { db, databaseUrl } = store;
  let fillSeconds: number | null = null;
  if (store.stored === 0) fillSeconds = await fill(db);
  else log(`  reusing ${db.location} (${store.stored} articles)`);
  try {
    if (fillSeconds !== null) log(`  filled ${articles} articles in ${fillSeconds.toFixed(0)} s`);
    const rows = await breakdown(db);
    const loaded = opts.noLoad ? { load: [], idleRssMiB: Number.NaN, loadRssMiB: Number.NaN } : await underLoad(databaseUrl, opts, log);
    return { dialect, articles, fillSeconds, breakdown: rows, cacheMs: opts.cacheMs ?? 0, ...loaded };
  } finally {
    await store.cleanup();
  }
}

export function printSearchScale(r: SearchScaleResult, connections = 50): void {
  const filled = r.fillSeconds === null ? 'an existing store' : `filled in ${r.fillSeconds.toFixed(0)} s`;
  console.log(`\nSearch at ${r.articles} articles on ${r.dialect} (${filled}): where the time goes, ${r.dialect === 'sqlite' ? 'CPU ms per call in process' : 'wall ms per call (PostgreSQL works in its own process)'} (median), page of 20:`);
  console.table(
    r.breakdown.map((b) => ({
      search: `${b.kind}: ${b.text}`,
      matches: b.matches,
      'match (count) ms': b.matchMs.toFixed(2),
      'ranked page ms': b.rankMs.toFixed(2),
      // What ranking adds to walking the matches: bm25 / ts_rank_cd for every match, the sort, the ids at the cut.
      'ranking share': b.rankMs > 0 ? `${Math.round(Math.max(0, 1 - b.matchMs / b.rankMs) * 100)}%` : '',
      '+ snippets ms': (b.snippetsMs - b.rankMs).toFixed(2),
      'next page ms': b.nextPageMs.toFixed(2),
      'µs per match': b.matches ? ((b.snippetsMs * 1000) / b.matches).toFixed(2) : '',
    })),
  );
  if (!r.load.length) return;
  const cache = r.cacheMs ? `response cache ${r.cacheMs} ms: repeated searches are answered from it` : 'no response cache: every request searches';
  console.log(`\nSearch under load: ${connections} connections, one serve process, ${r.dialect}, ${r.articles} articles, ${cache} (goal p95 < 20 ms, prefix < 50 ms):`);
  console.table(
    r.load.map((l) => ({
      search: `${l.kind}: ${l.text}`,
      'req/s': Math.round(l.result.rps),
      'p50 ms': l.result.p50ms.toFixed(1),
      'p95 ms': l.result.p95ms.toFixed(1),
      'p99 ms': l.result.p99ms.toFixed(1),
      'goal p95 ms': l.goalP95Ms,
      errors: l.result.errors,
      'serve CPU ms/req': l.cpuMsPerRequest.toFixed(2),
      // With `connections` requests always queued on one event loop, p95 is about connections x CPU ms per request.
      [`${connections} x CPU ms`]: (connections * l.cpuMsPerRequest).toFixed(0),
    })),
  );
  console.log('load average while measuring: %s (shared machine; CPU ms per request is the steadier figure)', loadavg().map((x) => x.toFixed(1)).join(' '));
  if (r.dialect === 'postgres') console.log('(serve CPU ms/req leaves out the PostgreSQL server\'s own CPU)');
  console.log('serve RSS: %s MiB idle, %s MiB at most under load (goal < 512 MiB)', r.idleRssMiB.toFixed(0), r.loadRssMiB.toFixed(0));
}
