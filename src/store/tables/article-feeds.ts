export interface ArticleFeedsTable {
  article_id: string;
  feed_id: string;
  first_seen_at: string;
  last_seen_at: string;
}
