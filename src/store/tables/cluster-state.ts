/**
 * The clusterer's own tables: article vectors and SimHash bands (migration 0003), the article candidate index and
 * the same-event links between articles (migration 0009).
 */

export interface ArticleVectorsTable {
  article_id: string;
  /** JSON: the article's weighted vector as computed when it was clustered. */
  vector: string;
  /** 16 hex digits. */
  simhash: string;
  published_at: string;
  /** A digest of `vector`: a reader that parsed this version before need not read it again (null: not recorded). */
  revision: string | null;
}

export interface SimhashBandsTable {
  /** '<band index>:<band bits in hex>'. */
  band: string;
  article_id: string;
  published_at: string;
}

export interface ArticleKeysTable {
  /** 't:<term>' or 'e:<entity key>': one of the article's heaviest index keys. */
  key: string;
  article_id: string;
  published_at: string;
}

export interface ArticleLinksTable {
  /** Stored in both directions: (a, b) and (b, a). */
  article_id: string;
  linked_id: string;
  /** The pair's same-event score (1 for near-identical copies). */
  score: number;
}
