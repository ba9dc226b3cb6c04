import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createDb, type Db } from '../../src/store/db.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { subscribeNumberedFeeds } from '../support/rss.ts';

const FEEDS = 8;
const LEASE_SECONDS = 10;
/** Each feed answers this late: a worker's fourth claimed feed waits 12 s for its turn, past the 10 s lease. */
const HOST_DELAY_MS = 4000;

// Three workers, each with its own connections, share one store; the host is slow, so claimed feeds wait past the
// lease's first term. Renewed leases keep every due feed fetched exactly once.
describe.each(dialects)('feed leases held by a slow pass on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  const workers: Db[] = [];

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    await subscribeNumberedFeeds(ingestContext(store), server, { prefix: 'slow', count: FEEDS, items: 1, delayMs: HOST_DELAY_MS });
  });
  afterAll(async () => {
    for (const db of workers) await db.destroy();
    await server?.close();
    await store?.cleanup();
  });

  it('three workers with a 10 s lease fetch each due feed exactly once', async () => {
    const config = loadConfig({}, {
      DATABASE_URL: store.databaseUrl,
      ALLOW_PRIVATE_NETWORKS: true,
      LOG_LEVEL: 'silent',
      LEASE_SECONDS,
      INGEST_CONCURRENCY: 1,
      INGEST_PER_HOST_CONCURRENCY: 1,
    });
    const pass = () => {
      const db = createDb(config);
      workers.push(db);
      return runIngestPass({ db, repos: createRepositories(db), config, logger: silentLogger }, { mode: { kind: 'due' }, trigger: 'cli' });
    };
    // Two workers claim a batch of four feeds each; the third comes when the first leases would have run out.
    const first = [pass(), pass()];
    await new Promise((r) => setTimeout(r, (LEASE_SECONDS + 1.5) * 1000));
    const late = await pass();
    const summaries = [...(await Promise.all(first)), late];

    expect(late.feeds).toBe(0);
    expect(summaries.reduce((n, s) => n + s.feeds, 0)).toBe(FEEDS);
    for (let n = 0; n < FEEDS; n++) expect(server.hits(`/slow${n}.xml`), `feed ${n}`).toBe(1);
    const fetches = await store.db.kysely.selectFrom('fetches').select('feed_id').execute();
    expect(fetches).toHaveLength(FEEDS);
    const leased = await store.db.kysely.selectFrom('feeds').select('id').where('lease_owner', 'is not', null).execute();
    expect(leased).toEqual([]);
  }, 120_000);
});
