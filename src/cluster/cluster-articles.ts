import { systemClock } from '../domain/clock.ts';
import type { ArticleEdge, ClusterVector } from '../domain/story.ts';
import { isAppError } from '../domain/errors.ts';
import { silentLogger } from '../log/logger.ts';
import type { Executor } from '../store/executor.ts';
import type { ClusterSource } from '../store/repositories/cluster-input-repository.ts';
import type { IndexEntry, IndexedArticle } from '../store/repositories/candidate-index-repository.ts';
import type { ArticleLink } from '../store/repositories/edge-writer-repository.ts';
import type { StoryMember } from '../store/repositories/story-writer-repository.ts';
import { vectorOf } from './article-document.ts';
import type { ClusterContext, ClusterSummary } from './cluster-context.ts';
import { canonicalOrder, isLink, linkScore, pairScores, storyGroups } from './link-components.ts';
import { CLUSTER_PARAMS, CLUSTER_VERSION } from './params.ts';
import { hammingDistance, simhash, simhashBands } from './simhash.ts';
import { strongestStoryEdges } from './story-edges.ts';
import { StoryLocks } from './story-locks.ts';
import { listsKept, mergeLists, type ListChange } from './related-lists.ts';
import { offeredEdges } from './offered-edge.ts';
import { SCALE_BOUNDS, type ScaleBounds } from './scale-bounds.ts';
import { updateStoryEdges } from './story-edge-updates.ts';
import { refreshJoinedStories, refreshStories } from '../stories/story-aggregates.ts';
import { edgeReasons, hoursBetween } from './similarity.ts';
import { addToCentroid, cosine, emptyVector, indexKeys } from './vector.ts';

export type { ClusterContext, ClusterSummary };

/** Articles clustered per transaction. */
export const DEFAULT_CLUSTER_BATCH = 50;

/**
 * Articles placed through one database between two looks at whether the planner's statistics of the clusterer's
 * tables are stale (a catalog read; ANALYZE only when they are). The first call through a database looks at once.
 */
const STATISTICS_EVERY = 500;
const placedSinceStatistics = new WeakMap<object, number>();

/** Attempts of a batch whose story locks were taken out of order by other writers (story-locks.ts). */
const ATTEMPTS = 12;

const HOUR = 3_600_000;

/*
 * How stories come out the same whatever the arrival order, the batching and the number of workers:
 *
 * 1. An article's vector is a function of the article alone (background term weights, article-document.ts).
 * 2. Two articles are linked when their same-event score reaches the threshold (link-components.ts): symmetric, a
 *    function of the two articles alone, and every pair that may link is compared by whichever article is indexed
 *    second, because an article is indexed (committed) before it looks for partners, and candidates are found
 *    through shared index keys within the time window, in both directions of time.
 * 3. Links make components; within a component, stories are the groups of average-link clustering of the members'
 *    same-event scores, small groups then joining the large group they are densely linked to (storyGroups), each
 *    named by its first article (published time, then id). Adding links only ever unites
 *    components and a component's stories are a function of its members, so the end state depends on the set of
 *    articles alone, however and in whatever order they were added.
 *
 * 4. Related-article edges: each article keeps its best few (related-lists.ts), merged locally as pairs are found;
 *    related-story edges follow from the changed rows (story-edge-updates.ts).
 *
 * All of this holds within the work bounds (scale-bounds.ts): at most so many candidates per article, and average
 * link over components up to a size. Past them a placement still costs the same whatever the story's size, and the
 * result is deterministic, but it may depend on arrival order (which candidates were nearest, which story a bridging
 * article joined).
 *
 * Writers lock the stories they touch (advisory locks keyed by story id on PostgreSQL; SQLite serializes writers),
 * never all clustering: articles of unrelated stories are placed in parallel. An unplaced article is locked by its
 * own id. The discipline that keeps concurrent writers' story edges the same as one writer's:
 * - an article's story changes only under the locks of its old and new story (or its own id's, unplaced);
 * - a related-article row is written under its owner's list lock, and the writer then locks both ends' stories;
 * - a story edge is read and written only under the locks of both its stories (a rebuilt story's edges to stories it
 *   has no rows to any more are dropped under its own), and every row it is computed from is read after those locks
 *   are held, so of two writers of one edge the second sees all the first's rows and its edge;
 * - an article placed now reads every stored row from or to it after its placement, not only the rows it wrote:
 *   another writer may have stored one while it was indexed but unplaced, and found it when it did not find them.
 * A lock is taken after reading which key to take, so each wait is followed by reading again until nothing new shows
 * up. Row locks (links, related lists) all come before story locks, and story locks are only waited for upwards
 * (story-locks.ts): no two writers can wait for each other.
 */

