export interface ArticleEntitiesTable {
  article_id: string;
  entity_id: string;
  mentions: number;
  /** 0..1 */
  salience: number;
  /** JSON string[]: the surface forms in this article. */
  aliases: string;
  /** The article's, copied for index-ordered pages of an entity's articles. */
  published_at: string;
}
