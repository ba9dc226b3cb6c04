import { systemClock } from '../domain/clock.ts';
import type { ArticleEdge, ClusterVector, StoryEdge } from '../domain/story.ts';
import { silentLogger } from '../log/logger.ts';
import type { Executor } from '../store/executor.ts';
import type { ClusterSource } from '../store/repositories/cluster-repository.ts';
import type { ClusterContext, ClusterSummary } from './cluster-context.ts';
import { CLUSTER_PARAMS, CLUSTER_VERSION } from './params.ts';
import { hammingDistance, simhash, simhashBands } from './simhash.ts';
import { edgeReasons, hoursBetween, relatedness, sameEventScore, similarityScores } from './similarity.ts';
import { addToCentroid, cosine, emptyVector, indexKeys } from './vector.ts';
import { articleDocument, vectorize } from './article-document.ts';

export type { ClusterContext, ClusterSummary };

/** Articles clustered per transaction. */
export const DEFAULT_CLUSTER_BATCH = 50;

/** Any constant: the key of the lock (advisory on PostgreSQL) that lets one clusterer run at a time across processes. */
const CLUSTER_LOCK = 7_264_912;

const DAY = 86_400_000;

interface Placement {
  storyId: string;
  created: boolean;
  duplicateOfId: string | null;
  merges: { mergedId: string; intoId: string }[];
}