interface Indexed {
  src: ClusterSource;
  vector: ClusterVector;
  hash: string;
  bands: string[];
  keys: string[];
}

function indexOf(src: ClusterSource): Indexed {
  const vector = vectorOf(src);
  // The body only: a wire copy often runs under the outlet's own headline.
  const hash = simhash(src.text);
  return { src, vector, hash, bands: simhashBands(hash), keys: indexKeys(vector).map((k) => k.key) };
}

const shift = (at: string, hours: number) => new Date(Date.parse(at) + hours * HOUR).toISOString();
const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** The candidates an article is compared with (scale-bounds.ts): those sharing the most index keys, and SimHash bands. */
async function candidatesOf(ctx: ClusterContext, ex: Executor, a: Indexed): Promise<string[]> {
  const windowHours = ctx.windowDays * 24;
  const query = { from: shift(a.src.publishedAt, -windowHours), to: shift(a.src.publishedAt, windowHours), around: a.src.publishedAt, excludeId: a.src.id, limit: boundsOf(ctx).candidates };
  const idx = ctx.repos.candidateIndex;
  const byKey = await idx.sharingKeys(ex, { ...query, values: a.keys });
  const byBand = await idx.sharingBands(ex, { ...query, values: a.bands });
  return [...new Set([...byKey, ...byBand])];
}

/**
 * Which articles this one links to, its near-identical copies and its related-article edges (both directions), among
 * its candidates (`found`: their vectors and current stories, read once for every article of the batch).
 */
function linkArticle(
  ctx: ClusterContext,
  a: Indexed,
  candidates: readonly string[],
  found: ReadonlyMap<string, IndexedArticle>,
): { linked: IndexedArticle[]; copies: IndexedArticle[]; links: ArticleLink[]; offered: ArticleEdge[] } {
  const windowHours = ctx.windowDays * 24;
  const self = { id: a.src.id, publishedAt: a.src.publishedAt, vector: a.vector };
  const linked: IndexedArticle[] = [];
  const copies: IndexedArticle[] = [];
  const offered: ArticleEdge[] = [];
  const links: ArticleLink[] = [];
  const mine = candidates.flatMap((id) => found.get(id) ?? []);
  for (const m of mine.sort((x, y) => (x.articleId < y.articleId ? -1 : 1))) {
    const other = { id: m.articleId, publishedAt: m.publishedAt, vector: m.vector };
    const copy = hammingDistance(a.hash, m.simhash) <= CLUSTER_PARAMS.duplicateBits;
    const gap = hoursBetween(a.src.publishedAt, m.publishedAt);
    if (!copy && gap > windowHours) continue;
    // One reading of the pair gives its link score (linkScore's) and its relatedness, both in canonical order: the
    // scores and reasons come out the same whichever side arrived second.
    const scores = pairScores(self, other, gap, windowHours);
    const score = copy ? 1 : scores.sameEvent;
    if (copy) copies.push(m);
    if (copy || isLink(score)) {
      linked.push(m);
      links.push({ articleId: a.src.id, linkedId: m.articleId, score: round(score) });
    }
    const [x, y] = canonicalOrder(self, other) <= 0 ? [a.vector, m.vector] : [m.vector, a.vector];
    const related = round(scores.related);
    if (related < CLUSTER_PARAMS.articleEdgeMin) continue;
    const sameStory = copy || isLink(score);
    offered.push(...offeredEdges(a.src.id, m.articleId, related, () => edgeReasons(x, y, { sameStory, gapHours: gap })));
  }
  return { linked, copies, links, offered };
}

