import type { StoryEdge } from '../domain/story.ts';
import type { CrossStoryArticleEdge } from '../store/repositories/edge-writer-repository.ts';
import { CLUSTER_PARAMS } from './params.ts';

/**
 * Related stories from the related-article edges between their members: a pair of stories is as related as its most
 * related pair of articles (ties to the pair of smallest ids), with that pair's reasons. A function of the stored
 * article edges and the stories' members alone, so the same articles give the same story edges whatever order they
 * arrived in, and a recluster rebuilds them.
 */
export function strongestStoryEdges(edges: readonly CrossStoryArticleEdge[]): StoryEdge[] {
  const best = new Map<string, { edge: StoryEdge; pair: string }>();
  for (const e of edges) {
    if (e.score < CLUSTER_PARAMS.storyEdgeMin) continue;
    const [storyId, relatedId] = e.storyId < e.relatedStoryId ? [e.storyId, e.relatedStoryId] : [e.relatedStoryId, e.storyId];
    const pair = e.articleId < e.relatedId ? `${e.articleId} ${e.relatedId}` : `${e.relatedId} ${e.articleId}`;
    const key = `${storyId} ${relatedId}`;
    const prev = best.get(key);
    if (prev && (prev.edge.score > e.score || (prev.edge.score === e.score && prev.pair <= pair))) continue;
    best.set(key, { pair, edge: { storyId, relatedId, score: e.score, reasons: { ...e.reasons, sameStory: false } } });
  }
  return [...best.keys()].sort().map((k) => best.get(k)!.edge);
}
