import type { Config } from '../config/config.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { AppError, InvalidInputError } from '../domain/errors.ts';
import type { Feed, Source } from '../domain/feed.ts';
import type { FullTextPolicy } from '../domain/extraction.ts';
import type { Repositories } from '../store/repositories/index.ts';
import { resolveFeedUrl } from './discover/resolve-feed-url.ts';
import { fetchOptionsFromSettings } from './fetch/fetch-options.ts';
import { fetchUrl } from './fetch/fetch-url.ts';
import { parseHtmlDocument } from './extract/dom.ts';
import { readPageMetadata } from './extract/metadata/page-metadata.ts';
import { detectFormat } from './parse/detect-format.ts';
import { parseFeedSync } from './parse/parse-feed.ts';
import { placeSource, sourceIdentity, type IdentityClues } from './source-identity.ts';

export interface AddFeedInput {
  url: string;
  sourceName?: string | null;
  homepage?: string | null;
  country?: string | null;
  language?: string | null;
  title?: string | null;
  /** Whether articles are completed from their pages; default: the FULL_TEXT_DEFAULT setting. */
  fullText?: FullTextPolicy;
  /** Fetch the URL and follow an HTML page's feed links (default). Off for OPML imports and seeding: no network. */
  discover?: boolean;
}

export interface AddFeedResult {
  feed: Feed;
  source: Source;
  /** The page the feed was discovered from, when the URL given was a web page. */
  discoveredFrom: string | null;
}

export interface FeedAdminContext {
  repos: Repositories;
  config: Config;
  clock?: Clock;
}

const DISCOVERY_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/**
 * What names a new feed's source: the name given; else, from what discovery fetched, the page's site name and the
 * feed's own title and link; else the title an OPML outline gives the feed (no network then).
 */
function identityClues(
  input: AddFeedInput,
  feedUrl: string,
  discoveredFrom: string | null,
  bodies: ReadonlyMap<string, { text: string; finalUrl: string }>,
): IdentityClues {
  const feedBody = bodies.get(feedUrl);
  const pageBody = discoveredFrom === null ? undefined : bodies.get(validateFeedUrl(input.url));
  let feedTitle: string | null = null;
  let feedLink: string | null = null;
  if (feedBody !== undefined) {
    try {
      const raw = parseFeedSync(feedBody.text);
      feedTitle = raw.title;
      feedLink = raw.link === null ? null : new URL(raw.link, feedBody.finalUrl).toString();
    } catch {
      // An unreadable feed names nothing; the first fetch reports the problem.
    }
  }
  let siteName: string | null = null;
  if (pageBody !== undefined) {
    try {
      siteName = readPageMetadata(parseHtmlDocument(pageBody.text), pageBody.finalUrl).siteName;
    } catch {
      siteName = null;
    }
  }
  return {
    givenName: input.sourceName ?? null,
    siteName,
    feedTitle: feedTitle ?? input.title ?? null,
    siteUrl: input.homepage ?? feedLink ?? discoveredFrom,
    feedUrl,
  };
}

export function validateFeedUrl(input: string): string {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new InvalidInputError(`"${input}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidInputError(`feed URLs must be http or https, got ${url.protocol}`);
  }
  url.hash = '';
  return url.toString();
}

/**
 * Adds a feed: validates the URL, resolves a web page to its feed by autodiscovery, and stores the feed under its
 * source (created on first use). The feed is due at once. Throws AppError 'conflict' when the feed already exists.
 */
export async function addFeed(ctx: FeedAdminContext, input: AddFeedInput): Promise<AddFeedResult> {
  const clock = ctx.clock ?? systemClock;
  let url = validateFeedUrl(input.url);
  let discoveredFrom: string | null = null;
  // What discovery fetched, by requested URL: the feed's own title and link, the page's site name, name the source.
  const bodies = new Map<string, { text: string; finalUrl: string }>();

  const existing = await ctx.repos.feeds.getByUrl(url);
  if (existing) throw new AppError('conflict', `feed ${url} already exists`, { details: { feedId: existing.id } });

  if (input.discover !== false) {
    const options = { ...fetchOptionsFromSettings(ctx.config.settings), accept: DISCOVERY_ACCEPT };
    const resolved = await resolveFeedUrl(url, {
      fetchText: async (u) => {
        const r = await fetchUrl(u, options);
        bodies.set(u, { text: r.text, finalUrl: r.finalUrl });
        return { finalUrl: r.finalUrl, contentType: r.contentType, text: r.text };
      },
      detect: detectFormat,
    });
    url = resolved.feedUrl;
    discoveredFrom = resolved.discoveredFrom;
    const found = await ctx.repos.feeds.getByUrl(url);
    if (found) throw new AppError('conflict', `feed ${url} (found on ${input.url}) already exists`, { details: { feedId: found.id } });
  }

  const now = clock.now().toISOString();
  const clues = identityClues(input, url, discoveredFrom, bodies);
  const identity = sourceIdentity(clues);
  const name = identity.origin === 'feed' ? placeSource(identity, await ctx.repos.sources.list()) : identity.name;
  const source = await ctx.repos.sources.ensure(
    {
      name,
      nameOrigin: identity.origin,
      homepage: input.homepage ?? (discoveredFrom ? new URL(discoveredFrom).origin : identity.homepage),
      country: input.country ?? null,
      language: input.language ?? null,
    },
    now,
  );
  const feed = await ctx.repos.feeds.create(
    { sourceId: source.id, url, title: input.title ?? null, language: input.language ?? null, intervalSeconds: 3600, fullText: input.fullText ?? ctx.config.settings.FULL_TEXT_DEFAULT },
    now,
  );
  return { feed, source, discoveredFrom };
}
