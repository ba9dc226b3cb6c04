import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { subscribeNumberedFeeds } from '../support/rss.ts';
import { CLI_TEST_TIMEOUT, runCli, startCli } from '../support/run-cli.ts';

async function waitFor(probe: () => Promise<boolean>, what: string, ms = 300_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// `newsgraph work` as an operator runs it beside ingest workers: a real process that drains what other processes
// queued (enrichment, clustering), keeps looking for more, and stops on SIGTERM.
describe.each(dialects)('newsgraph work on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let env: Record<string, string>;

  /** Stores feeds' articles and queues their work, as an ingest worker that leaves the queue to others does. */
  const ingestWithoutDraining = async (prefix: string, feeds: number, items: number) => {
    const ctx = ingestContext(store);
    await subscribeNumberedFeeds(ctx, server, { prefix, count: feeds, items, delayMs: 0 });
    const pass = await runIngestPass(ctx, { mode: { kind: 'due' }, trigger: 'cli' });
    expect(pass.itemsNew).toBe(feeds * items);
  };
  const pendingJobs = async () => Number((await store.db.kysely.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const unfinished = async () =>
    (await store.db.kysely.selectFrom('articles').select('id').where((eb) => eb.or([eb('story_id', 'is', null), eb('enrichment_version', 'is', null)])).execute()).length;

  beforeAll(async () => {
    // The feeds' items are complete: no page to fetch, so the queue holds enrichment and clustering only.
    store = await createTestStore(dialect, { FULL_TEXT_DEFAULT: 'NEVER' });
    server = await startFixtureServer();
    env = { DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'info' };
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('drains what another process queued, waits for more, and stops on SIGTERM', async () => {
    await ingestWithoutDraining('w', 2, 3);
    expect(await pendingJobs()).toBe(12);
    const work = startCli(['work', '--idle-ms', '100'], env);
    await waitFor(async () => (await pendingJobs()) === 0, 'the first drain');
    expect(await unfinished()).toBe(0);

    // Still running with an empty queue: work queued later is drained too.
    await ingestWithoutDraining('v', 1, 2);
    await waitFor(async () => (await pendingJobs()) === 0, 'the later jobs');
    expect(await unfinished()).toBe(0);
    expect(work.child.exitCode).toBeNull();

    work.child.kill('SIGTERM');
    const done = await work.done;
    expect(done.code, done.stderr).toBe(0);
    const stopped = done.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg: string; done?: Record<string, number> })
      .find((l) => l.msg === 'work stopped');
    expect(stopped?.done).toEqual({ extract: 0, enrich: 8, cluster: 8 });
  }, CLI_TEST_TIMEOUT);

  it('--until-empty exits once nothing is due, printing what it did', async () => {
    await ingestWithoutDraining('u', 1, 2);
    const run = await runCli(['work', '--until-empty', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { done: Record<string, number>; failed: Record<string, number>; dead: number };
    expect(summary).toMatchObject({ done: { extract: 0, enrich: 2, cluster: 2 }, failed: { extract: 0, enrich: 0, cluster: 0 }, dead: 0 });
    expect(await pendingJobs()).toBe(0);
    expect(await unfinished()).toBe(0);
  }, CLI_TEST_TIMEOUT);

  it('refuses a malformed --idle-ms, naming it', async () => {
    const run = await runCli(['work', '--idle-ms', 'soon'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--idle-ms');
  }, CLI_TEST_TIMEOUT);
});
