import { encodeGlobalID } from '@pothos/plugin-relay';
import { createInProcessArticleEvents } from '../../src/graphql/in-process-article-events.ts';
import { createGraphQLServer } from '../../src/graphql/yoga.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createMetrics } from '../../src/log/metrics.ts';
import type { Db } from '../../src/store/db.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';
import { loadConfig } from '../../src/config/config.ts';
import { seedArticles } from './seed-articles.ts';

export const FRONT_PAGE_QUERY = `query FrontPage {
  articles(first: 50) {
    edges { node { id title url publishedAt excerpt source { id name } feeds { id url title } } }
  }
}`;

/**
 * The same answer without GraphQL: the same three statements the repositories run (whole rows, as they map them to
 * domain objects), then a JSON.stringify, as a hand-written endpoint would do. The difference is GraphQL's own cost.
 */
export async function handWritten(db: Db): Promise<string> {
  const rows = await db.kysely
    .selectFrom('articles')
    .selectAll()
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  const ids = rows.map((r) => r.id);
  const sources = await db.kysely.selectFrom('sources').selectAll().where('id', 'in', [...new Set(rows.map((r) => r.source_id))]).execute();
  const feeds = await db.kysely
    .selectFrom('article_feeds')
    .innerJoin('feeds', 'feeds.id', 'article_feeds.feed_id')
    .selectAll('feeds')
    .select('article_feeds.article_id')
    .where('article_feeds.article_id', 'in', ids)
    .orderBy('article_feeds.first_seen_at')
    .execute();
  return frontPageJson(rows, sources, feeds);
}

/**
 * The hand-written handler as one would write it for this page alone: the same three statements, but selecting only
 * the columns the answer holds. A stricter baseline than `handWritten` (whole rows), printed beside it.
 */
export async function handWrittenLean(db: Db): Promise<string> {
  const rows = await db.kysely
    .selectFrom('articles')
    .select(['id', 'source_id', 'title', 'url', 'published_at', 'excerpt'])
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  const ids = rows.map((r) => r.id);
  const sources = await db.kysely.selectFrom('sources').select(['id', 'name']).where('id', 'in', [...new Set(rows.map((r) => r.source_id))]).execute();
  const feeds = await db.kysely
    .selectFrom('article_feeds')
    .innerJoin('feeds', 'feeds.id', 'article_feeds.feed_id')
    .select(['feeds.id', 'feeds.url', 'feeds.title', 'article_feeds.article_id'])
    .where('article_feeds.article_id', 'in', ids)
    .orderBy('article_feeds.first_seen_at')
    .execute();
  return frontPageJson(rows, sources, feeds);
}

interface PageRow { id: string; source_id: string; title: string | null; url: string | null; published_at: string; excerpt: string | null }

/** The front page's JSON from its three reads, shared by both hand-written handlers so they differ only in what they select. */
function frontPageJson(
  rows: readonly PageRow[],
  sources: readonly { id: string; name: string }[],
  feeds: readonly { id: string; url: string; title: string | null; article_id: string }[],
): string {
  const sourceById = new Map(sources.map((s) => [s.id, { id: encodeGlobalID('Source', s.id), name: s.name }]));
  const feedsByArticle = new Map<string, { id: string; url: string; title: string | null }[]>();
  for (const f of feeds) {
    const list = feedsByArticle.get(f.article_id) ?? [];
    list.push({ id: encodeGlobalID('Feed', f.id), url: f.url, title: f.title });
    feedsByArticle.set(f.article_id, list);
  }
  return JSON.stringify({
    data: {
      articles: {
        edges: rows.map((r) => ({
          node: {
            id: encodeGlobalID('Article', r.id),
            title: r.title,
            url: r.url,
            publishedAt: r.published_at,
            excerpt: r.excerpt,
            source: sourceById.get(r.source_id),
            feeds: feedsByArticle.get(r.id) ?? [],
          },
        })),
      },
    },
  });
}

/** JSON with object keys sorted, so two answers compare by content, not by field order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface FrontPageRow {
  handler: string;
  p50ms: number;
  p95ms: number;
  /** CPU time of this process per call (median): steadier than wall time when other work shares the cores. */
  cpuP50ms: number;
  statements: number;
}

