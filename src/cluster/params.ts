/**
 * The clusterer's tuning, in one place. The link model (weights, minContent, backgroundExponent, countryWeight,
 * linkThreshold, storyThreshold) and the cross-lingual weights are written by
 * `node --import tsx scripts/fit/fit-cluster.ts --write`: the link model fitted on the ECB+ train split only (thresholds
 * chosen on out-of-fold scores), the cross-lingual weights on the multilingual corpus's tuned-on splits only (tune and
 * report5–report10, the splits whose errors were read while developing). It reported
 * ECB+ dev B-cubed F1 0.922, world-news 1, multilingual report split B-cubed F1 1 (data never used to fit).
 * The rest is hand-set.
 */
export const CLUSTER_PARAMS = {
  /**
   * Logistic weights of the similarity's features (see similarity.ts), fitted on pairs of ECB+ train documents (same
   * story or not), pairs within one ECB+ topic (two look-alike events) weighing 20 times pairs across topics, with a
   * light L2 penalty.
   */
  weights: {
    bias: 0.26,
    words: 1.71,
    names: 3.01,
    numbers: 2.19,
    entities: 0.87,
    lead: 2.37,
    years: 1.66,
    people: 0.11,
    novelLead: -2.9,
    personConflict: -0.55,
  },
  /**
   * Articles in two languages (see cross-lingual.ts): logistic weights of the language-independent features, fitted on
   * the cross-language pairs of the multilingual corpus's tuned-on stories; the bias also moved to the B-cubed best on
   * them.
   */
  crossLingual: {
    weights: {
      bias: -1.94,
      entities: 2.5,
      actors: 1.47,
      numbers: 2.16,
      names: 1.01,
      topics: 0.42,
      years: 0.74,
      days: -1.76,
    },
  },
  /**
   * One event needs agreement on what happened: the larger of the word and lead cosines. Under minContent each 0.01
   * short costs the same-event logit 1 (contentShortfallWeight), so a little less needs much stronger shared names
   * and actors, and a lot less cannot be made up (0: the fit found no use for it).
   */
  minContent: 0,
  contentShortfallWeight: -100,
  /** Two articles are linked (and so in one story) when their same-event score reaches this. */
  linkThreshold: 0.5,
  /** Within a component of links, stories are the groups whose members' mean same-event score reaches this (average link). */
  storyThreshold: 0.7,
  /**
   * Groups of at most attachSize articles that average link leaves apart join the larger group of their component
   * to which at least attachLinked of their pairs are links (link-components.ts attachSmallGroups); 0: never.
   */
  attachSize: 3,
  attachLinked: 0.3,
  /** Background weights are raised to this power: above 1 widens the gap between common and rare words. */
  backgroundExponent: 1,
  /** An entity that is a country weighs this much of other entities: many unrelated stories name the same states. */
  countryWeight: 0.5,
  /** Time proximity: a score loses up to this share as the gap between two articles reaches the window. */
  timePenalty: 0.3,
  /** Relatedness below this makes no edge. */
  storyEdgeMin: 0.1,
  articleEdgeMin: 0.1,
  /** Index keys an article is stored under and looks up: its heaviest terms and entities (candidates share one). */
  indexKeys: 24,
  /** Terms kept per article vector part, and per story centroid part. */
  articleTerms: 60,
  centroidTerms: 300,
  /** SimHash bits that may differ between near-identical copies (of 64; 4 bands of 16 bits find all within 3). */
  duplicateBits: 3,
} as const;

/** Bump when clustering changes so that `newsgraph recluster` is worth running; stored on each article. */
export const CLUSTER_VERSION = '8';
