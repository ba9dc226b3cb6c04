import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { CLI_TEST_TIMEOUT, runCli } from '../support/run-cli.ts';
import { subscribeNumberedFeeds } from '../support/rss.ts';

const FEEDS = 24;

// Several `newsgraph ingest` processes against one database: leases make each due feed fetched exactly once.
describe.each(dialects)('concurrent ingest processes on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    // Some latency per feed, so the workers are busy at the same time (or the kill lands mid-pass).
    await subscribeNumberedFeeds(ingestContext(store), server, { prefix: 'f', count: FEEDS, items: 2, delayMs: 40 });
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('fetches each due feed exactly once across two simultaneous passes', async () => {
    const env = { DATABASE_URL: store.databaseUrl, ALLOW_PRIVATE_NETWORKS: 'true', INGEST_CONCURRENCY: '3', INGEST_PER_HOST_CONCURRENCY: '3' };
    const [a, b] = await Promise.all([runCli(['ingest', '--json'], env), runCli(['ingest', '--json'], env)]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const sa = JSON.parse(a.stdout);
    const sb = JSON.parse(b.stdout);
    expect(sa.feeds + sb.feeds).toBe(FEEDS);
    for (let n = 0; n < FEEDS; n++) expect(server.hits(`/f${n}.xml`), `feed ${n}`).toBe(1);
    const ctx = ingestContext(store);
    expect(await ctx.repos.articles.count()).toBe(FEEDS * 2);
    const fetches = await store.db.kysely.selectFrom('fetches').select(['feed_id']).execute();
    expect(fetches).toHaveLength(FEEDS);
    // Nothing is left leased.
    const leased = await store.db.kysely.selectFrom('feeds').select('id').where('lease_owner', 'is not', null).execute();
    expect(leased).toHaveLength(0);
  }, CLI_TEST_TIMEOUT);
});
