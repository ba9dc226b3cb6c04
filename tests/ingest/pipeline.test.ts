import { describe, expect, it } from 'vitest';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { dialects } from '../support/databases.ts';
import { manualClock } from '../support/ingest-context.ts';
import { usePipelineFixture } from '../support/pipeline-fixture.ts';
import { rssFeed, type TestItem } from '../support/rss.ts';

const rss = (list: TestItem[]) => rssFeed({ title: 'Test desk', link: 'https://desk.example/' }, list);

const items = [
  { guid: 'a-1', title: 'First story', link: 'https://desk.example/2026/11/first?utm_source=rss', date: 'Tue, 24 Nov 2026 10:00:00 GMT' },
  { guid: 'a-2', title: 'Second story', link: 'https://desk.example/2026/11/second', date: 'Wed, 25 Nov 2026 11:00:00 GMT' },
  { guid: 'a-3', title: 'Third story', link: 'https://desk.example/2026/11/third', date: 'not a date at all' },
];

describe.each(dialects)('ingest pipeline on %s', (dialect) => {
  const clock = manualClock('2026-11-27T12:00:00Z');
  const fx = usePipelineFixture(dialect, clock);

  async function add(path: string, sourceName = 'Desk') {
    return (await addFeed(fx.ctx, { url: fx.server.url(path), sourceName, discover: false })).feed;
  }
  const pass = (feedIds: string[]) => runIngestPass(fx.ctx, { mode: { kind: 'feeds', feedIds }, trigger: 'cli' });

  it('stores new items, canonicalizes links, marks estimated dates, and schedules the next fetch', async () => {
    fx.server.reply('/feed.xml', { headers: { 'content-type': 'application/rss+xml', etag: '"v1"' }, body: rss(items) });
    const feed = await add('/feed.xml');
    const s = await pass([feed.id]);
    expect(s.results[0]).toMatchObject({ status: 'ok', itemsNew: 3, httpStatus: 200 });
    const stored = await fx.ctx.repos.articles.listAll();
    expect(stored.map((a) => a.canonicalUrl).sort()).toEqual([
      'https://desk.example/2026/11/first',
      'https://desk.example/2026/11/second',
      'https://desk.example/2026/11/third',
    ]);
    const third = stored.find((a) => a.title === 'Third story')!;
    expect(third.publishedAtEstimated).toBe(true);
    expect(third.publishedAt).toBe('2026-11-27T12:00:00.000Z');
    const after = (await fx.ctx.repos.feeds.getById(feed.id))!;
    expect(after.title).toBe('Test desk');
    expect(after.etag).toBe('"v1"');
    expect(after.health.errorCount).toBe(0);
    expect(after.health.lastSuccessAt).toBe('2026-11-27T12:00:00.000Z');
    expect(Date.parse(after.health.nextFetchAt)).toBeGreaterThan(clock.now().getTime());
    expect(fx.server.requests('/feed.xml')[0]!.headers['user-agent']).toMatch(/newsgraph/);
  });

  it('sends validators and records a 304 without touching articles', async () => {
    let calls = 0;
    fx.server.route('/cond.xml', (req, res) => {
      calls++;
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Wed, 25 Nov 2026 11:00:00 GMT' }).end(rss(items));
    });
    const feed = await add('/cond.xml');
    await pass([feed.id]);
    const second = await pass([feed.id]);
    expect(calls).toBe(2);
    expect(fx.server.requests('/cond.xml')[1]!.headers['if-modified-since']).toBe('Wed, 25 Nov 2026 11:00:00 GMT');
    expect(second.results[0]).toMatchObject({ status: 'not_modified', itemsNew: 0 });
    const fetches = await fx.ctx.repos.fetches.listForFeed(feed.id);
    expect(fetches.map((f) => f.status)).toEqual(['not_modified', 'ok']);
    expect(await fx.ctx.repos.articles.count()).toBe(3);
  });

  it('skips parsing an unchanged body and updates a changed item in place', async () => {
    fx.server.reply('/plain.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss(items) });
    const feed = await add('/plain.xml');
    await pass([feed.id]);
    const again = await pass([feed.id]);
    expect(again.results[0]!.status).toBe('unchanged');
    const before = (await fx.ctx.repos.articles.listAll()).find((a) => a.title === 'Second story')!;

    clock.advance(3600);
    const edited = items.map((i) => (i.guid === 'a-2' ? { ...i, body: '<p>Second story, updated with new facts</p>' } : i));
    fx.server.reply('/plain.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss(edited) });
    const third = await pass([feed.id]);
    expect(third.results[0]).toMatchObject({ status: 'ok', itemsNew: 0, itemsUpdated: 1 });
    const after = (await fx.ctx.repos.articles.listAll()).find((a) => a.title === 'Second story')!;
    expect(after.id).toBe(before.id);
    expect(after.text).toContain('updated with new facts');
    expect(after.changedAt).not.toBe(before.changedAt);
    // An estimated date keeps its first-seen value across updates.
    const estimated = (await fx.ctx.repos.articles.listAll()).find((a) => a.title === 'Third story')!;
    expect(estimated.publishedAt).toBe('2026-11-27T12:00:00.000Z');
    expect(await fx.ctx.repos.articles.count()).toBe(3);
  });

  it('one canonical URL in feeds of two sources is one article seen in both', async () => {
    fx.server.reply('/one.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss([items[0]!]) });
    fx.server.reply('/two.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss([{ ...items[0]!, guid: 'other-guid', link: 'https://DESK.example/2026/11/first?fbclid=xyz#top' }]),
    });
    const f1 = await add('/one.xml', 'Desk');
    const f2 = await add('/two.xml', 'Aggregator');
    await pass([f1.id]);
    await pass([f2.id]);
    const all = await fx.ctx.repos.articles.listAll();
    expect(all).toHaveLength(1);
    expect((await fx.ctx.repos.articles.feedIdsOf(all[0]!.id)).sort()).toEqual([f1.id, f2.id].sort());
  });

  it('records typed errors with backoff; 429 honours Retry-After; 410 disables the feed', async () => {
    fx.server.reply('/broken.xml', { status: 500, body: 'oops' });
    fx.server.reply('/busy.xml', { status: 429, headers: { 'retry-after': '7200' }, body: 'slow down' });
    fx.server.reply('/gone.xml', { status: 410, body: 'gone' });
    fx.server.reply('/html', { headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><body>hi</body></html>' });
    const broken = await add('/broken.xml');
    const busy = await add('/busy.xml');
    const gone = await add('/gone.xml');
    const html = await add('/html');
    const s = await pass([broken.id, busy.id, gone.id, html.id]);
    expect(s.errors).toBe(4);
    expect(s.errorsByCode).toEqual({ http_5xx: 1, http_429: 1, gone: 1, not_a_feed: 1 });

    const b = (await fx.ctx.repos.feeds.getById(broken.id))!;
    expect(b.health).toMatchObject({ errorCount: 1, nextFetchReason: 'backoff', lastError: { code: 'http_5xx' } });
    expect(b.enabled).toBe(true);
    const r = (await fx.ctx.repos.feeds.getById(busy.id))!;
    expect(r.health.nextFetchReason).toBe('retry-after');
    expect(Date.parse(r.health.nextFetchAt) - clock.now().getTime()).toBeGreaterThanOrEqual(7200 * 1000);
    const g = (await fx.ctx.repos.feeds.getById(gone.id))!;
    expect(g.enabled).toBe(false);
    expect(g.disabledReason).toMatch(/410/);
    expect((await fx.ctx.repos.fetches.listForFeed(html.id))[0]).toMatchObject({ status: 'error', errorCode: 'not_a_feed' });

    // A second failure doubles the wait; the feed is never abandoned.
    clock.advance(86400);
    await pass([broken.id]);
    const b2 = (await fx.ctx.repos.feeds.getById(broken.id))!;
    expect(b2.health.errorCount).toBe(2);
    expect(b2.enabled).toBe(true);
  });

  it('follows redirects and records the permanent new address', async () => {
    fx.server.reply('/old.xml', { status: 301, headers: { location: '/new.xml' } });
    fx.server.reply('/new.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss(items) });
    const feed = await add('/old.xml');
    await pass([feed.id]);
    const moved = (await fx.ctx.repos.feeds.getById(feed.id))!;
    expect(moved.effectiveUrl).toBe(fx.server.url('/new.xml'));
    expect(moved.url).toBe(fx.server.url('/old.xml'));
    await pass([feed.id]);
    expect(fx.server.hits('/old.xml')).toBe(1);
    expect(fx.server.hits('/new.xml')).toBe(2);
  });

  it('a feed behind a redirect to a private address is blocked and nothing is stored', async () => {
    fx.server.reply('/evil.xml', { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    const feed = await add('/evil.xml');
    const guarded = { ...fx.ctx, config: { ...fx.ctx.config, settings: { ...fx.ctx.config.settings, ALLOW_PRIVATE_NETWORKS: false } } };
    // With the guard on, even the first hop to 127.0.0.1 is refused.
    const s = await runIngestPass(guarded, { mode: { kind: 'feeds', feedIds: [feed.id] }, trigger: 'cli' });
    expect(s.results[0]!.errorCode).toBe('blocked_address');
    expect(fx.server.hits('/evil.xml')).toBe(0);
    expect(await fx.ctx.repos.articles.count()).toBe(0);
  });
});
