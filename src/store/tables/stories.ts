/** A story: a cluster of articles about one event, with its aggregates materialized as articles join. */
export interface StoriesTable {
  /** The id of the article that founded the story, so recluster gives a story the same id again. */
  id: string;
  /** The most central article's title. */
  title: string;
  /** Lead sentences of the most central article. */
  summary: string;
  central_article_id: string;
  /** The first reporter: the earliest published article and its source. */
  first_article_id: string;
  first_source_id: string;
  first_seen_at: string;
  /** The newest article's published_at. */
  last_updated_at: string;
  article_count: number;
  source_count: number;
  /** Reactions found in the story's articles; grows when a reaction arrives (storyUpdated). */
  reaction_count: number;
  /** JSON string[]: source ids in order of first appearance. */
  sources: string;
  /** JSON string[]: ISO 3166-1 alpha-2 of the sources' countries, sorted. */
  countries: string;
  /** JSON string[]: languages of the articles, sorted. */
  languages: string;
  /** log2 of the sum over distinct sources of 2^(t/half-life): orders like recency-weighted source count at any now. */
  hot: number;
  created_at: string;
  /** Wall-clock time of the last change (an article or reaction joined, a merge). */
  updated_at: string;
}
