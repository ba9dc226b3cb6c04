/**
 * A fingerprint of what a reader sees of an article: when it changes between fetches, the stored row is updated.
 *
 * Included: url, title, contentHtml, text, excerpt, authors, categories, imageUrl, enclosures, language.
 * Excluded: dedupKey, guid and canonicalUrl (identity, not content), and publishedAt/publishedAtEstimated (an
 * estimated date is the fetch time, which would make every fetch look like a change), and updatedAt (some
 * generators stamp every item with the build time; only a change readers can see is worth a write).
 */
import { createHash } from 'node:crypto';
import type { NewArticle } from '../../domain/article.ts';

export type HashableArticle = Omit<NewArticle, 'contentHash' | 'publishedAt' | 'publishedAtEstimated'>;

export function contentHash(a: HashableArticle): string {
  // A fixed field order and JSON encoding make the hash independent of property order and unambiguous.
  const fingerprint = JSON.stringify([
    a.url,
    a.title,
    a.contentHtml,
    a.text,
    a.excerpt,
    a.authors,
    a.categories,
    a.imageUrl,
    a.enclosures.map((e) => [e.url, e.type, e.length]),
    a.language,
  ]);
  return createHash('sha256').update(fingerprint).digest('hex');
}
