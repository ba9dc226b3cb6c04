import type { Generated } from 'kysely';

export interface ArticlesTable {
  /** SQLite only: a stable INTEGER PRIMARY KEY so the FTS5 index can key on it (plain rowids may change on VACUUM). */
  seq?: Generated<number>;
  id: string;
  source_id: string;
  dedup_key: string;
  guid: string | null;
  url: string | null;
  canonical_url: string | null;
  title: string;
  content_html: string | null;
  text: string;
  excerpt: string;
  /** JSON string[] */
  authors: string;
  /** JSON string[] */
  categories: string;
  image_url: string | null;
  /** JSON {url,type,length}[] */
  enclosures: string;
  language: string | null;
  published_at: string;
  /** 0/1 */
  published_at_estimated: number;
  updated_at: string | null;
  fetched_at: string;
  changed_at: string;
  content_hash: string;
  /** Versions stored: 1, +1 per later changed version (migration 0005). */
  revision_count: Generated<number>;
}
