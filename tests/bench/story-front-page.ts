import { createInProcessArticleEvents } from '../../src/graphql/in-process-article-events.ts';
import { createGraphQLServer } from '../../src/graphql/yoga.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createMetrics } from '../../src/log/metrics.ts';
import { benchClusterCost } from './cluster-cost.ts';
import type { NewsStore } from './seed-stories.ts';

export const STORY_FRONT_PAGE_QUERY = `query StoryFrontPage {
  stories(orderBy: HOT, first: 20) {
    edges { node {
      id title summary articleCount sourceCount reactionCount firstSeenAt lastUpdatedAt countries
      articles(first: 3) { edges { node { id title url publishedAt source { id name } } } }
      sources { id name country }
      reactions { actor { id name kind } stance evidence cue publishedAt }
    } }
  }
}`;

export interface StoryFrontPageResult {
  articles: number;
  stories: number;
  p50ms: number;
  p95ms: number;
  statements: number;
  /** What one answer holds, to show the page is full: stories, their articles, sources and reactions. */
  page: { stories: number; articles: number; sources: number; reactions: number };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Page {
  data?: { stories: { edges: { node: { articleCount: number; articles: { edges: unknown[] }; sources: unknown[]; reactions: unknown[] } }[] } };
  errors?: unknown[];
}

/**
 * The story front page, `stories(orderBy: HOT, first: 20)` with each story's 3 newest articles (and their sources),
 * its sources and its international reactions, through yoga.fetch in process, on a SQLite store of clustered
 * synthetic news (the cluster-cost store when given, else one of `count` articles seeded the same way).
 */
export async function benchStoryFrontPage(opts: { news?: NewsStore; count?: number; iterations?: number } = {}): Promise<StoryFrontPageResult> {
  const iterations = opts.iterations ?? 200;
  const news = opts.news ?? (await benchClusterCost({ sizes: [opts.count ?? 100_000], sample: 1, keepStore: true })).news!;
  try {
    const { store, repos } = news;
    const yoga = createGraphQLServer({ db: store.db, repos, config: store.config, logger: silentLogger, metrics: createMetrics(false), events: createInProcessArticleEvents() });
    const request = async (): Promise<Page> => {
      const res = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: STORY_FRONT_PAGE_QUERY }),
      });
      const body = (await res.json()) as Page;
      if (res.status !== 200 || body.errors || !body.data) throw new Error(`story front page query failed: ${JSON.stringify(body).slice(0, 300)}`);
      return body;
    };
    const first = (await request()).data!.stories.edges.map((e) => e.node);
    const page = {
      stories: first.length,
      articles: first.reduce((n, s) => n + s.articles.edges.length, 0),
      sources: first.reduce((n, s) => n + s.sources.length, 0),
      reactions: first.reduce((n, s) => n + s.reactions.length, 0),
    };
    // A page without multi-article stories or reactions would measure less than the real one.
    if (page.stories < 20 || page.articles <= page.stories || !page.reactions) throw new Error(`the story front page is not full: ${JSON.stringify(page)}`);

    news.sql.statements = 0;
    await request();
    const statements = news.sql.statements;

    for (let i = 0; i < 20; i++) await request();
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      await request();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const count = async (table: 'articles' | 'stories') =>
      Number((await store.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { articles: await count('articles'), stories: await count('stories'), p50ms: percentile(times, 50), p95ms: percentile(times, 95), statements, page };
  } finally {
    await news.store.cleanup();
  }
}
