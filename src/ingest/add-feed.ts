import type { Config } from '../config/config.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { AppError, InvalidInputError } from '../domain/errors.ts';
import type { Feed, Source } from '../domain/feed.ts';
import type { FullTextPolicy } from '../domain/extraction.ts';
import type { Repositories } from '../store/repositories/index.ts';
import { resolveFeedUrl } from './discover/resolve-feed-url.ts';
import { sourceNameFromUrl } from './feed-source-name.ts';
import { fetchOptionsFromSettings } from './fetch/fetch-options.ts';
import { fetchUrl } from './fetch/fetch-url.ts';
import { detectFormat } from './parse/detect-format.ts';

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

  const existing = await ctx.repos.feeds.getByUrl(url);
  if (existing) throw new AppError('conflict', `feed ${url} already exists`, { details: { feedId: existing.id } });

  if (input.discover !== false) {
    const options = { ...fetchOptionsFromSettings(ctx.config.settings), accept: DISCOVERY_ACCEPT };
    const resolved = await resolveFeedUrl(url, {
      fetchText: async (u) => {
        const r = await fetchUrl(u, options);
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
  const source = await ctx.repos.sources.ensure(
    {
      name: input.sourceName?.trim() || sourceNameFromUrl(discoveredFrom ?? input.homepage ?? url),
      homepage: input.homepage ?? (discoveredFrom ? new URL(discoveredFrom).origin : null),
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
