import { sql, type LogEvent } from 'kysely';
import type { ClusterContext } from '../../src/cluster/cluster-context.ts';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { CLUSTER_PARAMS, CLUSTER_VERSION } from '../../src/cluster/params.ts';
import { edgeReasons, hoursBetween, relatedness } from '../../src/cluster/similarity.ts';
import { simhash, simhashBands } from '../../src/cluster/simhash.ts';
import { articleDocument, vectorize } from '../../src/cluster/article-document.ts';
import { addToCentroid, emptyVector, indexKeys } from '../../src/cluster/vector.ts';
import { newId } from '../../src/domain/ids.ts';
import type { ArticleEdge, ClusterVector } from '../../src/domain/story.ts';
import { ENRICHMENT_VERSION, loadTopicDefinitions } from '../../src/enrich/run-enrichment.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
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
            language: 'en',
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
            language: 'en',
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

interface ReplayStory {
  id: string;
  centroid: ClusterVector;
  members: number;
  central: string;
  /** Its newest members, newest first (related-article edges are drawn to them). */
  recent: { id: string; vector: ClusterVector; publishedAt: string }[];
  lastAt: string;
}

/** Adds a vector's parts into running sums (names are taken over); what addToCentroid does, unpruned and in place. */
function addInPlace(sum: ClusterVector, v: ClusterVector): ClusterVector {
  const into = sum as unknown as Record<string, Record<string, number | string>>;
  for (const [part, entries] of Object.entries(v as unknown as Record<string, Record<string, number | string>>)) {
    const target = (into[part] ??= {});
    for (const [k, x] of Object.entries(entries)) target[k] = typeof x === 'number' ? ((target[k] as number | undefined) ?? 0) + x : x;
  }
  return sum;
}

/** The term_stats row that holds the number of documents counted (the repository's convention). */
const DOCS = '';

/**
 * Stores the clusterer's state for stored articles as if each had joined the story it was generated for: the vectors,
 * fingerprints, document counts, index keys, centroids, aggregates and related-article edges the clusterer would
 * store, computed with its own functions in publication order (document frequencies as they stood when each article
 * came), but without the search for a story (the generated story is the answer) and without related-story edges.
 * Written 5000 articles per transaction in multi-row statements (the tables are migration 0003's, frozen):
 * an order of magnitude faster than clustering, for the bulk of a large benchmark store, while `clusterInOrder`
 * clusters what is measured. Articles of a story the clusterer already placed continue that story.
 */