/** Merges offered related-article edges into the stored lists of their articles (related-lists.ts) and writes the change. */
async function updateRelatedLists(ctx: ClusterContext, ex: Executor, offered: readonly ArticleEdge[], now: string): Promise<ListChange> {
  if (!offered.length) return { added: [], removed: [] };
  const owners = [...new Set(offered.map((e) => e.articleId))].sort();
  const writer = ctx.repos.edgeWriter;
  await writer.lockLists(ex, owners);
  // Most offers rank below every row of a full list: those lists stay as they are, and only the others are read.
  const k = ctx.relatedArticles;
  const summaries = await writer.listSummaries(ex, owners);
  const below = offered.filter((e) => {
    const s = summaries.get(e.articleId);
    return s !== undefined && s.count === k && s.lowest > e.score;
  });
  const kept = listsKept(k, summaries, offered, await writer.storedPairs(ex, below));
  const merging = offered.filter((e) => !kept.has(e.articleId));
  // A stored row's reasons matter only where an offer of the same pair has its score: whether to write it again.
  const offeredScore = new Map(merging.map((e) => [`${e.articleId} ${e.relatedId}`, e.score]));
  const stored = await writer.listsOf(ex, owners.filter((id) => !kept.has(id)), (r) => offeredScore.get(`${r.articleId} ${r.relatedId}`) === r.score);
  const change = mergeLists(k, stored, merging);
  await writer.deleteListEdges(ex, change.removed);
  await writer.saveListEdges(ex, change.added, now);
  return change;
}

function boundsOf(ctx: ClusterContext): ScaleBounds {
  return { ...SCALE_BOUNDS, ...ctx.bounds };
}

/**
 * The connected component of links around this article, as stored now; `complete` false when it holds more than
 * `limit` articles, or reaches one of `tooLarge` (articles of a component found too large before: links are only
 * ever added, so it still is).
 */
async function componentOf(ctx: ClusterContext, ex: Executor, seed: string, limit: number, tooLarge: ReadonlySet<string>): Promise<{ seen: Set<string>; members: StoryMember[]; complete: boolean }> {
  const seen = new Set([seed]);
  let frontier = [seed];
  let complete = !tooLarge.has(seed);
  while (complete && frontier.length && seen.size <= limit) {
    // A bounded step reads at most the new articles that prove the component too large: whether it is, and so which
    // members come back when it is not, does not depend on which of them the statement found first.
    const bounded = Number.isFinite(limit);
    const step = bounded ? limit + 1 - seen.size : undefined;
    frontier = (await ctx.repos.edgeWriter.linkedTo(ex, frontier, step, bounded ? [...seen] : [])).filter((id) => !seen.has(id));
    for (const id of frontier) {
      seen.add(id);
      if (tooLarge.has(id)) complete = false;
    }
  }
  complete &&= seen.size <= limit;
  return { seen, members: complete ? (await ctx.repos.storyWriter.membersOf(ex, [...seen])).sort(canonicalOrder) : [], complete };
}

interface Settled {
  /** Stories that now hold the seeds, or lost or gained members (their aggregates are refreshed). */
  stories: Set<string>;
  /** Stories whose existing members moved, or that absorbed or lost another: their related-story edges are rebuilt. */
  moved: Set<string>;
  /** Stories past the exact bound, only joined: their central article stays. */
  large: Set<string>;
  /** Articles that joined a story past the exact bound, by story: its aggregates are updated from them alone. */
  joined: Map<string, string[]>;
  /** Stories whose aggregates are computed again from all their members: regrouped, founded or re-placed into. */
  full: Set<string>;
  merges: { mergedId: string; intoId: string }[];
}

/** Locks the stories of these members (an unplaced one by its own id) not locked yet; false when there were none. */
function lockStories(locks: StoryLocks, members: readonly StoryMember[]): Promise<boolean> {
  return locks.take(members.map((m) => m.storyId ?? m.id));
}

/**
 * Settles the stories around these articles, one seed's component at a time. A component within the exact bound:
 * locks every story of it (and its unplaced articles, by their own ids, which name the stories they would found),
 * reads it again until no new story shows up, then regroups it by average link, names each group by its first
 * article and moves every member there. A larger one: the seed joins the story of the article it is most strongly
 * linked to (score, then id), or founds its own when none of them is placed yet; nothing else moves.
 */
