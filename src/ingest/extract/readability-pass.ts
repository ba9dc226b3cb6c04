import { Readability } from '@mozilla/readability';
import type { DomDocument } from './dom.ts';

export interface ReadabilityResult {
  title: string | null;
  /** The article's HTML as readability chose it (classes kept for the pruning pass). */
  html: string;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/**
 * Mozilla's readability over the (already cleaned) document: scores paragraphs, climbs to the best container, adds
 * siblings and drops link-heavy or unlikely nodes. It mutates the document. Null when it finds nothing.
 */
export function runReadability(doc: DomDocument, charThreshold: number): ReadabilityResult | null {
  const reader = new Readability(doc as never, { keepClasses: true, charThreshold, disableJSONLD: true });
  const parsed = reader.parse();
  if (!parsed || typeof parsed.content !== 'string') return null;
  return {
    title: parsed.title ?? null,
    html: parsed.content,
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
  };
}
