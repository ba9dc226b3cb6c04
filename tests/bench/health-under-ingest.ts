import { Pool } from 'undici';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore } from '../support/databases.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { FRONT_PAGE_QUERY } from './front-page.ts';
import { seedArticles } from './seed-articles.ts';
import { startServeProcess } from './serve-process.ts';

/** Latencies of one endpoint in one phase. */
export interface LatencyRow {
  phase: string;
  endpoint: '/health' | 'front page';
  requests: number;
  errors: number;
  p50ms: number;
  p99ms: number;
  maxms: number;
}

export interface HealthUnderIngestResult {
  articles: number;
  /** INGEST_MAX_ITEMS_PER_FEED: the newest items of a feed stored (and given their queued work). */
  maxItemsPerFeed: number;
  rows: LatencyRow[];
  /** Per ingested feed: how long its fetch, storing and queued work took, and what it stored. */
  ingests: { feed: string; items: number; seconds: number; stored: number; status: string }[];
}

const ADMIN_KEY = 'bench-admin-key-0123456789';

const PARAGRAPH =
  'Ministers from both countries met in the capital on Tuesday to discuss trade, energy supplies and the security of the ' +
  'border region. Officials said the talks had been constructive, although no agreement was signed, and a further round ' +
  'is expected next month. Opposition leaders criticised the government for moving too slowly on the energy question.';

/** The article page an item links to: a headline and a few paragraphs, with navigation around them. */
function articlePage(path: string): string {
  const body = Array.from({ length: 6 }, (_, i) => `<p>${PARAGRAPH} (${path}, part ${i + 1}.)</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>Report ${path}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Report ${path}</h1>${body}</article><footer>Copyright</footer></body></html>`;
}

/** A feed of `items` short items (title, link, guid, date, one sentence): the shape of a dump, or an attack. Links go to `pages`. */
function bigFeed(name: string, items: number, pages: string): string {
  const parts: string[] = [`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${name}</title><link>https://${name}.example/</link>`];
  const t0 = Date.UTC(2026, 10, 30, 0, 0, 0);
  for (let i = 0; i < items; i++) {
    parts.push(
      `<item><title>${name} report ${i}: ministers meet over trade and energy talks</title><link>${pages}/${name}/${i}</link>` +
        `<guid>${name}-${i}</guid><pubDate>${new Date(t0 + i * 1000).toUTCString()}</pubDate>` +
        `<description>Officials said on Tuesday that talks on item ${i} would continue.</description></item>`,
    );
  }
  parts.push('</channel></rss>');
  return parts.join('');
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Closed-loop probes until `stop()`: `connections` loops per endpoint, each sending its next request when the last
 * answer is read (a client polling /health, readers loading the front page). Every latency is kept.
 */
function probe(origin: string, connections: { health: number; front: number }) {
  const pool = new Pool(origin, { connections: connections.health + connections.front, pipelining: 1 });
  const lat = { health: [] as number[], front: [] as number[] };
  const errors = { health: 0, front: 0 };
  let stopped = false;
  const loop = async (kind: 'health' | 'front') => {
    while (!stopped) {
      const t = performance.now();
      try {
        const res =
          kind === 'health'
            ? await pool.request({ method: 'GET', path: '/health' })
            : await pool.request({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: FRONT_PAGE_QUERY }) });
        const text = await res.body.text();
        if (res.statusCode !== 200 || (kind === 'front' && text.includes('"errors"'))) errors[kind]++;
      } catch {
        errors[kind]++;
      }
      lat[kind].push(performance.now() - t);
    }
  };
  const loops = [...Array.from({ length: connections.health }, () => loop('health')), ...Array.from({ length: connections.front }, () => loop('front'))];
  return {
    stop: async (phase: string): Promise<LatencyRow[]> => {
      stopped = true;
      await Promise.all(loops);
      await pool.close();
      return (['health', 'front'] as const).map((kind) => {
        const sorted = lat[kind].sort((a, b) => a - b);
        return {
          phase,
          endpoint: kind === 'health' ? '/health' : 'front page',
          requests: sorted.length,
          errors: errors[kind],
          p50ms: percentile(sorted, 50),
          p99ms: percentile(sorted, 99),
          maxms: sorted.at(-1) ?? Number.NaN,
        };
      });
    },
  };
}

/**
 * `newsgraph serve` (compiled, its own process) on a SQLite store of `articles` articles, probed on /health and the
 * front-page GraphQL query while idle, then while it ingests a 5,000-item and a 100,000-item feed from a loopback
 * fixture server (refreshFeed, admin key): fetch, parse, normalise, store, then the queued page extraction (pages on
 * the same server), enrichment and
 * clustering of what it stored (the newest INGEST_MAX_ITEMS_PER_FEED items). A phase lasts until the feed's fetch is
 * recorded and the work queue is empty. The issue's targets: /health p99 < 100 ms, front page p99 < 3x idle.
 */
