export interface ArticleTopicsTable {
  article_id: string;
  topic_id: string;
  score: number;
  /** JSON {rule, match, weight}[] */
  evidence: string;
  /** The article's, copied for index-ordered pages of a topic's articles. */
  published_at: string;
}
