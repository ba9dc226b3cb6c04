import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { CLI_TEST_TIMEOUT, runCli, startCli } from '../support/run-cli.ts';
import { subscribeNumberedFeeds } from '../support/rss.ts';

const FEEDS = 12;
const ITEMS = 5;

// SIGKILL in the middle of a pass, then run again: nothing committed is lost, nothing is stored twice.
describe.each(dialects)('killing ingest mid-pass on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    // Some latency per feed, so the workers are busy at the same time (or the kill lands mid-pass).
    await subscribeNumberedFeeds(ingestContext(store), server, { prefix: 'k', count: FEEDS, items: ITEMS, delayMs: 150 });
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('recovers after SIGKILL', async () => {
    const env = { DATABASE_URL: store.databaseUrl, ALLOW_PRIVATE_NETWORKS: 'true', INGEST_CONCURRENCY: '1', INGEST_PER_HOST_CONCURRENCY: '1' };
    const run = startCli(['ingest'], env);
    const countFetches = async () => (await store.db.kysely.selectFrom('fetches').select('id').execute()).length;
    const deadline = Date.now() + 120_000;
    while ((await countFetches()) < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');

    const committedFetches = await countFetches();
    expect(committedFetches).toBeGreaterThanOrEqual(3);
    expect(committedFetches).toBeLessThan(FEEDS);
    const committedArticles = await store.db.kysely.selectFrom('articles').select(['id', 'dedup_key']).execute();
    expect(committedArticles.length).toBe(committedFetches * ITEMS);

    const second = await runCli(['ingest', '--json'], env);
    expect(second.code, second.stderr).toBe(0);
    const summary = JSON.parse(second.stdout);
    // Only the feeds not yet done are fetched again, including those the killed process had leased.
    expect(summary.feeds).toBe(FEEDS - committedFetches);

    const after = await store.db.kysely.selectFrom('articles').select(['id', 'dedup_key']).execute();
    expect(after).toHaveLength(FEEDS * ITEMS);
    for (const a of committedArticles) expect(after.find((x) => x.id === a.id)).toBeDefined();
    const feeds = await ingestContext(store).repos.feeds.list();
    for (const f of feeds) expect(f.health.lastSuccessAt, f.url).not.toBeNull();
  }, CLI_TEST_TIMEOUT);
});
