/**
 * Fetches article pages politely through the project's fetcher (SSRF guard, size and time limits, redirects,
 * charset detection): robots.txt first, then per-host concurrency and spacing, a conditional GET when validators
 * are known, and an identifying User-Agent. Only HTML (or XHTML) answers are accepted.
 */
import { AppError, FetchError } from '../../domain/errors.ts';
import { fetchOptionsFromSettings } from '../fetch/fetch-options.ts';
import { fetchUrl, type FetchOptions, type FetchResponse } from '../fetch/fetch-url.ts';
import { HostGate } from './politeness/host-gate.ts';
import { RobotsRules } from './politeness/robots-rules.ts';

export interface PageFetcherOptions {
  fetch: FetchOptions;
  perHostConcurrency: number;
  hostDelayMs: number;
  robotsCacheMs: number;
  /** false skips robots.txt (only for fetching a page a person named on the command line). */
  honourRobots?: boolean;
}

export type PageResponse = Pick<
  FetchResponse,
  'status' | 'httpStatus' | 'finalUrl' | 'text' | 'contentType' | 'contentLanguage' | 'etag' | 'lastModified'
>;

export interface PageFetcher {
  /**
   * With `maxHostWaitMs`, a page whose host would make it wait longer for its politeness slot throws HostBusy
   * (politeness/host-gate.ts) instead of waiting.
   */
  fetchPage(url: string, validators?: { etag?: string | null; lastModified?: string | null }, opts?: { maxHostWaitMs?: number }): Promise<PageResponse>;
}

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';
const ROBOTS_ACCEPT = 'text/plain, */*;q=0.1';
/** robots.txt is small; a huge one is cut off by the parser anyway. */
const ROBOTS_MAX_BYTES = 1024 * 1024;
const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/iu;

export function createPageFetcher(options: PageFetcherOptions): PageFetcher {
  const gate = new HostGate({ perHost: options.perHostConcurrency, minDelayMs: options.hostDelayMs });
  const robots = new RobotsRules({
    userAgent: options.fetch.userAgent,
    ttlMs: options.robotsCacheMs,
    // robots.txt goes through the same gate: it is a request to the same host.
    fetchText: (url) =>
      gate.run(new URL(url).host, () =>
        fetchUrl(url, { ...options.fetch, accept: ROBOTS_ACCEPT, maxBytes: Math.min(options.fetch.maxBytes, ROBOTS_MAX_BYTES) }),
      ),
  });

  return {
    async fetchPage(url, validators = {}, opts = {}) {
      const host = hostOf(url);
      if (options.honourRobots !== false) {
        const verdict = await robots.check(url);
        if (!verdict.allowed) throw new AppError('robots_disallowed', verdict.reason ?? `robots.txt disallows ${url}`, { details: { url } });
        if (verdict.crawlDelayMs !== null) gate.setHostDelay(host, verdict.crawlDelayMs);
      }
      const response = await gate.run(
        host,
        () => fetchUrl(url, { ...options.fetch, accept: PAGE_ACCEPT, etag: validators.etag ?? null, lastModified: validators.lastModified ?? null }),
        opts.maxHostWaitMs === undefined ? {} : { maxWaitMs: opts.maxHostWaitMs },
      );
      if (response.status === 'ok' && response.contentType !== null && !HTML_TYPES.test(response.contentType)) {
        throw new AppError('not_html', `${response.finalUrl} is ${response.contentType.split(';')[0]}, not an HTML page`, {
          details: { url, contentType: response.contentType },
        });
      }
      return response;
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    throw new FetchError('invalid_url', `"${url}" is not a valid URL`);
  }
}

/** A page fetcher configured from the validated settings (the one place defaults live). */
export function pageFetcherFromSettings(
  settings: Pick<
    import('../../config/settings.ts').Settings,
    | 'FETCH_TIMEOUT_MS'
    | 'FETCH_MAX_BYTES'
    | 'FETCH_MAX_REDIRECTS'
    | 'FETCH_USER_AGENT'
    | 'ALLOW_PRIVATE_NETWORKS'
    | 'PAGE_FETCH_PER_HOST_CONCURRENCY'
    | 'PAGE_FETCH_HOST_DELAY_MS'
    | 'ROBOTS_CACHE_SECONDS'
  >,
  overrides: Partial<PageFetcherOptions> = {},
): PageFetcher {
  return createPageFetcher({
    fetch: fetchOptionsFromSettings(settings),
    perHostConcurrency: settings.PAGE_FETCH_PER_HOST_CONCURRENCY,
    hostDelayMs: settings.PAGE_FETCH_HOST_DELAY_MS,
    robotsCacheMs: settings.ROBOTS_CACHE_SECONDS * 1000,
    ...overrides,
  });
}