/** Front page (50 newest articles with source and feeds) at `count` stored articles on SQLite: GraphQL vs by hand. */
export async function benchFrontPage(count = 100_000, iterations = 300): Promise<FrontPageRow[]> {
  const counter = { statements: 0 };
  const store = await createTestStore('sqlite', {}, { log: () => void counter.statements++ });
  try {
    await seedArticles(store.db, count);
    return await compareFrontPage(store, iterations, counter);
  } finally {
    await store.cleanup();
  }
}

/**
 * The front page through GraphQL (yoga.fetch in process), through GraphQL with the response cache on, by hand,
 * through GraphQL without graphql-jit, and by hand selecting only the columns shown,
 * on a filled store. The five are called in turn, request after request, so load elsewhere on the machine falls
 * on all of them alike. `counter` (the store's Kysely log hook) counts statements when given.
 */
export async function compareFrontPage(store: TestStore, iterations = 300, counter: { statements: number } = { statements: 0 }): Promise<FrontPageRow[]> {
  // The store's config has the default response-cache TTL: the uncached rows set it to 0, or they would time cache hits.
  const uncachedConfig = loadConfig({}, { DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent', API_RESPONSE_CACHE_TTL_MS: 0 });
  const services = {
    db: store.db,
    repos: createRepositories(store.db),
    config: uncachedConfig,
    logger: silentLogger,
    metrics: createMetrics(false),
    events: createInProcessArticleEvents(),
  };
  const cachedConfig = loadConfig({}, { DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent', API_RESPONSE_CACHE_TTL_MS: 60_000 });
  const viaYoga = (yoga: ReturnType<typeof createGraphQLServer>) => async () => {
    const res = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: FRONT_PAGE_QUERY }),
    });
    const body = await res.text();
    if (res.status !== 200 || body.includes('"errors"')) throw new Error(`front page query failed: ${body.slice(0, 300)}`);
    return body;
  };
  const viaGraphQL = viaYoga(createGraphQLServer(services));
  const viaCache = viaYoga(createGraphQLServer({ ...services, config: cachedConfig }));
  const interpretedConfig = loadConfig({}, { DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent', API_RESPONSE_CACHE_TTL_MS: 0, GRAPHQL_JIT: false });
  const viaInterpreter = viaYoga(createGraphQLServer({ ...services, config: interpretedConfig }));
  const byHand = () => handWritten(store.db);
  const byHandLean = () => handWrittenLean(store.db);
  const graphQLBody = JSON.parse(await viaGraphQL());
  if (canonicalJson(graphQLBody) !== canonicalJson(JSON.parse(await byHand()))) throw new Error('the hand-written handler does not answer the same JSON');
  if (canonicalJson(graphQLBody) !== canonicalJson(JSON.parse(await viaCache()))) throw new Error('the cached answer differs');
  if (canonicalJson(graphQLBody) !== canonicalJson(JSON.parse(await viaInterpreter()))) throw new Error('the interpreted answer differs');
  if (canonicalJson(graphQLBody) !== canonicalJson(JSON.parse(await byHandLean()))) throw new Error('the lean hand-written handler does not answer the same JSON');

  const count = async (fn: () => Promise<unknown>) => {
    counter.statements = 0;
    await fn();
    return counter.statements;
  };
  const statements = [await count(viaGraphQL), await count(viaCache), await count(byHand), await count(viaInterpreter), await count(byHandLean)];
  const handlers = [viaGraphQL, viaCache, byHand, viaInterpreter, byHandLean];
  const times: number[][] = handlers.map(() => []);
  const cpu: number[][] = handlers.map(() => []);
  for (let i = 0; i < iterations + 20; i++) {
    for (const [k, fn] of handlers.entries()) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await fn();
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (i >= 20) {
        times[k]!.push(ms);
        cpu[k]!.push((c.user + c.system) / 1000);
      }
    }
  }
  const stats = times.map((t, k) => {
    t.sort((a, b) => a - b);
    const c = cpu[k]!.sort((a, b) => a - b);
    return { p50: percentile(t, 50), p95: percentile(t, 95), cpu: percentile(c, 50) };
  });
  const row = (handler: string, k: number): FrontPageRow => ({ handler, p50ms: stats[k]!.p50, p95ms: stats[k]!.p95, cpuP50ms: stats[k]!.cpu, statements: statements[k]! });
  return [
    row('GraphQL (yoga + Pothos + DataLoader, graphql-jit)', 0), row('hand-written SQL + JSON', 2), row('GraphQL, response cache on (a hit)', 1), row('GraphQL without graphql-jit (GRAPHQL_JIT=false)', 3),
    row('hand-written, only the columns the page shows', 4),
  ];
}
