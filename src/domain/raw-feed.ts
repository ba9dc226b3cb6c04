import type { FeedFormat } from './feed.ts';

/**
 * What a parser produces: the feed as written, with strings untouched (not resolved, not sanitized).
 * Normalization turns it into NewArticles.
 */
export interface RawPerson {
  name: string | null;
  email: string | null;
  uri: string | null;
}

export interface RawEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface RawItem {
  /** guid (RSS), id (Atom, JSON Feed); null when absent. */
  guid: string | null;
  /** False when the feed says the guid is not a permalink (RSS `isPermaLink="false"`); absent otherwise. */
  guidIsPermalink?: boolean;
  /**
   * True when the guid is only a Dublin Core identifier or the RSS 1.0 rdf:about: shown as the item's id, but it
   * neither keys the item nor stands in for its link (items keep the keys they had before these were read).
   */
  guidIsIdentifier?: boolean;
  title: string | null;
  /** True when the feed declares the title plain text (Atom type="text", JSON Feed): never read as markup. */
  titleIsText?: boolean;
  /** The item's main link as written (may be relative). */
  link: string | null;
  /** xml:base in scope for this item, if any (absolute or relative to the feed's base). */
  base: string | null;
  /** xml:base declared on the link element itself, relative to `base`; it scopes only the link. */
  linkBase?: string;
  /** xml:base declared on the content element itself (Atom), relative to `base`; it scopes only that content. */
  contentBase?: string;
  /** Likewise on the summary element. */
  summaryBase?: string;
  /** Full content HTML (content:encoded, atom:content, content_html). */
  contentHtml: string | null;
  /** Plain-text content when the feed has only text (JSON Feed content_text, atom type=text). */
  contentText: string | null;
  /** Summary or description (HTML allowed). */
  summaryHtml: string | null;
  /** The published date string exactly as written; parsing happens in normalize. */
  published: string | null;
  updated: string | null;
  authors: RawPerson[];
  categories: string[];
  enclosures: RawEnclosure[];
  imageUrl: string | null;
  language: string | null;
}

export interface RawFeed {
  format: FeedFormat;
  /** e.g. '2.0', '0.91', '1.0', '1.1'; null when unknown. */
  version: string | null;
  title: string | null;
  /** The site's home page. */
  link: string | null;
  /** The feed's own URL when it declares one (atom:link rel=self, JSON feed_url). */
  selfUrl: string | null;
  base: string | null;
  description: string | null;
  language: string | null;
  published: string | null;
  updated: string | null;
  authors: RawPerson[];
  imageUrl: string | null;
  /** RSS <ttl> in minutes, if present and numeric. */
  ttlMinutes: number | null;
  items: RawItem[];
  /** Problems the parser worked around (a document read by the recovering parser); absent when none. */
  warnings?: string[];
}