async function settle(ctx: ClusterContext, ex: Executor, seeds: readonly string[], locks: StoryLocks, now: string): Promise<Settled> {
  const out: Settled = { stories: new Set(), moved: new Set(), large: new Set(), joined: new Map(), full: new Set(), merges: [] };
  const placed = new Set<string>();
  const windowHours = ctx.windowDays * 24;
  const bound = boundsOf(ctx).exactComponent;
  // Articles of the components found past the bound: a seed linked to one of them is in one too.
  const tooLarge = new Set<string>();
  for (const seed of [...seeds].sort()) {
    if (placed.has(seed)) continue;
    let walk = await componentOf(ctx, ex, seed, bound, tooLarge);
    while (walk.complete && (await lockStories(locks, walk.members))) walk = await componentOf(ctx, ex, seed, bound, tooLarge);
    if (!walk.complete) {
      for (const id of walk.seen) tooLarge.add(id);
      await join(ctx, ex, seed, locks, now, out);
      placed.add(seed);
      continue;
    }
    const component = walk.members;
    for (const m of component) placed.add(m.id);
    const vectors = await ctx.repos.candidateIndex.vectorsOf(ex, component.map((m) => m.id));
    const linkable = component.map((m) => ({ id: m.id, publishedAt: m.publishedAt, vector: vectors.get(m.id)?.vector ?? emptyVector() }));
    const groupOf = storyGroups(linkable.length, (i, j) => linkScore(linkable[i]!, linkable[j]!, windowHours) ?? 0);
    const groups = new Map<string, StoryMember[]>();
    component.forEach((m, i) => {
      const name = component[groupOf[i]!]!.id;
      if (!groups.has(name)) groups.set(name, []);
      groups.get(name)!.push(m);
    });
    for (const name of groups.keys()) await ctx.repos.storyWriter.ensureStory(ex, component.find((m) => m.id === name)!, now);
    const gone = new Set<string>();
    for (const [storyId, members] of groups) {
      for (const m of members) {
        if (m.storyId && m.storyId !== storyId) out.moved.add(m.storyId).add(storyId);
      }
      const merged = await ctx.repos.storyWriter.assignAll(ex, { storyId, members, score: CLUSTER_PARAMS.storyThreshold, version: CLUSTER_VERSION, now });
      for (const mergedId of merged) {
        out.merges.push({ mergedId, intoId: storyId });
        out.moved.add(mergedId).add(storyId);
        gone.add(mergedId);
      }
      if (members.some((m) => seeds.includes(m.id) || m.storyId !== storyId)) {
        out.stories.add(storyId);
        out.full.add(storyId);
      }
    }
    // A story that lost members to another group but kept some is refreshed too: its counts and lead change.
    for (const [storyId, members] of groups) {
      for (const m of members) {
        if (m.storyId && m.storyId !== storyId && !gone.has(m.storyId)) {
          out.stories.add(m.storyId);
          out.full.add(m.storyId);
        }
      }
    }
  }
  return out;
}

/** Places an article linked into a component past the exact bound (settle): a bounded number of reads and writes. */
async function join(ctx: ClusterContext, ex: Executor, seed: string, locks: StoryLocks, now: string, out: Settled): Promise<void> {
  const links = (await ctx.repos.edgeWriter.linksOf(ex, [seed])).sort((x, y) => y.score - x.score || (x.linkedId < y.linkedId ? -1 : 1));
  let partners = await ctx.repos.storyWriter.membersOf(ex, [seed, ...links.map((l) => l.linkedId)]);
  // Partners another writer is placing now: wait for them, then read their stories again.
  if (await lockStories(locks, partners)) partners = await ctx.repos.storyWriter.membersOf(ex, [seed, ...links.map((l) => l.linkedId)]);
  const storyOf = new Map(partners.map((m) => [m.id, m.storyId]));
  const self = partners.find((m) => m.id === seed);
  if (!self) return;
  const into = self.storyId ?? links.map((l) => storyOf.get(l.linkedId)).find((s): s is string => !!s);
  if (into) {
    if (self.storyId !== into) {
      await ctx.repos.storyWriter.join(ex, { storyId: into, articleIds: [seed], version: CLUSTER_VERSION, now });
      out.joined.set(into, [...(out.joined.get(into) ?? []), seed]);
    } else out.full.add(into);
    out.stories.add(into);
    out.large.add(into);
    return;
  }
  await ctx.repos.storyWriter.ensureStory(ex, self, now);
  await ctx.repos.storyWriter.join(ex, { storyId: seed, articleIds: [seed], version: CLUSTER_VERSION, now });
  out.stories.add(seed);
  out.full.add(seed);
}

