import dns from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml, newsPage } from '../support/news-page.ts';
import { rng, syntheticNews, type SyntheticArticle } from './synthetic-news.ts';

/** The virtual hosts' domain: feed i is http://f<i>.fleet.test:<port>/feed.xml. */
export const FLEET_DOMAIN = 'fleet.test';

export interface FleetFeed {
  /** Items a virtual hour (0.05 to 20, most feeds slow, a few very busy). */
  perHour: number;
  /** Virtual ms of the first item. */
  phase: number;
  /** Chance that a fetch fails with a 500 (0 for most feeds). */
  failure: number;
}

/** One fetch as the server saw it: which feed, when (virtual ms), how it was answered. */
export interface FleetFetch {
  feed: number;
  at: number;
  status: number;
}

export interface FleetServer {
  port: number;
  feeds: FleetFeed[];
  fetches: FleetFetch[];
  /** Fetches of a feed while an earlier fetch of it was still being answered (must stay 0). */
  overlapping: number;
  /** Article pages and robots.txt files served (the extraction jobs' requests; not feed fetches). */
  pagesServed: number;
  urlOf(feed: number): string;
  close(): Promise<void>;
}

const ITEMS_PER_BODY = 15;
/** Distinct article texts the items draw from (synthetic news with entities and reactions, ~250 words each). */
const TEXT_POOL = 2000;

/**
 * A loopback server for a fleet of synthetic feeds on virtual hosts (the Host header names the feed). Each feed
 * publishes at its own rate on the virtual clock `now()`, answers with its latest items and an ETag naming the newest,
 * 304 when the client's If-None-Match still names it, and fails now and then when it is a flaky one. Names under
 * fleet.test resolve to 127.0.0.1 in this process only (dns.lookup is wrapped; every other name resolves as before).
 */
export async function startFleetServer(count: number, now: () => number, seed = 7): Promise<FleetServer> {
  const random = rng(seed);
  const start = now();
  const feeds: FleetFeed[] = Array.from({ length: count }, () => {
    // Log-uniform rate: as many feeds publish about once a day as publish a few times an hour.
    const perHour = Math.exp(Math.log(0.05) + random() * (Math.log(20) - Math.log(0.05)));
    return { perHour, phase: start - random() * 86_400_000, failure: random() < 0.03 ? 0.3 : 0 };
  });
  const fetches: FleetFetch[] = [];
  const inFlight = new Set<number>();
  let overlapping = 0;
  const failures = rng(seed + 1);
  const pool = syntheticNews(TEXT_POOL, { seed });
  let pagesServed = 0;

  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!;
    const i = /^f(\d+)\./.exec(host) ? Number(host.slice(1, host.indexOf('.'))) : -1;
    const feed = feeds[i];
    const at = now();
    if (!feed) {
      res.writeHead(404).end();
      return;
    }
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== '/feed.xml') {
      // The page of item k (its summary in the feed is short, so the extraction job asks for it), and robots.txt.
      pagesServed++;
      const k = /^\/a\/(\d+)$/.exec(path)?.[1];
      if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
      if (k === undefined) return void res.writeHead(404).end();
      const a = textOf(pool, i, Number(k));
      const url = `http://${host}:${port()}${path}`;
      const page = newsPage({ title: a.title, paragraphs: a.text.split('\n'), byline: `Desk ${i}`, publishedAt: a.publishedAt, url, language: 'en', siteName: `Fleet desk ${i}` }, [], 'semantic');
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    }
    if (inFlight.has(i)) overlapping++;
    inFlight.add(i);
    const answer = (status: number, headers: Record<string, string> = {}, body?: string) => {
      fetches.push({ feed: i, at, status });
      res.writeHead(status, headers).end(body, () => inFlight.delete(i));
      res.once('close', () => inFlight.delete(i));
    };
    if (feed.failure && failures() < feed.failure) return answer(500, { 'content-type': 'text/plain' }, 'upstream trouble');
    const period = 3_600_000 / feed.perHour;
    const newest = Math.floor((at - feed.phase) / period);
    const etag = `"f${i}-${newest}"`;
    if (req.headers['if-none-match'] === etag) return answer(304, { etag });
    answer(200, { 'content-type': 'application/rss+xml', etag }, rss(i, feed, newest, period, port(), pool));
  });
  const port = () => (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  const restoreDns = resolveFleetHostsLocally();

  return {
    port: port(),
    feeds,
    fetches,
    get overlapping() {
      return overlapping;
    },
    get pagesServed() {
      return pagesServed;
    },
    urlOf: (feed) => `http://f${feed}.${FLEET_DOMAIN}:${port()}/feed.xml`,
    close: async () => {
      restoreDns();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Names under fleet.test resolve to 127.0.0.1 in this process from now on (dns.lookup is wrapped; every other name
 * resolves as before). Worker processes of the simulation call it too. Returns the undo.
 */
export function resolveFleetHostsLocally(): () => void {
  const original = dns.lookup;
  const suffix = `.${FLEET_DOMAIN}`;
  const lookup = ((hostname: string, options: unknown, callback?: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (...a: unknown[]) => void;
    const opts = (typeof options === 'object' && options) || {};
    if (!hostname.endsWith(suffix)) return (original as (...a: unknown[]) => void)(hostname, options, callback);
    const address = { address: '127.0.0.1', family: 4 };
    process.nextTick(() => ((opts as { all?: boolean }).all ? cb(null, [address]) : cb(null, address.address, address.family)));
  }) as typeof dns.lookup;
  dns.lookup = lookup;
  return () => {
    dns.lookup = original;
  };
}

/** Item k of feed i takes its text from the pool (the same item always the same text). */
function textOf(pool: readonly SyntheticArticle[], i: number, k: number): SyntheticArticle {
  return pool[(i * 7919 + k * 104_729) % pool.length]!;
}

/** A feed body: the newest items with a title and a one-sentence summary; the full text is on each item's page. */
function rss(i: number, feed: FleetFeed, newest: number, period: number, port: number, pool: readonly SyntheticArticle[]): string {
  const items: string[] = [];
  const site = `http://f${i}.${FLEET_DOMAIN}:${port}`;
  for (let k = newest; k > newest - ITEMS_PER_BODY && k >= 0; k--) {
    const date = new Date(feed.phase + k * period).toUTCString();
    const a = textOf(pool, i, k);
    const summary = a.text.split(/(?<=\.)\s/, 1)[0] ?? '';
    items.push(
      `<item><title>${escapeHtml(a.title)}</title><link>${site}/a/${k}</link>` +
        `<guid isPermaLink="false">f${i}-${k}</guid><pubDate>${date}</pubDate>` +
        `<description>${escapeHtml(summary)}</description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fleet desk ${i}</title><link>${site}/</link><language>en</language>${items.join('')}</channel></rss>`;
}
