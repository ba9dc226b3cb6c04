/**
 * Which source (publisher) a new feed belongs to. A person's name for it wins; then the site's own name (a page's
 * og:site_name), then the feed's own title; the host is the last resort. So two outlets on one host
 * (example.org/alice, example.org/bob) become two sources, and a story they both report counts two sources.
 * The feeds of one outlet still meet in one source: a feed whose title names a source of the same host as one of its
 * parts ("Daily Planet - Sport" next to "Daily Planet") joins it. A name already taken by a source of another host
 * gets the host in brackets, so unrelated outlets that both call their feed "News" stay apart.
 */
import type { Source, SourceNameOrigin } from '../domain/feed.ts';
import { inlineText } from './normalize/html-to-text.ts';

export interface SourceIdentity {
  name: string;
  origin: SourceNameOrigin;
  /** The site's home page, when known. */
  homepage: string | null;
}

export interface IdentityClues {
  givenName?: string | null;
  /** A web page's name for its site (og:site_name, application-name). */
  siteName?: string | null;
  /** The feed's own title, as the feed writes it. */
  feedTitle?: string | null;
  /** The site's home page: a given homepage, the feed's channel link, the page the feed was found on. */
  siteUrl?: string | null;
  feedUrl: string;
}

export function sourceIdentity(clues: IdentityClues): SourceIdentity {
  const homepage = httpUrl(clues.siteUrl) ?? null;
  const given = clean(clues.givenName);
  if (given) return { name: given, origin: 'given', homepage };
  const fromFeed = clean(clues.siteName) ?? outletName(clues.feedTitle);
  if (fromFeed) return { name: fromFeed, origin: 'feed', homepage };
  return { name: sourceNameFromUrl(homepage ?? clues.feedUrl), origin: 'host', homepage };
}

/**
 * The name to store a derived identity under, given the sources there are: the name of a same-host source the
 * feed's title names as one of its parts, else the name itself, else (taken by another host) the name with the host.
 * A given name is used as given.
 */
export function placeSource(identity: SourceIdentity, existing: readonly Source[]): string {
  if (identity.origin !== 'feed') return identity.name;
  const host = hostOf(identity.homepage);
  const sameHost = host === null ? [] : existing.filter((s) => hostOf(s.homepage) === host);
  const parts = titleParts(identity.name);
  const joined = sameHost.find((s) => parts.includes(s.name.toLowerCase()));
  if (joined) return joined.name;
  const taken = existing.find((s) => s.name === identity.name);
  if (taken === undefined || host === null) return identity.name;
  const takenHost = hostOf(taken.homepage);
  return takenHost === null || takenHost === host ? identity.name : `${identity.name} (${host})`;
}

/** A publisher name when nothing better is known: the host without "www.". */
export function sourceNameFromUrl(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return url;
  }
}

// "Daily Planet - Sport", "Sport | Daily Planet", "Daily Planet: Latest": separators with spaces around them.
const SEPARATOR = /\s[-–—|:·»]\s/u;
// What feed titles append to the outlet's name: "Daily Planet RSS", "Daily Planet - RSS feed", "(Atom)".
const FEED_SUFFIXES = ['rss feed', 'rss 2.0', 'rss', 'atom feed', 'atom', 'rss)', 'atom)'];
const TRAILING_JUNK = new Set([' ', '-', '–', '—', '|', ':', '(', '·', '»']);

/** The outlet's name in a feed title: inline text, without a trailing "RSS feed". */
export function outletName(title: string | null | undefined): string | null {
  const text = clean(title === null || title === undefined ? null : inlineText(title));
  if (!text) return null;
  const lower = text.toLowerCase();
  const suffix = FEED_SUFFIXES.find((s) => lower.endsWith(s) && lower.length > s.length && TRAILING_JUNK.has(lower[lower.length - s.length - 1] as string));
  if (suffix === undefined) return text;
  let end = text.length - suffix.length;
  while (end > 0 && TRAILING_JUNK.has(text[end - 1] as string)) end--;
  return end > 0 ? text.slice(0, end) : text;
}

function titleParts(title: string): string[] {
  const lower = title.toLowerCase();
  return [lower, ...lower.split(SEPARATOR).map((p) => p.trim()).filter((p) => p !== '')];
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, 200) : null;
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
