import { sql, type LogEvent } from 'kysely';
import type { ClusterContext } from '../../src/cluster/cluster-context.ts';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { CLUSTER_PARAMS, CLUSTER_VERSION } from '../../src/cluster/params.ts';
import { edgeReasons, hoursBetween, relatedness } from '../../src/cluster/similarity.ts';
import { simhash, simhashBands } from '../../src/cluster/simhash.ts';
import { vectorOf } from '../../src/cluster/article-document.ts';
import { indexKeys } from '../../src/cluster/vector.ts';
import { newId } from '../../src/domain/ids.ts';
import type { ArticleEdge, ClusterVector } from '../../src/domain/story.ts';
import { ENRICHMENT_VERSION, loadTopicDefinitions } from '../../src/enrich/run-enrichment.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { refreshStories } from '../../src/stories/story-aggregates.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';
import type { SyntheticArticle } from './synthetic-news.ts';

const COUNTRIES = ['GB', 'US', 'FR', 'DE', 'IN', 'AU', 'ZA', 'BR', 'JP', 'EG'];

/** A SQLite store for story benchmarks: sources with a feed each, the built-in topics, and a clusterer context. */
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
  /** SQL statements run so far (Kysely's log hook); set it to 0 before what you count. */
  sql: { statements: number };
}

