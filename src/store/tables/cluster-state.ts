/** The clusterer's own tables (migration 0003): state for candidate search and near-duplicate detection. */

export interface StoryCentroidsTable {
  story_id: string;
  /** JSON: the running sums of member vectors (see src/cluster). */
  vector: string;
  members: number;
}

export interface StoryKeysTable {
  /** 't:<stemmed term>' or 'e:<entity key>'. */
  key: string;
  story_id: string;
  weight: number;
  last_seen_at: string;
}

export interface TermStatsTable {
  /** A term or entity key; '' holds the number of documents counted. */
  term: string;
  df: number;
}

export interface ArticleVectorsTable {
  article_id: string;
  /** JSON: the article's weighted vector as computed when it was clustered. */
  vector: string;
  /** 16 hex digits. */
  simhash: string;
  published_at: string;
}

export interface SimhashBandsTable {
  /** '<band index>:<band bits in hex>'. */
  band: string;
  article_id: string;
  published_at: string;
}
