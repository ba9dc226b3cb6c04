import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../domain/errors.ts';

/** One entry of the default feed list: a feed URL and the source (publisher) it belongs to. */
export interface DefaultFeed {
  source: string;
  homepage: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** BCP 47 tag in canonical form (en, pt-BR, nb). */
  language: string;
  url: string;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

const httpUrl = z.string().refine(isHttpUrl, { message: 'must be an absolute http(s) URL' });

const entrySchema = z.strictObject({
  source: z.string().trim().min(1, { message: 'must not be empty' }),
  homepage: httpUrl,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code in upper case, e.g. "DE"' })
    .refine((code) => regionNames.of(code) !== undefined, { message: 'is not a known ISO 3166-1 country code' }),
  language: z.string().refine(isCanonicalLanguageTag, { message: 'must be a BCP 47 language tag in canonical form, e.g. "en" or "pt-BR"' }),
  url: httpUrl,
});

/**
 * Reads and validates the default feed list (a JSON array of entries). Throws ConfigError naming the file, the
 * entry (index and source) and the field at fault, so a user who edited the file by hand can fix it.
 */
export function loadDefaultFeeds(path: string): DefaultFeed[] {
  const raw = readJson(path);
  if (!Array.isArray(raw)) throw new ConfigError(`${path}: expected a JSON array of feed entries`);
  const feeds = raw.map((entry, index) => parseEntry(path, entry, index));
  checkConsistency(path, feeds);
  return feeds;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${path}: cannot read the default feed list`, { cause: e });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

function parseEntry(path: string, entry: unknown, index: number): DefaultFeed {
  const result = entrySchema.safeParse(entry);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'} ${issue.message}`).join('; ');
  throw new ConfigError(`${path}: ${describeEntry(entry, index)} is invalid: ${issues}`);
}

/** Feed URLs are unique; entries of one source agree on its homepage and country (languages may differ). */
function checkConsistency(path: string, feeds: DefaultFeed[]): void {
  const urlIndex = new Map<string, number>();
  const sources = new Map<string, { feed: DefaultFeed; index: number }>();
  feeds.forEach((feed, index) => {
    const key = new URL(feed.url).href;
    const earlier = urlIndex.get(key);
    if (earlier !== undefined) {
      throw new ConfigError(`${path}: ${describeEntry(feed, index)} repeats the url of entry ${earlier} (${feed.url})`);
    }
    urlIndex.set(key, index);
    const first = sources.get(feed.source);
    if (first === undefined) sources.set(feed.source, { feed, index });
    else if (first.feed.homepage !== feed.homepage || first.feed.country !== feed.country) {
      throw new ConfigError(`${path}: ${describeEntry(feed, index)} has a different homepage or country than entry ${first.index} of the same source`);
    }
  });
}

function describeEntry(entry: unknown, index: number): string {
  const source = typeof entry === 'object' && entry !== null && 'source' in entry ? (entry as { source: unknown }).source : undefined;
  return typeof source === 'string' && source.trim() !== '' ? `entry ${index} ("${source}")` : `entry ${index}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isCanonicalLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value)[0] === value;
  } catch {
    return false;
  }
}
