/**
 * robots.txt per origin (robots-parser), cached with a TTL. As RFC 9309 says: a missing file (4xx) allows
 * everything; a server error or an unreachable host disallows everything for now (it is asked again after a shorter
 * wait), so an outage never turns into crawling what the site forbids.
 */
import robotsParserModule from 'robots-parser';
import type { FetchError } from '../../../domain/errors.ts';
import type { FetchResponse } from '../../fetch/fetch-url.ts';

export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay for our User-Agent, in milliseconds. */
  crawlDelayMs: number | null;
  /** Why a page is refused, for the error message. */
  reason: string | null;
}

export interface RobotsRulesOptions {
  userAgent: string;
  ttlMs: number;
  /** Fetches a robots.txt URL; throws FetchError on failure. */
  fetchText: (url: string) => Promise<Pick<FetchResponse, 'text' | 'httpStatus'>>;
  now?: () => number;
}

interface Cached {
  expiresAt: number;
  verdictFor: (url: string) => RobotsVerdict;
}

/** The parts of robots-parser's Robot used here (its bundled types do not resolve as a callable default export). */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot;

/** robots.txt larger than this is truncated (Google reads 500 KiB). */
const MAX_ROBOTS_CHARS = 512 * 1024;
/** After a server error the rules are asked for again this soon. */
const ERROR_TTL_MS = 10 * 60 * 1000;

export class RobotsRules {
  private readonly cache = new Map<string, Cached>();
  private readonly pending = new Map<string, Promise<Cached>>();
  private readonly now: () => number;

  constructor(private readonly options: RobotsRulesOptions) {
    this.now = options.now ?? Date.now;
  }

  async check(pageUrl: string): Promise<RobotsVerdict> {
    const origin = new URL(pageUrl).origin;
    const cached = this.cache.get(origin);
    if (cached && cached.expiresAt > this.now()) return cached.verdictFor(pageUrl);
    // One fetch per origin however many pages ask at once.
    let loading = this.pending.get(origin);
    if (!loading) {
      loading = this.load(origin).finally(() => this.pending.delete(origin));
      this.pending.set(origin, loading);
    }
    return (await loading).verdictFor(pageUrl);
  }

  private async load(origin: string): Promise<Cached> {
    const robotsUrl = `${origin}/robots.txt`;
    const agent = this.options.userAgent;
    let entry: Cached;
    try {
      const response = await this.options.fetchText(robotsUrl);
      const robots = robotsParser(robotsUrl, response.text.slice(0, MAX_ROBOTS_CHARS));
      const delay = robots.getCrawlDelay(agent);
      entry = {
        expiresAt: this.now() + this.options.ttlMs,
        verdictFor: (url) => {
          const allowed = robots.isAllowed(url, agent) !== false;
          return {
            allowed,
            crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) ? Math.min(delay, 60) * 1000 : null,
            reason: allowed ? null : `${robotsUrl} disallows ${url} for ${agent}`,
          };
        },
      };
    } catch (e) {
      const status = (e as FetchError).httpStatus ?? null;
      const missing = status !== null && status >= 400 && status < 500 && status !== 429;
      entry = missing
        ? { expiresAt: this.now() + this.options.ttlMs, verdictFor: () => ({ allowed: true, crawlDelayMs: null, reason: null }) }
        : {
            expiresAt: this.now() + Math.min(ERROR_TTL_MS, this.options.ttlMs),
            verdictFor: () => ({
              allowed: false,
              crawlDelayMs: null,
              reason: `${robotsUrl} could not be read (${(e as Error).message}); pages are not fetched until it can`,
            }),
          };
    }
    this.cache.set(origin, entry);
    return entry;
  }
}
