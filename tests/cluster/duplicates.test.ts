/**
 * Near-identical wire copies: the same agency text published by two outlets under their own URLs (one with its own
 * headline and a line of its own) is stored as two articles; the later copy joins the first copy's story and is
 * marked as its duplicate. A different report of the same event is in the story but is no duplicate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { clusteringIngestContext } from '../support/ingest-context.ts';
import { rssFeed } from '../support/rss.ts';

const WIRE = [
  'Rescue teams in northern Chile pulled 14 miners from a flooded copper mine near Copiapó on Tuesday after a',
  '36-hour operation, the regional governor said. Three miners remain trapped about 400 metres below the surface,',
  'and pumps brought in from Antofagasta are lowering the water by roughly a metre an hour. Codelco, which does not',
  'operate the mine, lent equipment and engineers. Families waited at the gate through the night as ambulances',
  'carried the rescued men to the hospital in Copiapó, where doctors said all fourteen were in stable condition.',
].join(' ');

const OTHER = [
  'The families of three miners still trapped near Copiapó criticised the mine owner on Wednesday, saying warnings',
  'about water seeping into the lower galleries were ignored for weeks before the flood. Chile’s mining minister',
  'promised an inquiry and said pumping continued day and night.',
].join(' ');

describe.each(dialects)('near-identical copies on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  const byUrl = new Map<string, { id: string; story_id: string | null; duplicate_of_id: string | null }>();

  beforeAll(async () => {
    store = await createTestStore(dialect, { INGEST_CONCURRENCY: 1 });
    server = await startFixtureServer();
    const ctx = await clusteringIngestContext(store);
    const feeds = [
      { path: '/a.xml', link: 'https://first.example/', items: [{ guid: 'a1', title: 'Fourteen miners rescued from flooded Chilean copper mine', link: 'https://first.example/miners', date: 'Tue, 03 Nov 2026 08:00:00 GMT', body: `<p>${WIRE}</p>` }] },
      {
        path: '/b.xml',
        link: 'https://second.example/',
        items: [
          { guid: 'b1', title: 'Chile: 14 miners pulled out alive, three still trapped', link: 'https://second.example/world/chile-miners', date: 'Tue, 03 Nov 2026 09:30:00 GMT', body: `<p>${WIRE} (Agency)</p>` },
          { guid: 'b2', title: 'Trapped miners’ families say flood warnings were ignored', link: 'https://second.example/world/chile-families', date: 'Wed, 04 Nov 2026 10:00:00 GMT', body: `<p>${OTHER}</p>` },
        ],
      },
    ];
    for (const f of feeds) {
      server.reply(f.path, { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed({ title: f.path, link: f.link }, f.items) });
      await addFeed(ctx, { url: server.url(f.path), discover: false });
    }
    await runIngestPass(ctx, { mode: { kind: 'all' }, trigger: 'cli' });
    for (const r of await store.db.kysely.selectFrom('articles').select(['id', 'url', 'story_id', 'duplicate_of_id']).execute()) byUrl.set(r.url!, r);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('stores both copies and marks the later one as a duplicate of the first, in its story', () => {
    const first = byUrl.get('https://first.example/miners')!;
    const copy = byUrl.get('https://second.example/world/chile-miners')!;
    expect(first.duplicate_of_id).toBeNull();
    expect(copy.duplicate_of_id).toBe(first.id);
    expect(copy.story_id).toBe(first.story_id);
  });

  it('does not mark a different report as a duplicate', () => {
    const other = byUrl.get('https://second.example/world/chile-families')!;
    expect(other.duplicate_of_id).toBeNull();
  });
});