/** How well a member stands for its story: cosine of its terms and entities with the centroid's. */
function centrality(v: ClusterVector, centroid: ClusterVector): number {
  return cosine(v.w, centroid.w) + cosine(v.s, centroid.s) + cosine(v.e, centroid.e);
}

/** Each story's central article (its title names the story): the member closest to the members' centroid. */
async function centralArticles(ctx: ClusterContext, ex: Executor, storyIds: readonly string[]): Promise<Map<string, string>> {
  const members = await ctx.repos.candidateIndex.memberVectors(ex, storyIds);
  const byStory = new Map<string, IndexedArticle[]>();
  for (const m of members) {
    if (!m.storyId) continue;
    if (!byStory.has(m.storyId)) byStory.set(m.storyId, []);
    byStory.get(m.storyId)!.push(m);
  }
  const out = new Map<string, string>();
  for (const [id, list] of byStory) {
    list.sort((a, b) => canonicalOrder({ publishedAt: a.publishedAt, id: a.articleId }, { publishedAt: b.publishedAt, id: b.articleId }));
    const centroid = list.reduce((c, m) => addToCentroid(c, m.vector), emptyVector());
    let best = list[0]!;
    let bestScore = -1;
    for (const m of list) {
      const s = centrality(m.vector, centroid);
      if (s > bestScore + 1e-12) {
        best = m;
        bestScore = s;
      }
    }
    out.set(id, best.articleId);
  }
  return out;
}

/**
 * Clusters these articles (enriched first, so their entities count), a transaction per batch to index them and one
 * to link and settle them. Articles already placed keep their story unless `force`; their story's aggregates are
 * refreshed (re-enrichment may have changed its reactions).
 */