export async function benchHealthUnderIngest(
  opts: { articles?: number; idleSeconds?: number; feeds?: number[]; maxItemsPerFeed?: number; log?: (m: string) => void } = {},
): Promise<HealthUnderIngestResult> {
  const articles = opts.articles ?? 20_000;
  const log = opts.log ?? (() => {});
  const store = await createTestStore('sqlite');
  const server = await startFixtureServer();
  const rows: LatencyRow[] = [];
  const ingests: HealthUnderIngestResult['ingests'] = [];
  try {
    log(`seeding ${articles} articles`);
    await seedArticles(store.db, articles, 40, { text: 'zipf' });
    const repos = createRepositories(store.db);
    const serve = await startServeProcess(store.databaseUrl, {
      NEWSGRAPH_ADMIN_KEYS: ADMIN_KEY,
      ALLOW_PRIVATE_NETWORKS: 'true',
      FETCH_MAX_BYTES: String(256 * 1024 * 1024),
      FETCH_TIMEOUT_MS: '300000',
      GRAPHQL_TIMEOUT_MS: '600000',
      // The items are summaries: each article's page is fetched from the fixture server, as fast as it answers.
      PAGE_FETCH_HOST_DELAY_MS: '0',
      PAGE_FETCH_PER_HOST_CONCURRENCY: '4',
      ...(opts.maxItemsPerFeed ? { INGEST_MAX_ITEMS_PER_FEED: String(opts.maxItemsPerFeed) } : {}),
    });
    const connections = { health: 2, front: 2 };
    try {
      // Warm-up (caches, JIT), then the idle baseline.
      await probe(serve.origin, connections).stop('warm-up');
      const idle = probe(serve.origin, connections);
      await new Promise((r) => setTimeout(r, (opts.idleSeconds ?? 10) * 1000));
      rows.push(...(await idle.stop('idle')));
      for (const items of opts.feeds ?? [5_000, 100_000]) {
        const name = `big${items}`;
        log(`serving a ${items}-item feed`);
        const body = bigFeed(name, items, server.url('/page'));
        server.reply(`/${name}.xml`, { headers: { 'content-type': 'application/rss+xml' }, body });
        const page: Parameters<typeof server.route>[1] = (req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(req.url ?? ''));
        for (let i = 0; i < items; i++) server.route(`/page/${name}/${i}`, page);
        const { feed } = await addFeed({ repos, config: store.config }, { url: server.url(`/${name}.xml`), sourceName: name, discover: false });
        const started = performance.now();
        const during = probe(serve.origin, connections);
        const refresh = fetch(`${serve.origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
          body: JSON.stringify({ query: `mutation ($id: ID!) { refreshFeed(id: $id) { __typename ... on FetchOutcome { status itemsNew } } }`, variables: { id: feed.id } }),
        })
          .then((r) => r.json() as Promise<{ data?: { refreshFeed?: { status?: string; itemsNew?: number } } }>)
          // The answer only names the outcome; the phase ends on what the store shows.
          .catch(() => ({ data: { refreshFeed: { status: 'no answer' } } }));
        // Done when the fetch is recorded and no job is pending (what failed for good is dead, not pending).
        for (let polls = 1; ; polls++) {
          await new Promise((r) => setTimeout(r, 250));
          const fetched = await store.db.kysely.selectFrom('fetches').select('id').where('feed_id', '=', feed.id).executeTakeFirst();
          if (!fetched) continue;
          const pending = await store.db.kysely
            .selectFrom('jobs')
            .select(['kind', ({ fn }) => fn.countAll<number>().as('n')])
            .where('state', '=', 'pending')
            .groupBy('kind')
            .execute();
          if (!pending.length) break;
          if (polls % 40 === 0) log(`  ${((performance.now() - started) / 1000).toFixed(0)} s: jobs pending ${pending.map((p) => `${p.kind} ${p.n}`).join(', ')}`);
        }
        const seconds = (performance.now() - started) / 1000;
        rows.push(...(await during.stop(`ingesting ${items} items`)));
        const outcome = (await refresh).data?.refreshFeed;
        const stored = await store.db.kysely.selectFrom('articles').innerJoin('article_feeds', 'article_feeds.article_id', 'articles.id').select(({ fn }) => fn.countAll<number>().as('n')).where('article_feeds.feed_id', '=', feed.id).executeTakeFirstOrThrow();
        ingests.push({ feed: name, items, seconds, stored: Number(stored.n), status: outcome?.status ?? 'no answer' });
      }
    } finally {
      await serve.stop();
    }
  } finally {
    await server.close();
    await store.cleanup();
  }
  return { articles, maxItemsPerFeed: opts.maxItemsPerFeed ?? 1000, rows, ingests };
}

export function printHealthUnderIngest(r: HealthUnderIngestResult): void {
  console.log(
    `\n/health and front-page GraphQL latency, serve on SQLite with ${r.articles} articles, idle and while ingesting (the newest ${r.maxItemsPerFeed} items of a feed stored; 2 closed-loop clients each):`,
  );
  console.table(
    r.rows
      .filter((x) => x.phase !== 'warm-up')
      .map((x) => ({ phase: x.phase, endpoint: x.endpoint, requests: x.requests, errors: x.errors, 'p50 ms': x.p50ms.toFixed(1), 'p99 ms': x.p99ms.toFixed(1), 'max ms': x.maxms.toFixed(0) })),
  );
  console.table(r.ingests.map((i) => ({ feed: i.feed, items: i.items, status: i.status, 'articles stored': i.stored, 'seconds (fetch to queue empty)': i.seconds.toFixed(1) })));
  const idle = (e: LatencyRow['endpoint']) => r.rows.find((x) => x.phase === 'idle' && x.endpoint === e)!;
  for (const x of r.rows.filter((x) => x.phase.startsWith('ingesting'))) {
    const base = idle(x.endpoint);
    const target = x.endpoint === '/health' ? `p99 ${x.p99ms.toFixed(1)} ms (target < 100 ms)` : `p99 ratio to idle ${(x.p99ms / base.p99ms).toFixed(2)} (target < 3)`;
    console.log(`${x.phase}, ${x.endpoint}: p50 ratio to idle ${(x.p50ms / base.p50ms).toFixed(2)}, ${target}`);
  }
}
