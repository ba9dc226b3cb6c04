/** Related articles and related stories, stored in both directions so either end reads its edges by index. */

export interface ArticleEdgesTable {
  article_id: string;
  related_id: string;
  score: number;
  /** JSON EdgeReasons (src/domain/story.ts). */
  reasons: string;
  created_at: string;
}

export interface StoryEdgesTable {
  story_id: string;
  related_id: string;
  score: number;
  /** JSON EdgeReasons. */
  reasons: string;
  updated_at: string;
}