export async function clusterArticles(ctx: ClusterContext, articleIds: readonly string[], opts: { batchSize?: number; force?: boolean } = {}): Promise<ClusterSummary> {
  const summary: ClusterSummary = { clustered: 0, changedStoryIds: [], createdStoryIds: [], merges: [], duplicates: 0, failed: [] };
  const ids = [...new Set(articleIds)];
  if (!ids.length) return summary;
  const log = ctx.logger ?? silentLogger;
  const changed = new Set<string>();
  const created = new Set<string>();
  const batchSize = opts.batchSize ?? DEFAULT_CLUSTER_BATCH;
  for (let i = 0; i < ids.length; i += batchSize) {
    // Let timers and signals run before each batch (a worker's lease renewal, a SIGINT): on SQLite every await of a
    // batch resolves without reaching the event loop, so a long run of calls would hold it for minutes.
    await new Promise((resolve) => setImmediate(resolve));
    const batch = ids.slice(i, i + batchSize);
    const now = (ctx.clock ?? systemClock).now().toISOString();
    try {
      // Indexed and committed before looking for partners: of two articles placed at the same time by two workers,
      // the one indexed second sees the other.
      const placing = await ctx.db.kysely.transaction().execute(async (trx) => {
        const sources = (await ctx.repos.clusterInput.sourcesOf(trx, batch)).sort(canonicalOrder);
        const indexed = await ctx.repos.candidateIndex.indexed(trx, sources.map((s) => s.id));
        const out: Indexed[] = [];
        const kept: string[] = [];
        const forced: string[] = [];
        const fresh: IndexEntry[] = [];
        for (const src of sources) {
          if (src.storyId && !opts.force) {
            kept.push(src.storyId);
            continue;
          }
          const a = indexOf(src);
          // A forced re-placement reads the article again: its old links and edges may no longer hold.
          if (indexed.has(src.id) && opts.force) {
            await ctx.repos.edgeWriter.forgetLinks(trx, [src.id]);
            await ctx.repos.edgeWriter.forgetEdges(trx, { articleIds: [src.id], storyIds: [] });
            if (src.storyId) forced.push(src.storyId);
          }
          const entry = { articleId: src.id, vector: a.vector, simhash: a.hash, bands: a.bands, keys: a.keys, publishedAt: src.publishedAt };
          // Articles indexed before have rows to replace, one by one; new ones are written together.
          if (indexed.has(src.id)) await ctx.repos.candidateIndex.save(trx, entry);
          else fresh.push(entry);
          out.push(a);
        }
        await ctx.repos.candidateIndex.saveNew(trx, fresh);
        return { out, kept, forced };
      });
      // Story locks a failed attempt learnt it needs: the next attempt takes them first, in key order (story-locks.ts).
      const hint = new Set<string>();
      for (let attempt = 1; ; attempt++) {
        let locks: StoryLocks | undefined;
        try {
          const r = await ctx.db.kysely.transaction().execute(async (trx) => {
            locks = new StoryLocks(ctx.db.dialect, trx);
            // Row locks first (links in key order, then the related lists in id order), story locks after them only:
            // a writer holding a story lock never waits for a row, so row and story locks make no cycle.
            const copiesOf = new Map<string, IndexedArticle[]>();
            const offered: ArticleEdge[] = [];
            const links: ArticleLink[] = [];
            const candidates: string[][] = [];
            for (const a of placing.out) candidates.push(await candidatesOf(ctx, trx, a));
            const found = await ctx.repos.candidateIndex.vectorsOf(trx, [...new Set(candidates.flat())]);
            for (const [i, a] of placing.out.entries()) {
              const l = linkArticle(ctx, a, candidates[i]!, found);
              if (l.copies.length) copiesOf.set(a.src.id, l.copies);
              links.push(...l.links);
              offered.push(...l.offered);
            }
            await ctx.repos.edgeWriter.saveLinks(trx, links);
            const lists = await updateRelatedLists(ctx, trx, offered, now);
            await locks.take(hint);
            const placed = placing.out.map((a) => a.src.id);
            const settled = await settle(ctx, trx, placed, locks, now);
            // Every row from or to an article placed now, read under its lock (settle): those written here, and those
            // another writer stored while it was indexed but not placed, whichever of the two found the other.
            const present = await ctx.repos.edgeWriter.edgesTouching(trx, placed);
            // The other ends' stories, some of them being changed by another writer now: wait for them, so that of two
            // writers of one story edge, the second reads the first's rows and edge. Locked, they stay as read here
            // until this transaction commits.
            const ends = [...new Set([...present, ...lists.removed].flatMap((e) => [e.articleId, e.relatedId]))].sort();
            const storyOf = await lockStoriesOf(ctx, trx, ends, locks);
            const rebuilt = new Set([...settled.moved, ...placing.forced]);
            await rebuildStoryEdges(ctx, trx, [...rebuilt], locks, now);
            await updateStoryEdges(ctx, trx, { present, removed: lists.removed }, storyOf, rebuilt, now);
            // Copies may be in stories no other step locked; so may the stories of articles already placed.
            await lockStoriesOf(ctx, trx, [...copiesOf.values()].flat().map((c) => c.articleId), locks);
            await locks.take(placing.kept);
            const duplicates = await markDuplicates(ctx, trx, placing.out, copiesOf);
            // A story that articles only joined is updated from them; one that changed otherwise (or whose placed
            // articles were enriched again) is computed again from all its members.
            const again = new Set([...settled.full, ...placing.kept]);
            const joinedOnly = new Map([...settled.joined].filter(([id]) => !again.has(id)));
            const touched = [...new Set([...settled.stories, ...placing.kept])].filter((id) => !joinedOnly.has(id));
            const central = await centralArticles(ctx, trx, [...settled.stories].filter((id) => !settled.large.has(id)));
            const refreshed = [
              ...(await refreshStories(ctx.repos.storyWriter, trx, touched, now, central)),
              ...(await refreshJoinedStories(ctx.repos.storyWriter, trx, joinedOnly, now)),
            ];
            return { settled, duplicates, refreshed };
          });
          summary.clustered += placing.out.length;
          summary.duplicates += r.duplicates;
          summary.merges.push(...r.settled.merges);
          for (const a of placing.out) if (r.settled.stories.has(a.src.id)) created.add(a.src.id);
          for (const id of r.refreshed) changed.add(id);
          for (const id of r.settled.stories) changed.add(id);
          for (const m of r.settled.merges) {
            changed.delete(m.mergedId);
            created.delete(m.mergedId);
          }
          break;
        } catch (e) {
          if (attempt >= ATTEMPTS) throw e;
          for (const id of locks?.learnt ?? []) hint.add(id);
          // A lock taken out of order by another writer is an expected turn of concurrency, anything else is not.
          if (isAppError(e) && e.code === 'conflict') log.debug({ attempt }, 'clustering batch retried: a story lock was taken by another writer');
          else log.warn({ err: e, attempt }, 'clustering batch retried (concurrent writers)');
        }
      }
    } catch (e) {
      summary.failed.push(...batch);
      log.error({ err: e, articles: batch.length }, 'a clustering batch failed; its articles stay unclustered');
    }
  }
  summary.changedStoryIds = [...changed];
  summary.createdStoryIds = [...created];
  await keepStatistics(ctx, summary.clustered);
  return summary;
}

