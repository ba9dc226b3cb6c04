/**
 * Subscriptions across processes on PostgreSQL: `newsgraph serve --no-scheduler` (an API replica) delivers
 * articleAdded and storyUpdated for what a separate `newsgraph ingest` process stored and clustered, and storyUpdated
 * for what a `newsgraph work` process clustered, through LISTEN/NOTIFY. All are real child processes on one database.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, pgAvailable, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { rssFeed } from '../support/rss.ts';
import { runCli, startCli } from '../support/run-cli.ts';
import { subscribe, type SseReader } from '../support/sse.ts';

const ITEMS = [
  { guid: 'p1', title: 'Port workers end strike after overnight talks', link: 'https://port.example/1', date: 'Tue, 24 Nov 2026 09:00:00 GMT', body: 'Dock workers in the harbour city returned to work on Tuesday after unions and the port authority agreed a new pay deal.' },
  { guid: 'p2', title: 'Winter ferry timetable published', link: 'https://port.example/2', date: 'Tue, 24 Nov 2026 10:00:00 GMT', body: 'The ferry operator published its winter timetable, with fewer crossings on weekdays and an extra late sailing on Fridays.' },
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe.runIf(pgAvailable)('articleAdded and storyUpdated across processes on PostgreSQL', () => {
  let store: TestStore;
  let fixtures: FixtureServer;
  let serve: ReturnType<typeof startCli>;
  let origin: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    store = await createTestStore('postgres');
    fixtures = await startFixtureServer();
    fixtures.reply('/port.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed({ title: 'Port Gazette', link: 'https://port.example/' }, ITEMS) });
    await addFeed({ repos: createRepositories(store.db), config: store.config }, { url: fixtures.url('/port.xml'), sourceName: 'Port Gazette', discover: false });
    const port = await freePort();
    env = { DATABASE_URL: store.databaseUrl, ALLOW_PRIVATE_NETWORKS: 'true', SCHEDULER_ENABLED: 'false', PORT: String(port), HOST: '127.0.0.1' };
    serve = startCli(['serve', '--no-scheduler'], env);
    origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90_000;
    for (;;) {
      const ready = await fetch(`${origin}/ready`).then((r) => r.status === 200, () => false);
      if (ready) break;
      if (serve.child.exitCode !== null) throw new Error(`serve exited: ${(await serve.done).stderr}`);
      if (Date.now() > deadline) throw new Error('serve did not become ready');
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 120_000);

  afterAll(async () => {
    serve?.child.kill('SIGTERM');
    await serve?.done;
    await fixtures?.close();
    await store?.cleanup();
  });

  it('the API replica delivers what an ingest worker in another process stored and clustered', async () => {
    const open = async (query: string): Promise<SseReader> => {
      const { res, sse } = await subscribe(fetch, `${origin}/graphql`, { query });
      expect(res.status).toBe(200);
      return sse;
    };
    const articles = await open('subscription { articleAdded { title source { name } } }');
    const stories = await open('subscription { storyUpdated { title articleCount } }');

    const ingest = await runCli(['ingest', '--all', '--json'], env);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(JSON.parse(ingest.stdout).itemsNew).toBe(2);

    const added = await articles.next(2, 30_000);
    expect(added.map((e) => e.data.articleAdded.title).sort()).toEqual(ITEMS.map((i) => i.title).sort());
    expect(added.every((e) => e.data.articleAdded.source.name === 'Port Gazette')).toBe(true);
    const updated = await stories.next(1, 30_000);
    // Two unrelated items: each founds a story of its own; whichever arrives first names one of them.
    expect(ITEMS.map((i) => i.title)).toContain(updated[0].data.storyUpdated.title);
    expect(updated[0].data.storyUpdated.articleCount).toBe(1);
    await articles.close();
    await stories.close();
  }, 120_000);

  it('the API replica delivers storyUpdated for what a `newsgraph work` process clustered', async () => {
    const { sse: stories } = await subscribe(fetch, `${origin}/graphql`, { query: 'subscription { storyUpdated { title articleCount } }' });
    // Stored and queued here, without draining: the clustering is left to the work process.
    const lighthouse = { guid: 'l1', title: 'Lighthouse restoration completed on the headland', link: 'https://light.example/1', date: 'Wed, 25 Nov 2026 08:00:00 GMT', body: 'Restorers finished repainting the lantern room and the keeper\'s cottage reopened as a museum.' };
    fixtures.reply('/light.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed({ title: 'Headland News', link: 'https://light.example/' }, [lighthouse]) });
    const ctx = ingestContext(store);
    const added = await addFeed(ctx, { url: fixtures.url('/light.xml'), sourceName: 'Headland News', discover: false, fullText: 'NEVER' });
    const pass = await runIngestPass(ctx, { mode: { kind: 'feeds', feedIds: [added.feed.id] }, trigger: 'cli' });
    expect(pass.itemsNew).toBe(1);

    const work = await runCli(['work', '--until-empty', '--json'], env);
    expect(work.code, work.stderr).toBe(0);
    expect(JSON.parse(work.stdout).done.cluster).toBe(1);
    const [updated] = await stories.next(1, 30_000);
    expect(updated!.data.storyUpdated).toEqual({ title: lighthouse.title, articleCount: 1 });
    await stories.close();
  }, 300_000);
});