export async function createNewsStore(opts: { sources?: number; log?: (event: LogEvent) => void } = {}): Promise<NewsStore> {
  const sqlCount = { statements: 0 };
  const store = await createTestStore('sqlite', {}, {
    log: (event) => {
      sqlCount.statements++;
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
export async function clusterInOrder(ns: NewsStore, ids: readonly string[], perCall: number, batchSize?: number): Promise<{ clustered: number; created: number; merges: number }> {
  const total = { clustered: 0, created: 0, merges: 0 };
  for (let i = 0; i < ids.length; i += perCall) {
    const r = await clusterArticles(ns.ctx, ids.slice(i, i + perCall), batchSize ? { batchSize } : {});
    if (r.failed.length) throw new Error(`clustering failed for ${r.failed.length} articles`);
    total.clustered += r.clustered;
    total.created += r.createdStoryIds.length;
    total.merges += r.merges.length;
  }
  return total;
}

/**
 * Stores the clusterer's state for stored articles as if each had been placed in the story it was generated for: the
 * vectors, fingerprints, index keys, same-event links (each article linked to its story's previous one, so the
 * story is one component), assignments, aggregates and related-article edges the clusterer would store, computed
 * with its own functions, but without the search for partners (the generated story is the answer) and without
 * related-story edges. Written `chunkSize` articles per transaction in multi-row statements: an order of magnitude
 * faster than clustering, for the bulk of a large benchmark store, while `clusterInOrder` clusters what is measured.
 * Articles of a story the clusterer already placed continue that story.
 */
export async function replayClustering(ns: NewsStore, articles: readonly SyntheticArticle[], ids: readonly string[], chunkSize = 5000): Promise<void> {
  const windowHours = ns.ctx.windowDays * 24;
  const keepRecent = Math.max(1, ns.ctx.relatedArticles);
  const live = new Map<number, { id: string; recent: { id: string; vector: ClusterVector; publishedAt: string }[]; lastAt: string }>();
  const replayed = new Set(ids);
  for (let start = 0; start < articles.length; start += chunkSize) {
    const end = Math.min(articles.length, start + chunkSize);
    const now = articles[end - 1]!.publishedAt;
    await ns.store.db.kysely.transaction().execute(async (trx) => {
      const keys: { key: string; article_id: string; published_at: string }[] = [];
      const vectors: { article_id: string; vector: string; simhash: string; published_at: string }[] = [];
      const bands: { band: string; article_id: string; published_at: string }[] = [];
      const links: { articleId: string; linkedId: string; score: number }[] = [];
      const members = new Map<string, string[]>();
      const edges: ArticleEdge[] = [];
      for (let k = 0; k < end - start; k++) {
        const a = articles[start + k]!;
        const id = ids[start + k]!;
        const entities = a.entities.map((e) => ({ key: e.ref.key, name: e.ref.name, salience: e.salience }));
        const vector = vectorOf({ title: a.title, text: a.text, language: 'en', entities, topics: a.topics });
        const hash = simhash(a.text);
        let story = live.get(a.story);
        if (!story) {
          const earlier = (ns.byStory.get(a.story) ?? []).filter((x) => !replayed.has(x));
          const placedIn = earlier.length ? (await ns.repos.storyWriter.storyIdsOf(trx, [earlier.at(-1)!]))[0] : undefined;
          story = { id: placedIn ?? id, recent: [], lastAt: a.publishedAt };
          if (placedIn) {
            const last = earlier.at(-1)!;
            const v = (await ns.repos.candidateIndex.vectorsOf(trx, [last])).get(last);
            if (v) story.recent = [{ id: last, vector: v.vector, publishedAt: v.publishedAt }];
          }
          live.set(a.story, story);
        }
        if (story.recent[0]) links.push({ articleId: id, linkedId: story.recent[0].id, score: 1 });
        story.lastAt = a.publishedAt;
        members.set(story.id, [...(members.get(story.id) ?? []), id]);
        for (const { key } of indexKeys(vector)) keys.push({ key, article_id: id, published_at: a.publishedAt });
        vectors.push({ article_id: id, vector: JSON.stringify(vector), simhash: hash, published_at: a.publishedAt });
        for (const band of simhashBands(hash)) bands.push({ band, article_id: id, published_at: a.publishedAt });
        edges.push(
          ...story.recent
            .map((m) => {
              const gap = hoursBetween(a.publishedAt, m.publishedAt);
              const score = Math.round(relatedness(vector, m.vector, gap, windowHours) * 10_000) / 10_000;
              return { articleId: id, relatedId: m.id, score, reasons: edgeReasons(vector, m.vector, { sameStory: true, gapHours: gap }) };
            })
            .filter((e) => e.score >= CLUSTER_PARAMS.articleEdgeMin)
            .sort((x, y) => y.score - x.score)
            .slice(0, ns.ctx.relatedArticles),
        );
        story.recent = [{ id, vector, publishedAt: a.publishedAt }, ...story.recent].slice(0, keepRecent);
      }
      const rows = <T>(xs: T[], per: number) => Array.from({ length: Math.ceil(xs.length / per) }, (_, i) => xs.slice(i * per, (i + 1) * per));
      for (const part of rows(vectors, 2000)) await trx.insertInto('article_vectors').values(part).execute();
      for (const part of rows(bands, 2000)) await trx.insertInto('simhash_bands').values(part).execute();
      for (const part of rows(keys, 2000)) await trx.insertInto('article_keys').values(part).onConflict((oc) => oc.columns(['key', 'article_id']).doNothing()).execute();
      await ns.repos.edgeWriter.saveLinks(trx, links);
      for (const [storyId, articleIds] of members) {
        const exists = await ns.repos.storyWriter.storyExists(trx, storyId);
        if (!exists) {
          const first = articles[ids.indexOf(storyId)]!;
          await trx
            .insertInto('stories')
            .values({ id: storyId, title: first.title, summary: '', central_article_id: storyId, first_article_id: storyId, first_source_id: ns.sourceIds[first.source]!, first_seen_at: first.publishedAt, last_updated_at: first.publishedAt, article_count: 0, source_count: 0, reaction_count: 0, sources: '[]', countries: '[]', languages: '[]', hot: 0, created_at: now, updated_at: now })
            .execute();
        }
        for (const part of rows(articleIds, 500)) {
          await trx.updateTable('articles').set({ story_id: storyId, duplicate_of_id: null, cluster_version: CLUSTER_VERSION, clustered_at: now }).where('id', 'in', part).execute();
        }
      }
      await ns.repos.edgeWriter.saveArticleEdges(trx, edges, now);
      await refreshStories(ns.repos.storyWriter, trx, [...members.keys()], now);
    });
    // Stories quiet for longer than the window take no more articles: let them go.
    const cutoff = new Date(Date.parse(now) - ns.ctx.windowDays * 86_400_000).toISOString();
    for (const [k, s] of live) if (s.lastAt < cutoff) live.delete(k);
  }
}
