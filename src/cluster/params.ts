/**
 * The clusterer's tuning, in one place. Tuned on ECB+ (tests/cluster/ecbplus.test.ts reports the scores) and checked
 * on the world-news corpus; change them only with both tests at hand.
 */
export const CLUSTER_PARAMS = {
  /**
   * Logistic weights of the similarity's features (see similarity.ts), fitted on each article against the stories as
   * they grow (same event or not), in four arrival orders: ECB+ stories of its topic (look-alike events) and the
   * world-news corpus weighted five times (outlets telling one event from their own angles), with a light L2 penalty.
   * Names, numbers, years and the lead carry most of it; a lead naming other people and places counts against.
   */
  weights: {
    bias: -1.71,
    words: 0.14,
    names: 3.05,
    numbers: 3.16,
    entities: 1.06,
    lead: 1.64,
    years: 2.3,
    people: 0.78,
    novelLead: -1.57,
    personConflict: -0.63,
  },
  /**
   * One event needs agreement on what happened: the larger of the word and lead cosines. Under minContent each 0.01
   * short costs the same-event logit 1 (contentShortfallWeight), so a little less needs much stronger shared names
   * and actors, and a lot less cannot be made up. About 1 in 100 same-event pairs in ECB+ falls under it.
   */
  minContent: 0.15,
  contentShortfallWeight: -100,
  /** Two articles are linked (and so in one story) when their same-event score reaches this. */
  linkThreshold: 0.5,
  /** Within a component of links, stories are the groups whose members' mean same-event score reaches this (average link). */
  storyThreshold: 0.5,
  /** Background weights are raised to this power: above 1 widens the gap between common and rare words. */
  backgroundExponent: 1,
  /** An entity that is a country weighs this much of other entities: many unrelated stories name the same states. */
  countryWeight: 0.5,
  /** An article joins the best story at or above this same-event score, else it founds a new one. */
  joinThreshold: 0.3,
  /** Two stories merge when an article joins one and also scores this much with the other, and their centroids agree. */
  mergeArticleThreshold: 0.3,
  mergeStoryThreshold: 0.8,
  /** The same when the smaller story has at most smallStoryMembers articles. */
  mergeSingletonThreshold: 0.4,
  smallStoryMembers: 1,
  /** Time proximity: a score loses up to this share as the gap to the story reaches the window. */
  timePenalty: 0.3,
  /** Relatedness below this makes no edge. */
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
export const CLUSTER_VERSION = '2';
