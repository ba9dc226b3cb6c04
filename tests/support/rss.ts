import { addFeed } from '../../src/ingest/add-feed.ts';
import type { IngestContext } from '../../src/scheduler/ingest-pass.ts';
import type { FixtureServer } from './fixture-server.ts';

/** Small RSS 2.0 documents for tests that need a feed but are not about parsing. */
export interface TestItem {
  guid?: string;
  title: string;
  link: string;
  date?: string;
  body?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function rssFeed(channel: { title: string; link: string; extra?: string }, items: TestItem[]): string {
  const xml = items
    .map(
      (i) =>
        `<item>${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}<title>${esc(i.title)}</title><link>${esc(i.link)}</link>` +
        `${i.date ? `<pubDate>${i.date}</pubDate>` : ''}<description><![CDATA[${i.body ?? `<p>${i.title} body</p>`}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${esc(channel.title)}</title><link>${esc(channel.link)}</link>${channel.extra ?? ''}\n${xml}\n</channel></rss>`;
}

/** Feed n of a numbered set, with `count` dated items; used by the multi-process tests. */
export function numberedFeed(prefix: string, n: number, count: number): string {
  return rssFeed(
    { title: `${prefix.toUpperCase()} ${n}`, link: `https://${prefix}${n}.example/` },
    Array.from({ length: count }, (_, i) => ({
      guid: `${prefix}${n}-${i}`,
      title: `Story ${i} of ${prefix} feed ${n}`,
      link: `https://${prefix}${n}.example/${i}`,
      date: new Date(Date.UTC(2026, 10, 24, 10 + i)).toUTCString(),
    })),
  );
}

/**
 * Serves `count` numbered feeds of `items` items each from the fixture server, each answering after `delayMs` (so
 * concurrent workers overlap), and subscribes the store to them. Feed n lives at /<prefix><n>.xml.
 */
export async function subscribeNumberedFeeds(
  ctx: Pick<IngestContext, 'repos' | 'config'>,
  server: FixtureServer,
  opts: { prefix: string; count: number; items: number; delayMs: number },
): Promise<void> {
  for (let n = 0; n < opts.count; n++) {
    const body = numberedFeed(opts.prefix, n, opts.items);
    server.route(`/${opts.prefix}${n}.xml`, async (_req, res) => {
      await new Promise((r) => setTimeout(r, opts.delayMs));
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
    });
    await addFeed(ctx, { url: server.url(`/${opts.prefix}${n}.xml`), sourceName: `${opts.prefix.toUpperCase()} ${n}`, discover: false });
  }
}