function byTimeThenId(a: { publishedAt: string; id: string }, b: { publishedAt: string; id: string }): number {
  if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Places one article: vectorize it against the current document frequencies, find near-identical copies through
 * SimHash bands and candidate stories through the key index (only stories active within the window), join the best
 * story at or above the threshold or found a new one, merge stories the article shows to be one, and store its
 * related-article and related-story edges. All through `ex`, inside the caller's transaction.
 */
async function placeArticle(ctx: ClusterContext, ex: Executor, src: ClusterSource, counted: boolean, now: string): Promise<Placement> {
  const repo = ctx.repos.cluster;
  const p = CLUSTER_PARAMS;
  const windowHours = ctx.windowDays * 24;
  const windowStart = new Date(Date.parse(src.publishedAt) - ctx.windowDays * DAY).toISOString();

  // Each article is counted as it is placed, so the outcome never depends on how articles were batched.
  const doc = articleDocument(src);
  if (!counted) await repo.countDocuments(ex, [doc.keys]);
  const { docs, df } = await repo.documentFrequencies(ex, doc.keys);
  const vector = vectorize(doc, src.entities, src.topics, df, docs);

  // The body only: a wire copy often runs under the outlet's own headline.
  const hash = simhash(src.text);
  const bands = simhashBands(hash);
  const copies = (await repo.duplicateCandidates(ex, bands, windowStart, src.id))
    .map((c) => ({ ...c, distance: hammingDistance(hash, c.simhash) }))
    .filter((c) => c.distance <= p.duplicateBits && c.storyId)
    .sort((a, b) => a.distance - b.distance || (a.articleId < b.articleId ? -1 : 1));
  const copy = copies[0] ?? null;

  const keys = indexKeys(vector);
  const found = await repo.candidateStories(ex, keys.map((k) => k.key), windowStart, p.candidates);
  const centroids = await repo.centroids(ex, found.map((c) => c.storyId));
  const scored = [...centroids.values()]
    .map((c) => {
      const { sameEvent, related } = similarityScores(vector, c.vector, hoursBetween(src.publishedAt, c.lastUpdatedAt), windowHours);
      return { c, score: sameEvent, related };
    })
    .sort((a, b) => b.score - a.score || b.related - a.related || (a.c.storyId < b.c.storyId ? -1 : 1));

  // The most related stories' recent members, each compared with the article: its related-article edges.
  const closest = [...scored].sort((a, b) => b.related - a.related || (a.c.storyId < b.c.storyId ? -1 : 1)).slice(0, p.edgeCandidateStories);
  const recent = ctx.relatedArticles > 0 ? await repo.memberVectors(ex, closest.map((x) => x.c.storyId), p.edgeMembersPerStory) : [];
  const related = recent
    .filter((m) => m.articleId !== src.id)
    .map((m) => ({ m, gap: hoursBetween(src.publishedAt, m.publishedAt) }))
    .map(({ m, gap }) => ({ m, gap, score: relatedness(vector, m.vector, gap, windowHours) }));

  let storyId: string;
  let created = false;
  if (copy) storyId = copy.storyId!;
  else if (src.storyId && centroids.has(src.storyId)) storyId = src.storyId;
  else if (scored[0] && scored[0].score >= p.joinThreshold) storyId = scored[0].c.storyId;
  else {
    storyId = src.id;
    created = true;
    await repo.createStory(ex, { id: storyId, title: src.title, sourceId: src.sourceId, publishedAt: src.publishedAt, now });
  }

  // Copies point at the first published copy, whatever order they arrive in.
  let duplicateOfId = copy ? (copy.duplicateOfId ?? copy.articleId) : null;
  if (copy && !copy.duplicateOfId && byTimeThenId(src, { publishedAt: copy.publishedAt, id: copy.articleId }) < 0) {
    await repo.makeOriginal(ex, src.id, copy.articleId);
    duplicateOfId = null;
  }

  // The story's centroid with this article, and its most central member so far (its title names the story).
  const own = centroids.get(storyId);
  let centroid = addToCentroid(own?.vector ?? emptyVector(), vector);
  let members = (own?.members ?? 0) + 1;
  let central = src.id;
  if (own) {
    const prev = (await repo.articleVectors(ex, [own.centralArticleId])).get(own.centralArticleId);
    if (prev && centrality(prev.vector, centroid) >= centrality(vector, centroid)) central = own.centralArticleId;
  }

  // Stories this article shows to be the same event as its own: both score high with it and with each other.
  const merges: { mergedId: string; intoId: string }[] = [];
  for (const { c, score } of scored) {
    if (c.storyId === storyId || score < p.mergeArticleThreshold) continue;
    const together = sameEventScore(centroid, c.vector, hoursBetween(src.publishedAt, c.lastUpdatedAt), windowHours);
    // A fragment (an article or two left outside their story, just under the join threshold) is absorbed on less
    // evidence than two grown stories need to become one.
    if (together < (Math.min(members, c.members) <= p.smallStoryMembers ? p.mergeSingletonThreshold : p.mergeStoryThreshold)) continue;
    const keepOwn = members > c.members || (members === c.members && storyId < c.storyId);
    const [intoId, mergedId] = keepOwn ? [storyId, c.storyId] : [c.storyId, storyId];
    const sum = addToCentroid(centroid, c.vector);
    if (!keepOwn) {
      // Own state goes into the survivor; write it first so mergeStory moves a complete story.
      await repo.saveCentroid(ex, storyId, centroid, members, central);
      await repo.addStoryKeys(ex, storyId, keys, src.publishedAt);
      await repo.assignArticle(ex, { articleId: src.id, storyId, duplicateOfId, version: CLUSTER_VERSION, now });
      central = c.centralArticleId;
    }
    members += c.members;
    centroid = sum;
    await repo.mergeStory(ex, { mergedId, intoId, score: together, centroid, members, now });
    merges.push({ mergedId, intoId });
    storyId = intoId;
  }

  await repo.saveCentroid(ex, storyId, centroid, members, central);
  await repo.addStoryKeys(ex, storyId, keys, src.publishedAt);
  await repo.assignArticle(ex, { articleId: src.id, storyId, duplicateOfId, version: CLUSTER_VERSION, now });
  await repo.saveArticleVector(ex, { articleId: src.id, vector, simhash: hash, bands, publishedAt: src.publishedAt });

  const survivor = (id: string | null) => merges.find((m) => m.mergedId === id)?.intoId ?? id;
  const articleEdges: ArticleEdge[] = related
    .filter((r) => r.score >= p.articleEdgeMin)
    .sort((x, y) => y.score - x.score || (x.m.articleId < y.m.articleId ? -1 : 1))
    .slice(0, ctx.relatedArticles)
    .map((r) => ({
      articleId: src.id,
      relatedId: r.m.articleId,
      score: round(r.score),
      reasons: edgeReasons(vector, r.m.vector, { sameStory: survivor(r.m.storyId) === storyId, gapHours: r.gap }),
    }));
  await repo.saveArticleEdges(ex, articleEdges, now);
  await saveStoryEdges(ctx, ex, { src, storyId, centroid, scored: scored.filter((s) => !merges.some((m) => m.mergedId === s.c.storyId)), now });
  return { storyId, created, duplicateOfId, merges };
}

/** How well a member stands for its story: cosine of its terms and entities with the centroid's. */
function centrality(v: ClusterVector, centroid: ClusterVector): number {
  return cosine(v.w, centroid.w) + cosine(v.s, centroid.s) + cosine(v.e, centroid.e);
}

async function saveStoryEdges(
  ctx: ClusterContext,
  ex: Executor,
  a: { src: ClusterSource; storyId: string; centroid: ClusterVector; scored: { c: { storyId: string; vector: ClusterVector; lastUpdatedAt: string }; score: number }[]; now: string },
): Promise<void> {
  const windowHours = ctx.windowDays * 24;
  const stories: StoryEdge[] = [];
  for (const { c } of a.scored) {
    if (c.storyId === a.storyId) continue;
    const gap = hoursBetween(a.src.publishedAt, c.lastUpdatedAt);
    const score = round(relatedness(a.centroid, c.vector, gap, windowHours));
    if (score < CLUSTER_PARAMS.storyEdgeMin) continue;
    stories.push({ storyId: a.storyId, relatedId: c.storyId, score, reasons: edgeReasons(a.centroid, c.vector, { sameStory: false, gapHours: gap }) });
  }
  await ctx.repos.cluster.saveStoryEdges(ex, stories, a.now);
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Clusters these articles (enriched first, so their entities count), in publication order, a transaction per batch.
 * Articles already placed keep their story; their story's aggregates are refreshed (re-enrichment may have changed
 * its reactions). One clusterer runs at a time: SQLite's write lock, a PostgreSQL advisory lock.
 */
export async function clusterArticles(ctx: ClusterContext, articleIds: readonly string[], opts: { batchSize?: number; force?: boolean } = {}): Promise<ClusterSummary> {
  const summary: ClusterSummary = { clustered: 0, changedStoryIds: [], createdStoryIds: [], merges: [], duplicates: 0, failed: [] };
  const ids = [...new Set(articleIds)];
  if (!ids.length) return summary;
  const log = ctx.logger ?? silentLogger;
  const changed = new Set<string>();
  const batchSize = opts.batchSize ?? DEFAULT_CLUSTER_BATCH;
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    const now = (ctx.clock ?? systemClock).now().toISOString();
    await ctx.db.kysely.transaction().execute(async (trx) => {
      await ctx.db.dialect.lockKey(trx, CLUSTER_LOCK);
      const sources = (await ctx.repos.cluster.sourcesOf(trx, batch)).sort(byTimeThenId);
      const counted = await ctx.repos.cluster.vectorized(trx, sources.map((s) => s.id));
      const touched = new Set<string>();
      for (const src of sources) {
        if (src.storyId && !opts.force) {
          touched.add(src.storyId);
          continue;
        }
        try {
          const placed = await placeArticle(ctx, trx, src, counted.has(src.id), now);
          summary.clustered++;
          if (placed.created) summary.createdStoryIds.push(placed.storyId);
          if (placed.duplicateOfId) summary.duplicates++;
          summary.merges.push(...placed.merges);
          for (const m of placed.merges) {
            touched.delete(m.mergedId);
            changed.delete(m.mergedId);
          }
          touched.add(placed.storyId);
        } catch (e) {
          // A half-placed article would leave the batch's transaction inconsistent: fail the batch, keep its articles pending.
          log.error({ err: e, article_id: src.id }, 'clustering failed for an article');
          throw e;
        }
      }
      for (const id of await ctx.repos.cluster.refreshStories(trx, [...touched], now)) changed.add(id);
    }).catch((e) => {
      summary.failed.push(...batch);
      log.error({ err: e, articles: batch.length }, 'a clustering batch failed; its articles stay unclustered');
    });
  }
  const merged = new Set(summary.merges.map((m) => m.mergedId));
  summary.changedStoryIds = [...changed].filter((id) => !merged.has(id));
  summary.createdStoryIds = summary.createdStoryIds.filter((id) => !merged.has(id));
  return summary;
}

/**
 * The ingest pipeline's onStored hook, after enrichment: new articles are clustered, changed ones refresh their
 * story. `onStoriesChanged` hears of the run's changed stories and merges (the storyUpdated subscription).
 */
export function clusterStoredArticles(
  ctx: ClusterContext,
  opts: { onStoriesChanged?: (changes: ClusterSummary) => Promise<void> | void } = {},
): (event: { newIds: string[]; updatedIds: string[] }) => Promise<void> {
  return async ({ newIds, updatedIds }) => {
    const r = await clusterArticles(ctx, [...newIds, ...updatedIds]);
    if (r.failed.length) (ctx.logger ?? silentLogger).warn({ failed: r.failed.length }, 'some stored articles could not be clustered');
    if (r.changedStoryIds.length || r.merges.length) await opts.onStoriesChanged?.(r);
  };
}
