import { loadavg } from 'node:os';
import { sql } from 'kysely';
import type { Dialect } from '../../src/store/db.ts';
import { createTestStore } from '../support/databases.ts';
import { FRONT_PAGE_QUERY } from './front-page.ts';
import { runLoad, type LoadRequest, type LoadResult } from './load-generator.ts';
import { seedArticles } from './seed-articles.ts';
import { startServeProcess } from './serve-process.ts';
import { STORY_FRONT_PAGE_QUERY } from './story-front-page.ts';
import { loadLexicon } from './synthetic-news.ts';

export interface ApiLoadRow {
  scenario: string;
  /** Articles the search matches (search scenarios only). */
  matches: number | null;
  result: LoadResult;
  /** CPU time the serve process spent per request: what the figure would be on an idle core, whatever else runs. */
  cpuMsPerRequest: number;
}

export interface ApiLoadResult {
  dialect: Dialect;
  articles: number;
  stories: number;
  fillSeconds: number;
  rows: ApiLoadRow[];
  /** RSS of the serve process after start and warm-up, and the largest sample under load. */
  idleRssMiB: number;
  loadRssMiB: number;
}

export interface ApiLoadOptions {
  dialect?: Dialect;
  articles?: number;
  connections?: number;
  durationMs?: number;
  /** Extra settings for the serve process (e.g. API_RESPONSE_CACHE_TTL_MS). */
  env?: Record<string, string>;
  /** Only these scenarios (by name prefix); all when absent. */
  only?: string[];
  log?: (message: string) => void;
}

const STORY_SIZE = 5;

function post(query: string, variables?: Record<string, unknown>): LoadRequest {
  return { method: 'POST', path: '/graphql', body: JSON.stringify(variables ? { query, variables } : { query }) };
}

const SEARCH_QUERY = `query Search($q: String!) {
  search(query: $q, first: 20) { edges { node { score snippet article { id title url publishedAt source { id name } } } } }
}`;

/** The search texts: words of the seeded vocabulary at chosen frequency ranks, so each matches a realistic share. */
function searchTexts(): Record<string, string> {
  const w = loadLexicon().words;
  return {
    'search: two words': `${w[150]} ${w[400]}`,
    'search: phrase': `"${w[8]} ${w[12]}"`,
    'search: prefix': `${w[300]!.slice(0, 4)}*`,
    'search: two very common words': `${w[2]} ${w[3]}`,
  };
}

/**
 * The API under load, as a client sees it: a store filled with `articles` synthetic articles (bulk inserts through
 * the store, not ingestion; stories of five), `newsgraph serve` in its own process on it, and `connections`
 * keep-alive connections sending each request as soon as the last was answered, for `durationMs` a scenario: the
 * front page, the HOT stories page, and searches with snippets. Reports requests/s, exact p50/p95/p99 and the serve
 * process's RSS at idle and under load.
 */
export async function benchApiLoad(opts: ApiLoadOptions = {}): Promise<ApiLoadResult> {
  const dialect = opts.dialect ?? 'sqlite';
  const articles = opts.articles ?? 20_000;
  const log = opts.log ?? (() => {});
  const store = await createTestStore(dialect);
  try {
    const t0 = performance.now();
    let reported = 0;
    await seedArticles(store.db, articles, 40, {
      storySize: STORY_SIZE,
      text: 'zipf',
      onProgress: (n) => {
        if (n - reported >= 100_000) {
          reported = n;
          log(`  filled ${n} articles (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
        }
      },
    });
    if (dialect === 'postgres') await sql`ANALYZE`.execute(store.db.kysely);
    const fillSeconds = (performance.now() - t0) / 1000;
    const texts = searchTexts();
    const matches = new Map<string, number>();
    const { parseSearchQuery } = await import('../../src/store/search-query.ts');
    for (const [name, text] of Object.entries(texts)) {
      const row = await store.db.kysely
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(store.db.dialect.articleMatches(parseSearchQuery(text)))
        .executeTakeFirstOrThrow();
      matches.set(name, Number(row.n));
    }

    const serve = await startServeProcess(store.databaseUrl, opts.env);
    try {
      const scenarios: [string, LoadRequest][] = [
        ['front page (50 articles, source, feeds)', post(FRONT_PAGE_QUERY)],
        ['HOT stories page (20 stories)', post(STORY_FRONT_PAGE_QUERY)],
        ...Object.entries(texts).map(([name, text]) => [`${name} (${text})`, post(SEARCH_QUERY, { q: text })] as [string, LoadRequest]),
      ];
      const chosen = scenarios.filter(([name]) => !opts.only || opts.only.some((o) => name.startsWith(o)));
      // Warm-up: every scenario a few times on one connection (JIT, statement caches, page cache).
      for (const [, request] of chosen) await runLoad(serve.origin, request, { connections: 1, durationMs: 500 });
      const idleRssMiB = serve.rssMiB();
      const stopSampling = serve.sampleRss();
      const rows: ApiLoadRow[] = [];
      for (const [name, request] of chosen) {
        const cpu0 = serve.cpuMs();
        const result = await runLoad(serve.origin, request, { connections: opts.connections ?? 50, durationMs: opts.durationMs ?? 10_000 });
        const cpuMsPerRequest = (serve.cpuMs() - cpu0) / Math.max(1, result.requests);
        const key = Object.keys(texts).find((k) => name.startsWith(k));
        rows.push({ scenario: name, matches: key ? matches.get(key)! : null, result, cpuMsPerRequest });
        log(`  ${name}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99ms.toFixed(1)} ms${result.errors ? `, ${result.errors} errors: ${result.firstError}` : ''}`);
      }
      const loadRssMiB = stopSampling();
      const stories = Math.ceil(articles / STORY_SIZE);
      return { dialect, articles, stories, fillSeconds, rows, idleRssMiB, loadRssMiB };
    } finally {
      await serve.stop();
    }
  } finally {
    await store.cleanup();
  }
}

export function printApiLoad(r: ApiLoadResult, connections: number, setting = ''): void {
  console.log(
    `\nAPI under load: ${connections} connections, one serve process${setting ? ` (${setting})` : ''}, ${r.dialect}, ${r.articles} articles / ${r.stories} stories (filled in ${r.fillSeconds.toFixed(0)} s); goal >= 1,500 req/s and p99 < 50 ms for the pages, search p95 < 20 ms (prefix < 50 ms):`,
  );
  console.table(
    r.rows.map((row) => ({
      scenario: row.scenario,
      matches: row.matches ?? '',
      'req/s': Math.round(row.result.rps),
      'p50 ms': row.result.p50ms.toFixed(1),
      'p95 ms': row.result.p95ms.toFixed(1),
      'p99 ms': row.result.p99ms.toFixed(1),
      errors: row.result.errors,
      'serve CPU ms/req': row.cpuMsPerRequest.toFixed(2),
      'req/s per idle core (1000 / CPU ms)': Math.round(1000 / row.cpuMsPerRequest),
    })),
  );
  console.log('load average while measuring: %s (the machine is shared; CPU ms per request is the steadier figure)', loadavg().map((x) => x.toFixed(1)).join(' '));
  console.log('serve RSS: %s MiB idle, %s MiB at most under load (goal < 512 MiB)', r.idleRssMiB.toFixed(0), r.loadRssMiB.toFixed(0));
}
