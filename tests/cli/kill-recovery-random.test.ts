import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { runCli, startCli } from '../support/run-cli.ts';
import { rssFeed } from '../support/rss.ts';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { seededRandom as prng } from '../support/seeded-random.ts';

// A corpus-suite test (npm run test:corpus): 20 killed ingest runs per dialect take minutes.
const KILL_FEEDS = 4;
const NEW_ITEMS_PER_RUN = 3;
/** Overridable to try the test quickly on a loaded machine; the criterion is 20. */
const KILL_RUNS = Number(process.env.KILL_RECOVERY_RUNS ?? 20);


const WORDS = 'the council said ministers would meet again next week to discuss the proposal after talks in the capital ended without agreement on funding'.split(' ');

/** A page whose article is long enough to be served in place of the feed's one-line summary. */
function articlePage(title: string, seed: number): string {
  const paragraphs = Array.from({ length: 6 }, (_, p) => {
    const words = Array.from({ length: 30 }, (_, i) => WORDS[(seed * 7 + p * 11 + i * 3) % WORDS.length]);
    return `<p>${title}: ${words.join(' ')}.</p>`;
  });
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1>${paragraphs.join('')}</article></main><footer>All rights reserved</footer></body></html>`;
}

// SIGKILL at random points of 20 ingest runs (fetching, extracting pages, enriching, clustering), then one clean run:
// every stored article ends up enriched and in a story, whatever instant each kill hit.
describe.each(dialects)('killing ingest at random points on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let run = 0;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    const ctx = ingestContext(store);
    for (let n = 0; n < KILL_FEEDS; n++) {
      server.route(`/r${n}.xml`, (_req, res) => {
        // Run r's feed holds the items of every run so far: each run brings NEW_ITEMS_PER_RUN new ones.
        const items = Array.from({ length: (run + 1) * NEW_ITEMS_PER_RUN }, (_, i) => ({
          guid: `r${n}-${i}`,
          title: `Ministers meet on proposal ${i} of region ${n}`,
          link: server.url(`/page/r${n}-${i}`),
          date: new Date(Date.UTC(2026, 10, 24, 0, i)).toUTCString(),
          body: `<p>Ministers met on proposal ${i}.</p>`,
        }));
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed({ title: `R ${n}`, link: `https://r${n}.example/` }, items));
      });
      await addFeed(ctx, { url: server.url(`/r${n}.xml`), sourceName: `R ${n}`, discover: false });
    }
    for (let n = 0; n < KILL_FEEDS; n++) {
      for (let i = 0; i < (KILL_RUNS + 1) * NEW_ITEMS_PER_RUN; i++) {
        const body = articlePage(`Ministers meet on proposal ${i} of region ${n}`, n * 1000 + i);
        server.reply(`/page/r${n}-${i}`, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body });
      }
    }
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it(`leaves no article without enrichment or story after ${KILL_RUNS} killed runs and one more`, async () => {
    const env = { DATABASE_URL: store.databaseUrl, ALLOW_PRIVATE_NETWORKS: 'true', PAGE_FETCH_HOST_DELAY_MS: '0', INGEST_CONCURRENCY: '2' };
    const random = prng(20261124);
    const k = store.db.kysely;
    const count = async (table: 'fetches' | 'jobs') => (await k.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    let killed = 0;
    for (run = 0; run < KILL_RUNS; run++) {
      const fetchesBefore = Number(await count('fetches'));
      const child = startCli(['ingest', '--all'], env);
      let exited = false;
      void child.done.then(() => (exited = true));
      // Kill points are counted from the first committed fetch: before it, the process has done nothing.
      const deadline = Date.now() + 120_000;
      while (!exited && Number(await count('fetches')) === fetchesBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, Math.floor(random() * 1500)));
      if (!exited) child.child.kill('SIGKILL');
      const result = await child.done;
      if (result.signal === 'SIGKILL') killed++;
      else expect(result.code, result.stderr).toBe(0);
    }
    run = KILL_RUNS - 1;
    // The last run finds feeds unchanged (those the last killed run fetched): the work the kills left is drained all the same.
    const last = await runCli(['ingest', '--all', '--json'], env);
    expect(last.code, last.stderr).toBe(0);

    const articles = await k.selectFrom('articles').select(['id', 'enrichment_version', 'story_id']).execute();
    expect(articles.length).toBe(KILL_FEEDS * KILL_RUNS * NEW_ITEMS_PER_RUN);
    expect(articles.filter((a) => a.enrichment_version === null).map((a) => a.id)).toEqual([]);
    expect(articles.filter((a) => a.story_id === null).map((a) => a.id)).toEqual([]);
    const left = await k.selectFrom('jobs').select(['kind', 'state', 'article_id', 'last_error']).execute();
    expect(left).toEqual([]);
    const extracted = await k.selectFrom('article_extractions').select('article_id').where('source', '=', 'PAGE').execute();
    expect(extracted.length).toBe(articles.length);
    // Most runs were interrupted (a run may finish before its kill point).
    expect(killed).toBeGreaterThanOrEqual(Math.ceil(KILL_RUNS / 2));
  }, 20 * 60_000);
});
