import { sql, type LogEvent } from 'kysely';
import type { ClusterContext } from '../../src/cluster/cluster-context.ts';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { newId } from '../../src/domain/ids.ts';
import { ENRICHMENT_VERSION, loadTopicDefinitions } from '../../src/enrich/run-enrichment.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import type { Dialect } from '../../src/store/db.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';
import type { SyntheticArticle } from './synthetic-news.ts';

const COUNTRIES = ['GB', 'US', 'FR', 'DE', 'IN', 'AU', 'ZA', 'BR', 'JP', 'EG'];

/** A store for story benchmarks (SQLite unless asked): sources with a feed each, the built-in topics, and a clusterer context. */
export interface NewsStore {
  store: TestStore;
  repos: Repositories;
  ctx: ClusterContext;
  /** Article ids by position in the synthetic stream. */
  ids: string[];
  /** Stored article ids of each synthetic story, in publication order. */
  byStory: Map<number, string[]>;
  sourceIds: string[];
  feedIds: string[];
  /**
   * SQL statements run so far (Kysely's log hook), the milliseconds of those that gathered planner statistics
   * (ANALYZE), and the slowest single ANALYZE of articles, in ms; set them to 0 before what you count.
   */
  sql: { statements: number; analyzeMs: number; analyzeArticlesMaxMs: number };
}

export async function createNewsStore(opts: { sources?: number; dialect?: Dialect; log?: (event: LogEvent) => void } = {}): Promise<NewsStore> {
  const sqlCount = { statements: 0, analyzeMs: 0, analyzeArticlesMaxMs: 0 };
  const store = await createTestStore(opts.dialect ?? 'sqlite', {}, {
    log: (event) => {
      sqlCount.statements++;
      if (event.query.sql.startsWith('ANALYZE')) sqlCount.analyzeMs += event.queryDurationMillis;
      if (event.query.sql === 'ANALYZE "articles"') sqlCount.analyzeArticlesMaxMs = Math.max(sqlCount.analyzeArticlesMaxMs, event.queryDurationMillis);
      opts.log?.(event);
    },
  });
  const repos = createRepositories(store.db);
  await loadTopicDefinitions({ db: store.db, repos });
  const now = '2026-01-01T00:00:00.000Z';
  const sourceIds: string[] = [];
  const feedIds: string[] = [];
  for (let i = 0; i < (opts.sources ?? 40); i++) {
    const source = await repos.sources.ensure({ name: `Desk ${i}`, homepage: `https://desk${i}.example/`, country: COUNTRIES[i % COUNTRIES.length]! }, now);
    const feed = await repos.feeds.create({ sourceId: source.id, url: `https://desk${i}.example/feed.xml`, intervalSeconds: 900 }, now);
    sourceIds.push(source.id);
    feedIds.push(feed.id);
  }
  const s = store.config.settings;
  const ctx = { db: store.db, repos, windowDays: s.CLUSTER_WINDOW_DAYS, relatedArticles: s.CLUSTER_RELATED_ARTICLES };
  return { store, repos, ctx, ids: [], byStory: new Map(), sourceIds, feedIds, sql: sqlCount };
}

/**
 * Stores these articles as ingestion and enrichment would have (article rows with their feed link, then the
 * enrichment repository's saveBatch with the article's entities, topics and reactions), not yet clustered. Returns
 * their ids.
 */
export async function storeNews(ns: NewsStore, articles: readonly SyntheticArticle[]): Promise<string[]> {
  const ids: string[] = [];
  const batch = 500;
  for (let start = 0; start < articles.length; start += batch) {
    const part = articles.slice(start, start + batch);
    const partIds = part.map(() => newId());
    await ns.store.db.kysely.transaction().execute(async (trx) => {
      const now = part.at(-1)!.publishedAt;
      await trx
        .insertInto('articles')
        .values(
          part.map((a, i) => ({
            id: partIds[i]!,
            source_id: ns.sourceIds[a.source]!,
            dedup_key: `guid:news-${a.seq}`,
            guid: `news-${a.seq}`,
            url: `https://desk${a.source}.example/news/${a.seq}`,
            canonical_url: `https://desk${a.source}.example/news/${a.seq}`,
            title: a.title,
            content_html: `<p>${a.text}</p>`,
            text: a.text,
            excerpt: a.text.slice(0, 200),
            authors: JSON.stringify([`Reporter ${a.seq % 17}`]),
            categories: '[]',
            image_url: null,
            enclosures: '[]',
            language: a.language ?? 'en',
            published_at: a.publishedAt,
            published_at_estimated: 0,
            updated_at: null,
            fetched_at: a.publishedAt,
            changed_at: a.publishedAt,
            content_hash: `h${a.seq}`,
          })),
        )
        .execute();
      await trx
        .insertInto('article_feeds')
        .values(part.map((a, i) => ({ article_id: partIds[i]!, feed_id: ns.feedIds[a.source]!, first_seen_at: a.publishedAt, last_seen_at: a.publishedAt })))
        .execute();
      await ns.repos.enrichment.saveBatch(
        trx,
        part.map((a, i) => ({
          articleId: partIds[i]!,
          enrichment: {
            language: a.language ?? 'en',
            languageConfidence: 1,
            entities: a.entities.map((e) => ({ entity: e.ref, aliases: [e.ref.name], mentions: e.mentions, salience: e.salience })),
            topics: a.topics.map((slug) => ({ slug, score: 0.6, evidence: [] })),
            reactions: a.reactions,
          },
        })),
        ENRICHMENT_VERSION,
        now,
      );
    });
    ids.push(...partIds);
    part.forEach((a, i) => ns.byStory.set(a.story, [...(ns.byStory.get(a.story) ?? []), partIds[i]!]));
  }
  ns.ids.push(...ids);
  return ids;
}

/** Clusters these stored articles in publication order, `perCall` at a time (an ingest's feed fetch is one call). */
export async function clusterInOrder(
  ns: NewsStore,
  ids: readonly string[],
  perCall: number,
  batchSize?: number,
): Promise<{ clustered: number; created: number; merges: number; slowestCallMs: number }> {
  const total = { clustered: 0, created: 0, merges: 0, slowestCallMs: 0 };
  for (let i = 0; i < ids.length; i += perCall) {
    const t = performance.now();
    const r = await clusterArticles(ns.ctx, ids.slice(i, i + perCall), batchSize ? { batchSize } : {});
    total.slowestCallMs = Math.max(total.slowestCallMs, performance.now() - t);
    if (r.failed.length) throw new Error(`clustering failed for ${r.failed.length} articles`);
    total.clustered += r.clustered;
    total.created += r.createdStoryIds.length;
    total.merges += r.merges.length;
  }
  return total;
}

