import { all, type DomDocument } from '../dom.ts';

/**
 * The page's <meta> values by lower-cased property or name (Open Graph, article:*, twitter:*, Dublin Core,
 * http-equiv), first occurrence winning.
 */
export function readMetaTags(doc: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of all(doc, 'meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv') ?? '')
      .trim()
      .toLowerCase();
    const value = (meta.getAttribute('content') ?? '').trim();
    if (key !== '' && value !== '' && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

export function firstTag(tags: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value !== undefined) return value;
  }
  return null;
}
