import type { RawEnclosure, RawFeed, RawItem, RawPerson } from '../../domain/raw-feed.ts';
import { ParseError } from '../../domain/errors.ts';

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Every field is type-checked: feeds in the wild put
 * numbers where strings belong, objects where arrays belong, and so on; a wrong-typed field is treated as absent.
 * `_`-prefixed extensions are ignored. Throws only ParseError.
 */
export function parseJsonFeed(text: string): RawFeed {
  const doc = parseJson(text);
  if (!isRecord(doc)) throw new ParseError('not_a_feed', 'JSON document is not an object');
  const version = jsonFeedVersion(doc);
  if (version === undefined) throw new ParseError('not_a_feed', 'JSON document is not a JSON Feed');
  const language = str(doc['language']);
  return {
    format: 'json',
    version,
    title: str(doc['title']),
    link: str(doc['home_page_url']),
    selfUrl: str(doc['feed_url']),
    base: null,
    description: str(doc['description']),
    language,
    published: null,
    updated: null,
    authors: authorsOf(doc),
    imageUrl: str(doc['icon']) ?? str(doc['favicon']),
    ttlMinutes: null,
    items: (Array.isArray(doc['items']) ? doc['items'] : []).filter(isRecord).map((item) => mapItem(item, language)),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ParseError('parse_error', `malformed JSON: ${(e as Error).message}`, { cause: e });
  }
}

const VERSION_URL = /^https?:\/\/jsonfeed\.org\/version\/(\d+(?:\.\d+)?)\/?$/;

/** '1' / '1.1' from the version URL; null for a feed-shaped document without one; undefined when not a feed. */
function jsonFeedVersion(doc: Record<string, unknown>): string | null | undefined {
  const declared = str(doc['version']);
  const m = declared === null ? null : VERSION_URL.exec(declared.trim());
  if (m) return m[1] === '1' ? '1.0' : (m[1] as string);
  // Lenient: some generators write "1.0" or omit the version, but keep the JSON Feed shape.
  const feedShaped = Array.isArray(doc['items']) && (declared !== null || 'title' in doc || 'home_page_url' in doc);
  return feedShaped ? (declared?.trim() ?? null) : undefined;
}

function mapItem(item: Record<string, unknown>, feedLanguage: string | null): RawItem {
  const id = item['id'];
  return {
    // JSON Feed ids may be numbers in the wild; the spec says to read them as strings.
    guid: typeof id === 'number' && Number.isFinite(id) ? String(id) : str(id),
    title: str(item['title']),
    titleIsText: true,
    link: str(item['url']) ?? str(item['external_url']),
    base: null,
    contentHtml: str(item['content_html']),
    contentText: str(item['content_text']),
    summaryHtml: str(item['summary']),
    published: str(item['date_published']),
    updated: str(item['date_modified']),
    authors: authorsOf(item),
    categories: Array.isArray(item['tags']) ? item['tags'].map(str).filter((t): t is string => t !== null) : [],
    enclosures: attachments(item['attachments']),
    imageUrl: str(item['image']) ?? str(item['banner_image']),
    language: str(item['language']) ?? feedLanguage,
  };
}

/**
 * 1.1 `authors`, then the 1.0 `author` a 1.1 feed may keep beside it (both name people; normalize drops repeats); an
 * `authors` written as one object (a common slip) is one author.
 */
function authorsOf(holder: Record<string, unknown>): RawPerson[] {
  const list = [...(listOrOne(holder['authors']) ?? []), ...(listOrOne(holder['author']) ?? [])];
  return list.filter(isRecord).flatMap((a) => {
    const person = { name: str(a['name']), email: null, uri: str(a['url']) };
    return person.name === null && person.uri === null ? [] : [person];
  });
}

function attachments(value: unknown): RawEnclosure[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((a) => {
    const url = str(a['url']);
    if (url === null) return [];
    const size = a['size_in_bytes'];
    const length = typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : null;
    return [{ url, type: str(a['mime_type']), length }];
  });
}

function listOrOne(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value.length > 0 ? value : null;
  return isRecord(value) ? [value] : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
