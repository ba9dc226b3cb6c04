/** Per article: the state of completing it from its web page, and what the page gave (migration 0007). */
export interface ArticleExtractionsTable {
  article_id: string;
  /** pending | ok | skipped | failed | blocked */
  status: string;
  /** FEED | PAGE: where articles.content_html/text come from now. */
  source: string;
  page_url: string | null;
  final_url: string | null;
  /** The feed's own content, kept here while the page's body is served from the articles row. */
  summary_html: string | null;
  summary_text: string | null;
  body_html: string | null;
  body_text: string | null;
  body_hash: string | null;
  word_count: number | null;
  title: string | null;
  byline: string | null;
  published_at: string | null;
  modified_at: string | null;
  language: string | null;
  canonical_url: string | null;
  lead_image: string | null;
  section: string | null;
  site_name: string | null;
  etag: string | null;
  last_modified: string | null;
  http_status: number | null;
  error_code: string | null;
  error_message: string | null;
  attempts: number;
  next_attempt_at: string | null;
  fetched_at: string | null;
  updated_at: string;
}
