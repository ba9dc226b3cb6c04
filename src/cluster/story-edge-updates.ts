import type { ArticleEdge, StoryEdge } from '../domain/story.ts';
import type { Executor } from '../store/executor.ts';
import type { CrossStoryArticleEdge } from '../store/repositories/edge-writer-repository.ts';
import type { ClusterContext } from './cluster-context.ts';
import { CLUSTER_PARAMS } from './params.ts';
import { strongestStoryEdges } from './story-edges.ts';

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const pairOf = (key: string) => key.split(' ') as [string, string];

/** What changed in the related-article rows, as story edges are brought up to date from it. */
export interface RowChange {
  /**
   * Stored rows that may raise a story edge: every row from or to an article placed now (read after its placement,
   * so rows another worker stored while it was indexed but not yet placed count, whoever found whom), and rows
   * written now.
   */
  present: readonly ArticleEdge[];
  /** Rows pushed out of a list now. */
  removed: readonly ArticleEdge[];
}

/**
 * Brings the related-story edges up to date with a change of related-article rows, without reading the stories'
 * other members: a story edge is its best article pair (story-edges.ts), so a present row can only raise it, and a
 * removed row matters only when it may have been that best pair (its score reaches the stored one); only then, or on
 * a tie, is the pair of stories read again. `storyOf` holds the current story of every article in the change, and the
 * caller holds the locks of all those stories: no other writer changes their members, rows or edges until it commits,
 * so the stored edge read here is the last one written and the rows read again are all there are.
 * Stories in `rebuilt` had their edges rebuilt from all their members already and are skipped.
 */
export async function updateStoryEdges(ctx: ClusterContext, ex: Executor, change: RowChange, storyOf: ReadonlyMap<string, string | null>, rebuilt: ReadonlySet<string>, now: string): Promise<void> {
  // The stories a row crosses between, when it may count for a story edge this update keeps.
  const ends = (e: ArticleEdge): { storyId: string; relatedStoryId: string } | null => {
    const s = storyOf.get(e.articleId);
    const r = storyOf.get(e.relatedId);
    if (!s || !r || s === r || rebuilt.has(s) || rebuilt.has(r) || e.score < CLUSTER_PARAMS.storyEdgeMin) return null;
    return { storyId: s, relatedStoryId: r };
  };
  const added: CrossStoryArticleEdge[] = change.present.flatMap((e) => {
    const x = ends(e);
    return x ? [{ ...x, articleId: e.articleId, relatedId: e.relatedId, score: e.score, reasons: e.reasons }] : [];
  });
  // A removed row only says which pairs of stories to look at again: its reasons are not read.
  const removed = change.removed.flatMap((e) => {
    const x = ends(e);
    return x ? [{ ...x, score: e.score }] : [];
  });
  if (!added.length && !removed.length) return;
  const best = new Map(strongestStoryEdges(added).map((e) => [pairKey(e.storyId, e.relatedId), e]));
  const keys = [...new Set([...best.keys(), ...removed.map((e) => pairKey(e.storyId, e.relatedStoryId))])].sort();
  const stored = new Map((await ctx.repos.edgeWriter.storyEdgesOf(ex, keys.map(pairOf))).map((e) => [pairKey(e.storyId, e.relatedId), e]));
  const reread = new Set<string>();
  for (const e of removed) {
    const key = pairKey(e.storyId, e.relatedStoryId);
    const s = stored.get(key);
    if (s && e.score >= s.score) reread.add(key);
  }
  const raise: StoryEdge[] = [];
  for (const [key, e] of best) {
    if (reread.has(key)) continue;
    const s = stored.get(key);
    if (!s || e.score > s.score) raise.push(e);
    // The same score: which pair of articles is the best decides the reasons, and the stored edge does not say.
    else if (e.score === s.score) reread.add(key);
  }
  const drop: [string, string][] = [];
  const again = [...reread].sort().map(pairOf);
  const rows = await ctx.repos.edgeWriter.articleEdgesBetween(ex, again);
  again.forEach(([a, b], i) => {
    const edge = strongestStoryEdges(rows[i]!)[0];
    if (edge) raise.push(edge);
    else if (stored.has(pairKey(a, b))) drop.push([a, b]);
  });
  if (drop.length) await ctx.repos.edgeWriter.deleteStoryEdges(ex, drop);
  if (raise.length) await ctx.repos.edgeWriter.saveStoryEdges(ex, raise, now);
}
