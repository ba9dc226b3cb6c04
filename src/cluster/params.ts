/**
 * The clusterer's tuning, in one place. Tuned on ECB+ (tests/cluster/ecbplus.test.ts reports the scores) and checked
 * on the world-news corpus; change them only with both tests at hand.
 */
export const CLUSTER_PARAMS = {
  /**
   * Logistic weights of the similarity's features (cosines of each vector part; year agreement -1..1), fitted on
   * each article against the stories as they grow (same event or not): ECB+ stories of its topic (the look-alikes)
   * and the world-news corpus weighted five times (outlets telling one event from their own angles). Names,
   * numbers and the lead carry most of it.
   */
  weights: { bias: -5.32, words: 0.66, names: 6.07, numbers: 4.09, entities: 1.74, lead: 3.5, years: 3.13, people: 1.19 },
  /** An article joins the best story at or above this score, else it founds a new one. */
  joinThreshold: 0.25,
  /** Two stories merge when an article joins one and also scores this much with the other, and their centroids agree. */
  mergeArticleThreshold: 0.3,
  mergeStoryThreshold: 0.8,
  /** The same when the smaller story has at most smallStoryMembers articles. */
  mergeSingletonThreshold: 0.4,
  smallStoryMembers: 1,
  /** Time proximity: a score loses up to this share as the gap to the story reaches the window. */
  timePenalty: 0.3,
  /** Story and article scores below this make no edge. */
  storyEdgeMin: 0.1,
  articleEdgeMin: 0.1,
  /** Candidate stories scored per article, found through the index. */
  candidates: 30,
  /** Index keys an article looks up and adds: its heaviest terms and entities. */
  indexKeys: 24,
  /** Terms kept per article vector part, and per story centroid part. */
  articleTerms: 60,
  centroidTerms: 300,
  /** Recent members of the top candidate stories compared for related-article edges. */
  edgeCandidateStories: 4,
  edgeMembersPerStory: 40,
  /** SimHash bits that may differ between near-identical copies (of 64; 4 bands of 16 bits find all within 3). */
  duplicateBits: 3,
} as const;

/** Bump when clustering changes so that `newsgraph recluster` is worth running; stored on each article. */
export const CLUSTER_VERSION = '1';
