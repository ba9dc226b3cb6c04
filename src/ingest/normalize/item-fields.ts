/**
 * Small per-field rules of normalization: people, categories, enclosures, the lead image.
 */
import type { RawEnclosure, RawPerson } from '../../domain/raw-feed.ts';
import type { NewArticle } from '../../domain/article.ts';
import { inlineText } from './html-to-text.ts';
import { resolveUrl } from './resolve-url.ts';

type Enclosure = NewArticle['enclosures'][number];

/** RSS <author> style "jo@example.com (Jo Smith)". */
const EMAIL_WITH_NAME = /^\s*[^\s@()]+@[^\s@()]+\s*\((.+)\)\s*$/;
const IMAGE_TYPE = /^image\//i;
/** First image in sanitized HTML: its attributes are always double-quoted and escaped by the sanitizer. */
const FIRST_IMG_SRC = /<img\b[^>]*?\ssrc="([^"]+)"/i;
const ATTRIBUTE_ENTITY = /&(amp|quot|lt|gt|#39);/g;
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" };

/** Display names of the people, name else email, without repeats (case-insensitive, first spelling kept). */
export function personNames(people: readonly RawPerson[]): string[] {
  return uniqueCaseInsensitive(people.map(personName));
}

function personName(person: RawPerson): string {
  const name = inlineText(person.name ?? '');
  if (name !== '') return EMAIL_WITH_NAME.exec(name)?.[1]?.trim() ?? name;
  return (person.email ?? '').trim();
}

/** Categories trimmed and whitespace-collapsed, deduplicated case-insensitively, feed order kept. */
export function cleanCategories(categories: readonly string[]): string[] {
  return uniqueCaseInsensitive(categories.map((c) => inlineText(c)));
}

/** Enclosures with absolute http(s) URLs, each URL once; sane length or null. */
export function resolveEnclosures(enclosures: readonly RawEnclosure[], base: string): Enclosure[] {
  const seen = new Set<string>();
  const result: Enclosure[] = [];
  for (const enclosure of enclosures) {
    const url = resolveUrl(enclosure.url, base);
    if (url === null || seen.has(url)) continue;
    seen.add(url);
    result.push({ url, type: enclosure.type?.trim() || null, length: saneLength(enclosure.length) });
  }
  return result;
}

/** The item's image, else its first image enclosure, else the first image in its (sanitized) content. */
export function leadImage(
  itemImage: string | null,
  enclosures: readonly Enclosure[],
  sanitizedHtml: string | null,
  base: string,
): string | null {
  return (
    resolveUrl(itemImage, base) ??
    enclosures.find((e) => e.type !== null && IMAGE_TYPE.test(e.type))?.url ??
    firstImageInHtml(sanitizedHtml)
  );
}

function firstImageInHtml(html: string | null): string | null {
  const src = html === null ? undefined : FIRST_IMG_SRC.exec(html)?.[1];
  return src === undefined ? null : src.replace(ATTRIBUTE_ENTITY, (_m, name: string) => ATTRIBUTE_ENTITIES[name] ?? '');
}

function saneLength(length: number | null): number | null {
  return length !== null && Number.isSafeInteger(length) && length > 0 ? length : null;
}

function uniqueCaseInsensitive(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}
