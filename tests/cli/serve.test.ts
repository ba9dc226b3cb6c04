import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { createDb } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestDatabaseUrl } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { numberedFeed } from '../support/rss.ts';
import { CLI_TEST_TIMEOUT, startCli } from '../support/run-cli.ts';

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// `newsgraph serve` and `newsgraph demo` as a user runs them: a real process, real port, SIGTERM to stop.
describe('long-running commands', () => {
  let server: FixtureServer;
  let db: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    server = await startFixtureServer();
    server.reply('/s.xml', { headers: { 'content-type': 'application/rss+xml' }, body: numberedFeed('s', 1, 4) });
    db = await createTestDatabaseUrl('sqlite');
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('serve migrates, ingests due feeds at start, answers /ready, and stops cleanly on SIGTERM', async () => {
    const config = loadConfig({}, { DATABASE_URL: db.url });
    const store = createDb(config);
    await migrateToLatest(store);
    const repos = createRepositories(store);
    await addFeed({ repos, config }, { url: server.url('/s.xml'), sourceName: 'S', discover: false });

    let stderr = '';
    const run = startCli(['serve'], { DATABASE_URL: db.url, ALLOW_PRIVATE_NETWORKS: 'true', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    run.child.stderr!.on('data', (d) => (stderr += d));
    const url = await waitFor(() => stderr.match(/"url":"(http:[^"]+)"/)?.[1], 'the serving log line');
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    await waitFor(async () => ((await repos.articles.count()) === 4 ? true : undefined), 'the start-up ingest pass');
    expect(server.hits('/s.xml')).toBe(1);

    run.child.kill('SIGTERM');
    const done = await run.done;
    expect(done.code, done.stderr).toBe(0);
    await store.destroy();
  }, CLI_TEST_TIMEOUT);

  it('demo ingests the bundled corpus and serves it', async () => {
    const demoDb = db.url.replace(/test\.db$/, 'demo.db');
    const run = startCli(['demo', '--database', demoDb], { PORT: '0', HOST: '127.0.0.1' });
    let stdout = '';
    run.child.stdout!.on('data', (d) => (stdout += d));
    const url = await waitFor(() => stdout.match(/serving on (http:\S+)/)?.[1], 'the demo to serve');
    expect(stdout).toMatch(/newsgraph demo: 30 articles from 4 feeds/);
    expect(await (await fetch(`${url}/ready`)).json()).toMatchObject({ status: 'ready' });
    run.child.kill('SIGINT');
    expect((await run.done).code).toBe(0);
  }, CLI_TEST_TIMEOUT);
});