export async function replayClustering(ns: NewsStore, articles: readonly SyntheticArticle[], ids: readonly string[], chunkSize = 5000): Promise<void> {
  const repo = ns.repos.cluster;
  const windowHours = ns.ctx.windowDays * 24;
  const keepRecent = Math.max(1, ns.ctx.relatedArticles);
  const live = new Map<number, ReplayStory>();
  const replayed = new Set(ids);
  for (let start = 0; start < articles.length; start += chunkSize) {
    const end = Math.min(articles.length, start + chunkSize);
    const now = articles[end - 1]!.publishedAt;
    await ns.store.db.kysely.transaction().execute(async (trx) => {
      const prepared = articles.slice(start, end).map((a) => {
        const entities = a.entities.map((e) => ({ key: e.ref.key, name: e.ref.name, salience: e.salience }));
        const doc = articleDocument({ title: a.title, text: a.text, entities });
        return { a, entities, doc, termKeys: doc.keys, hash: simhash(a.text) };
      });
      const { docs: docs0, df } = await repo.documentFrequencies(trx, [...new Set(prepared.flatMap((p) => p.termKeys))]);
      let docs = docs0;
      const keys = new Map<string, { key: string; story_id: string; weight: number; last_seen_at: string }>();
      const vectors: { article_id: string; vector: string; simhash: string; published_at: string }[] = [];
      const bands: { band: string; article_id: string; published_at: string }[] = [];
      const members = new Map<ReplayStory, string[]>();
      const sums = new Map<ReplayStory, ClusterVector>();
      const edges: ArticleEdge[] = [];
      for (const [k, p] of prepared.entries()) {
        const { a } = p;
        const id = ids[start + k]!;
        docs++;
        for (const t of p.termKeys) df.set(t, (df.get(t) ?? 0) + 1);
        const vector = vectorize(p.doc, p.entities, a.topics, df, docs);

        let story = live.get(a.story);
        if (!story) {
          const earlier = (ns.byStory.get(a.story) ?? []).filter((x) => !replayed.has(x));
          const placedIn = earlier.length ? (await repo.storyIdsOf(trx, [earlier.at(-1)!]))[0] : undefined;
          const c = placedIn ? (await repo.centroids(trx, [placedIn])).get(placedIn) : undefined;
          if (placedIn && c) {
            const recent = await repo.memberVectors(trx, [placedIn], keepRecent);
            story = { id: placedIn, centroid: c.vector, members: c.members, central: c.centralArticleId, recent: recent.map((m) => ({ id: m.articleId, vector: m.vector, publishedAt: m.publishedAt })), lastAt: c.lastUpdatedAt };
          } else {
            story = { id, centroid: emptyVector(), members: 0, central: id, recent: [], lastAt: a.publishedAt };
            await repo.createStory(trx, { id, title: a.title, sourceId: ns.sourceIds[a.source]!, publishedAt: a.publishedAt, now: a.publishedAt });
          }
          live.set(a.story, story);
        }
        // The chunk's members are summed first and added to the centroid once (pruned once, not per article).
        sums.set(story, addInPlace(sums.get(story) ?? emptyVector(), vector));
        story.members++;
        story.lastAt = a.publishedAt;
        members.set(story, [...(members.get(story) ?? []), id]);
        for (const { key, weight } of indexKeys(vector)) {
          const row = keys.get(`${story.id} ${key}`);
          if (row) {
            row.weight += weight;
            row.last_seen_at = a.publishedAt;
          } else keys.set(`${story.id} ${key}`, { key, story_id: story.id, weight, last_seen_at: a.publishedAt });
        }
        vectors.push({ article_id: id, vector: JSON.stringify(vector), simhash: p.hash, published_at: a.publishedAt });
        for (const band of simhashBands(p.hash)) bands.push({ band, article_id: id, published_at: a.publishedAt });
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
      const counts = [...new Set([DOCS, ...prepared.flatMap((p) => p.termKeys)])].map((term) => ({ term, df: term === DOCS ? docs : df.get(term)! }));
      for (const part of rows(counts, 2000)) {
        await trx.insertInto('term_stats').values(part).onConflict((oc) => oc.column('term').doUpdateSet({ df: sql`excluded.df` })).execute();
      }
      for (const part of rows([...keys.values()], 2000)) {
        await trx
          .insertInto('story_keys')
          .values(part)
          .onConflict((oc) =>
            oc.columns(['key', 'story_id']).doUpdateSet({
              weight: sql`story_keys.weight + excluded.weight`,
              last_seen_at: sql`CASE WHEN excluded.last_seen_at > story_keys.last_seen_at THEN excluded.last_seen_at ELSE story_keys.last_seen_at END`,
            }),
          )
          .execute();
      }
      for (const part of rows(vectors, 2000)) await trx.insertInto('article_vectors').values(part).execute();
      for (const part of rows(bands, 2000)) await trx.insertInto('simhash_bands').values(part).execute();
      for (const [story, articleIds] of members) {
        story.centroid = addToCentroid(story.centroid, sums.get(story)!);
        await trx.updateTable('articles').set({ story_id: story.id, duplicate_of_id: null, cluster_version: CLUSTER_VERSION, clustered_at: now }).where('id', 'in', articleIds).execute();
        await repo.saveCentroid(trx, story.id, story.centroid, story.members, story.central);
      }
      await repo.saveArticleEdges(trx, edges, now);
      await repo.refreshStories(trx, [...members.keys()].map((s) => s.id), now);
    });
    // Stories quiet for longer than the window take no more articles: let them go.
    const cutoff = new Date(Date.parse(now) - ns.ctx.windowDays * 86_400_000).toISOString();
    for (const [k, s] of live) if (s.lastAt < cutoff) live.delete(k);
  }
}
