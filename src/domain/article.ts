/** An article as normalize produces it, ready to upsert. */
export interface NewArticle {
  /** guid:…, url:… or hash:… — unique per source. */
  dedupKey: string;
  guid: string | null;
  /** Where a reader goes: the item's link, else its enclosure, else the home page the feed declares. */
  url: string | null;
  /** From the item's own link only; null when url is a fallback (so it neither dedups nor is extracted). */
  canonicalUrl: string | null;
  title: string;
  contentHtml: string | null;
  text: string;
  excerpt: string;
  authors: string[];
  categories: string[];
  imageUrl: string | null;
  enclosures: { url: string; type: string | null; length: number | null }[];
  language: string | null;
  /** UTC ISO-8601. */
  publishedAt: string;
  /** True when the feed gave no usable date and publishedAt is the first-seen time. */
  publishedAtEstimated: boolean;
  updatedAt: string | null;
  /** Hash over the fields that make an update worth storing. */
  contentHash: string;
}

export interface Article extends Omit<NewArticle, 'updatedAt'> {
  id: string;
  sourceId: string;
  updatedAt: string | null;
  fetchedAt: string;
  changedAt: string;
  /** Versions stored: 1 when first stored, +1 each time a later fetch brought a newer version with changed content. */
  revisionCount: number;
}
