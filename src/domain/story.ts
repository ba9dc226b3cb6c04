/**
 * Stories and edges (words as in DESIGN.md). Pure data: produced by src/cluster, stored by src/store, served by
 * src/graphql.
 */

/** Why two articles or two stories are linked. Every field is present; empty when it does not apply. */
export interface EdgeReasons {
  /** Entities both ends mention, most salient first. */
  sharedEntities: { key: string; name: string }[];
  /** Content terms (stemmed) that weigh most in both ends. */
  sharedTerms: string[];
  /** Topic slugs both ends carry (story edges). */
  sharedTopics: string[];
  /** Both articles are in one story (article edges). */
  sameStory: boolean;
  /** Hours between the two ends' publication (articles) or last updates (stories). */
  timeGapHours: number;
  /** The two ends were read in different languages: the link rests on language-independent evidence. */
  crossLingual: boolean;
}

export interface Story {
  id: string;
  title: string;
  summary: string;
  centralArticleId: string;
  firstArticleId: string;
  firstSourceId: string;
  firstSeenAt: string;
  lastUpdatedAt: string;
  articleCount: number;
  sourceCount: number;
  reactionCount: number;
  /** Source ids in order of first appearance. */
  sourceIds: string[];
  countries: string[];
  languages: string[];
  hot: number;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleEdge {
  articleId: string;
  relatedId: string;
  score: number;
  reasons: EdgeReasons;
}

export interface StoryEdge {
  storyId: string;
  relatedId: string;
  score: number;
  reasons: EdgeReasons;
}

/** HOT weighs distinct sources by recency: a source's last article counts 1, half as much per this many hours older. */
export const HOT_HALF_LIFE_HOURS = 12;

/**
 * The clusterer's sparse vector of an article or (as running sums) of a story. Parts are weighted apart: content words
 * (w), specifics that tell look-alike events apart: names (s) and numbers (d), entities (e), the lead (l) and the years
 * mentioned (y). `names` gives an entity
 * key's display name for edge reasons; `topics` the topic slugs (story edges).
 */
export interface ClusterVector {
  w: Record<string, number>;
  s: Record<string, number>;
  e: Record<string, number>;
  /** Numbers ('#23'), apart from names in `s`: a death toll or a score says which event it is. */
  d: Record<string, number>;
  /** The lead's terms (headline and first words). */
  l: Record<string, number>;
  /** Years mentioned, as counts over members for a story. */
  y: Record<string, number>;
  names: Record<string, string>;
  topics: Record<string, number>;
  /** The base language the terms were read in (null or absent when unknown): words compare only within one. */
  lang?: string | null;
}

/**
 * HOT as a stored number: log2 of the sum over distinct sources of 2^(hours since epoch of the source's latest
 * article / half-life). Ordering stories by it is ordering by recency-weighted source count at any moment, because
 * "now" only shifts every story by the same amount; computed with log-sum-exp so it never overflows.
 */
export function hotScore(latestPerSource: readonly string[], halfLifeHours = HOT_HALF_LIFE_HOURS): number {
  if (!latestPerSource.length) return 0;
  const xs = latestPerSource.map((t) => Date.parse(t) / 3_600_000 / halfLifeHours);
  const max = Math.max(...xs);
  return max + Math.log2(xs.reduce((sum, x) => sum + 2 ** (x - max), 0));
}
