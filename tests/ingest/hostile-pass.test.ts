import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import type { IngestContext } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { hostileFeeds } from '../support/hostile-feeds.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { rssFeed } from '../support/rss.ts';

// A pass over hostile feeds and one ordinary feed: the hostile ones end in a stored result or a typed error, and
// the ordinary one is stored in the same pass.
describe.each(dialects)('an ingest pass with hostile feeds on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let ctx: IngestContext;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    ctx = ingestContext(store);
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('stores the ordinary feed and records a typed outcome for every hostile one', async () => {
    const hostile = hostileFeeds(100_000);
    const ids: string[] = [];
    for (const [i, h] of hostile.entries()) {
      server.reply(`/h${i}.xml`, { headers: { 'content-type': 'application/rss+xml' }, body: h.body });
      ids.push((await addFeed(ctx, { url: server.url(`/h${i}.xml`), sourceName: `Hostile ${i}`, discover: false })).feed.id);
    }
    const items = [{ guid: 'g1', title: 'Ordinary story', link: 'https://ok.example/2026/11/1', date: 'Tue, 24 Nov 2026 10:00:00 GMT' }];
    server.reply('/ok.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed({ title: 'OK', link: 'https://ok.example/' }, items) });
    const ok = (await addFeed(ctx, { url: server.url('/ok.xml'), sourceName: 'OK', discover: false })).feed;

    const summary = await runIngestPass(ctx, { mode: { kind: 'feeds', feedIds: [...ids, ok.id] }, trigger: 'cli' });
    expect(summary.errorsByCode['timeout'] ?? 0).toBe(0);
    const fetches = await ctx.repos.fetches.listForFeed(ok.id);
    expect(fetches[0]).toMatchObject({ status: 'ok' });
    for (const id of ids) {
      const [f] = await ctx.repos.fetches.listForFeed(id);
      expect(['ok', 'error']).toContain(f?.status);
      if (f?.status === 'error') expect(['not_a_feed', 'parse_error', 'too_large']).toContain(f.errorCode);
    }
  });
});