/**
 * Every few hundred placed articles, gathers the planner's statistics again where the clusterer's tables changed a
 * lot since (StoreDialect.refreshStatistics): the reads by id and by story stay index reads as the store grows,
 * whether or not autovacuum runs. Never fails the call: placement is done and committed by then.
 */
async function keepStatistics(ctx: ClusterContext, placed: number): Promise<void> {
  const since = (placedSinceStatistics.get(ctx.db) ?? STATISTICS_EVERY) + placed;
  if (since < STATISTICS_EVERY) {
    placedSinceStatistics.set(ctx.db, since);
    return;
  }
  placedSinceStatistics.set(ctx.db, 0);
  const log = ctx.logger ?? silentLogger;
  try {
    const analysed = await ctx.repos.plannerStatistics.refreshClusterTables();
    if (analysed.length) log.debug({ tables: analysed }, 'planner statistics gathered again');
  } catch (e) {
    log.warn({ err: e }, 'could not gather planner statistics');
  }
}

/**
 * Near-identical copies point at the first published of them (published time, then id), whatever order they arrive
 * in. Returns how many of these articles are copies.
 */
async function markDuplicates(ctx: ClusterContext, ex: Executor, placed: readonly Indexed[], copiesOf: ReadonlyMap<string, IndexedArticle[]>): Promise<number> {
  let n = 0;
  for (const a of placed) {
    const copies = copiesOf.get(a.src.id);
    if (!copies?.length) continue;
    const all = [{ id: a.src.id, publishedAt: a.src.publishedAt }, ...copies.map((c) => ({ id: c.articleId, publishedAt: c.publishedAt }))].sort(canonicalOrder);
    const original = all[0]!.id;
    await ctx.repos.storyWriter.setDuplicateOf(ex, all.slice(1).map((c) => c.id), original);
    await ctx.repos.storyWriter.setDuplicateOf(ex, [original], null);
    if (original !== a.src.id) n++;
  }
  return n;
}

/**
 * Locks the stories of these articles (an unplaced one by its own id), reading them again after each wait until none
 * is new: an article another writer moved while this one waited is locked where it is now. Returns their stories.
 */
async function lockStoriesOf(ctx: ClusterContext, ex: Executor, articleIds: readonly string[], locks: StoryLocks): Promise<Map<string, string | null>> {
  if (!articleIds.length) return new Map();
  for (;;) {
    const members = await ctx.repos.storyWriter.membersOf(ex, articleIds);
    if (!(await lockStories(locks, members))) return new Map(members.map((m) => [m.id, m.storyId]));
  }
}

/**
 * The related-story edges of these stories, rebuilt from their members' related-article edges (story-edges.ts). The
 * stories at the other ends are locked first, and the rows read again until no new one shows up: a story edge is
 * written only under the locks of both its stories, so no other writer moves an article of either, or writes a row
 * between them, between this read and the commit.
 */
async function rebuildStoryEdges(ctx: ClusterContext, ex: Executor, storyIds: readonly string[], locks: StoryLocks, now: string): Promise<void> {
  if (!storyIds.length) return;
  const ids = [...storyIds].sort();
  let across = await ctx.repos.edgeWriter.articleEdgesAcrossStories(ex, ids);
  while (await locks.take(across.flatMap((e) => [e.storyId, e.relatedStoryId]))) {
    across = await ctx.repos.edgeWriter.articleEdgesAcrossStories(ex, ids);
  }
  await ctx.repos.edgeWriter.replaceStoryEdges(ex, ids, strongestStoryEdges(across), now);
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
