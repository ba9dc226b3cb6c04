import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { rssFeed } from '../support/rss.ts';

const ITEMS = 12;
const CAP = 5;

describe('items stored per feed', () => {
  let store: TestStore;
  let server: FixtureServer;
  beforeAll(async () => {
    store = await createTestStore('sqlite', { INGEST_MAX_ITEMS_PER_FEED: CAP });
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('keeps the newest INGEST_MAX_ITEMS_PER_FEED items of a longer feed', async () => {
    // Items in no particular date order: the cap picks by date, not by position.
    const order = [3, 11, 0, 7, 5, 9, 1, 10, 2, 8, 4, 6];
    const items = order.map((i) => ({ guid: `c${i}`, title: `Item ${i}`, link: `https://cap.example/${i}`, date: new Date(Date.UTC(2026, 10, 1, i)).toUTCString() }));
    server.reply('/long.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed({ title: 'Long', link: 'https://cap.example/' }, items) });
    const ctx = ingestContext(store);
    await addFeed(ctx, { url: server.url('/long.xml'), sourceName: 'Long', discover: false });
    const summary = await runIngestPass(ctx, { mode: { kind: 'all' }, trigger: 'cli' });
    expect(summary.results[0]).toMatchObject({ status: 'ok', itemsSeen: CAP, itemsNew: CAP, itemsSkipped: ITEMS - CAP });
    const titles = (await store.db.kysely.selectFrom('articles').select('title').execute()).map((r) => r.title).sort();
    expect(titles).toEqual(['Item 10', 'Item 11', 'Item 7', 'Item 8', 'Item 9']);
  });
});
