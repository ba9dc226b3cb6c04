import { isAppError, ParseError } from '../../domain/errors.ts';
import type { FeedFormat } from '../../domain/feed.ts';
import { discoverFeedLinks, type FeedLink } from './discover-feed-links.ts';

export interface ResolveFeedDeps {
  /** Fetches a URL's body as text (the real one is the fetcher, with its limits and SSRF guard). */
  fetchText(url: string): Promise<{ finalUrl: string; contentType: string | null; text: string }>;
  /** Says what a body is (the real one is detectFormat). */
  detect(text: string): 'rss' | 'atom' | 'rdf' | 'json' | 'cdf' | 'html' | 'unknown';
}

export interface ResolvedFeed {
  feedUrl: string;
  format: FeedFormat;
  /** The page whose feed links led to feedUrl (after redirects), or null when the URL given was the feed. */
  discoveredFrom: string | null;
  /** Every feed link the page announced, including those not tried. */
  candidates: FeedLink[];
}

/** Candidates fetched at most; pages listing dozens of category feeds should not cost dozens of requests. */
export const MAX_CANDIDATES_TRIED = 8;

/**
 * Turns what a user typed (a feed or a web page) into a feed URL. A feed resolves to itself; an HTML page to the
 * first of its announced feeds, in document order, whose body is really a feed. Failure to fetch the URL itself
 * propagates; a candidate that fails to fetch is noted and the next one is tried.
 */
export async function resolveFeedUrl(url: string, deps: ResolveFeedDeps): Promise<ResolvedFeed> {
  const page = await deps.fetchText(url);
  const kind = deps.detect(page.text);
  if (isFeedFormat(kind)) return { feedUrl: url, format: kind, discoveredFrom: null, candidates: [] };

  // Relative links resolve against where the page really is, after redirects.
  const candidates = discoverFeedLinks(page.text, page.finalUrl).filter((c) => c.url !== page.finalUrl);
  const attempts: string[] = [];
  for (const candidate of candidates.slice(0, MAX_CANDIDATES_TRIED)) {
    const outcome = await tryCandidate(candidate.url, deps);
    if (typeof outcome !== 'string') {
      return { feedUrl: candidate.url, format: outcome.format, discoveredFrom: page.finalUrl, candidates };
    }
    attempts.push(`${candidate.url} (${outcome})`);
  }
  throw new ParseError('not_a_feed', notAFeedMessage(url, kind, candidates.length, attempts));
}

/** The candidate's format when it is a feed, otherwise a short note of what it was. */
async function tryCandidate(url: string, deps: ResolveFeedDeps): Promise<{ format: FeedFormat } | string> {
  let body: string;
  try {
    body = (await deps.fetchText(url)).text;
  } catch (e) {
    // Typed fetch failures (404, blocked address, timeout…) rule out one candidate; anything else is a bug.
    if (isAppError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  const kind = deps.detect(body);
  return isFeedFormat(kind) ? { format: kind } : `not a feed: ${kind}`;
}

function isFeedFormat(kind: string): kind is FeedFormat {
  return kind === 'rss' || kind === 'atom' || kind === 'rdf' || kind === 'json' || kind === 'cdf';
}

function notAFeedMessage(url: string, kind: string, found: number, attempts: string[]): string {
  const what = kind === 'html' ? 'an HTML page' : `not a feed (detected: ${kind})`;
  if (found === 0) {
    return `${url} is ${what} and announces no feed links (looked for <link rel="alternate"> feed types and feed-like <a> links)`;
  }
  const skipped = found - attempts.length;
  const rest = skipped > 0 ? `; ${skipped} more not tried` : '';
  return `${url} is ${what}; none of its feed links is a feed: ${attempts.join('; ')}${rest}`;
}
