import { encodeGlobalID } from '@pothos/plugin-relay';
import { createInProcessArticleEvents } from '../../src/graphql/in-process-article-events.ts';
import { createGraphQLServer } from '../../src/graphql/yoga.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createMetrics } from '../../src/log/metrics.ts';
import type { Db } from '../../src/store/db.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore } from '../support/databases.ts';
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
async function handWritten(db: Db): Promise<string> {
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
  const sourceById = new Map(sources.map((s) => [s.id, { id: encodeGlobalID('Source', s.id), name: s.name }]));
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
            feeds: feeds.filter((f) => f.article_id === r.id).map((f) => ({ id: encodeGlobalID('Feed', f.id), url: f.url, title: f.title })),
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

async function measure(n: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export interface FrontPageRow {
  handler: string;
  p50ms: number;
  p95ms: number;
  statements: number;
}

/** Front page (50 newest articles with source and feeds) at `count` stored articles on SQLite: GraphQL vs by hand. */
export async function benchFrontPage(count = 100_000, iterations = 300): Promise<FrontPageRow[]> {
  let statements = 0;
  const store = await createTestStore('sqlite', {}, { log: () => void statements++ });
  try {
    await seedArticles(store.db, count);
    const services = {
      db: store.db,
      repos: createRepositories(store.db),
      config: store.config,
      logger: silentLogger,
      metrics: createMetrics(false),
      events: createInProcessArticleEvents(),
    };
    const yoga = createGraphQLServer(services);
    const viaGraphQL = async () => {
      const res = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: FRONT_PAGE_QUERY }),
      });
      const body = await res.text();
      if (res.status !== 200 || body.includes('"errors"')) throw new Error(`front page query failed: ${body.slice(0, 300)}`);
      return body;
    };
    const graphQLBody = JSON.parse(await viaGraphQL());
    const handBody = JSON.parse(await handWritten(store.db));
    if (canonicalJson(graphQLBody) !== canonicalJson(handBody)) throw new Error('the hand-written handler does not answer the same JSON');

    statements = 0;
    await viaGraphQL();
    const gqlStatements = statements;
    statements = 0;
    await handWritten(store.db);
    const handStatements = statements;

    const g = await measure(iterations, viaGraphQL);
    const h = await measure(iterations, () => handWritten(store.db));
    return [
      { handler: 'GraphQL (yoga + Pothos + DataLoader)', p50ms: g.p50, p95ms: g.p95, statements: gqlStatements },
      { handler: 'hand-written SQL + JSON', p50ms: h.p50, p95ms: h.p95, statements: handStatements },
    ];
  } finally {
    await store.cleanup();
  }
}
