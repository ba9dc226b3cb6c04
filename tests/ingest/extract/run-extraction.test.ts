/**
 * The extraction job against a loopback site, on every store dialect: the feed policy decides, the page is fetched
 * politely (robots.txt, User-Agent, conditional GET), the body is served in place of the feed's summary (which is
 * kept), and failures are recorded per article with their code, attempts and next try, never touching what is stored.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addFeed } from '../../../src/ingest/add-feed.ts';
import { pageFetcherFromSettings } from '../../../src/ingest/extract/page-fetcher.ts';
import { runExtraction, type ExtractionContext } from '../../../src/ingest/extract/run-extraction.ts';
import { runIngestPass } from '../../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';
import { ingestContext } from '../../support/ingest-context.ts';
import { newsPage } from '../../support/news-page.ts';
import { rssFeed } from '../../support/rss.ts';

const LONG = Array.from({ length: 8 }, (_, i) =>
  `Paragraph ${i + 1} of the full report describes how negotiators from both delegations worked through the night on the wording of the final communique, which diplomats said could still change before it is signed.`,
);
const SHORT_SUMMARY = 'Negotiators worked through the night on the final communique.';

describe.each(dialects)('runExtraction on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let ctx: ExtractionContext;
  const ids = new Map<string, string>();

  const page = (path: string, title: string) =>
    newsPage({ title, paragraphs: LONG, byline: 'Desk', publishedAt: '2025-06-10T08:00:00Z', url: server.url(path), language: 'en', siteName: 'Loop News' }, [], 'semantic');

  beforeAll(async () => {
    store = await createTestStore(dialect, { PAGE_FETCH_HOST_DELAY_MS: 0, EXTRACT_BACKOFF_SECONDS: 60, EXTRACT_MAX_ATTEMPTS: 3 });
    server = await startFixtureServer();
    server.reply('/robots.txt', { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /members/\n' });
    server.route('/a/summary', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }).end(page('/a/summary', 'Summary item'));
    });
    server.reply('/a/long', { headers: { 'content-type': 'text/html' }, body: page('/a/long', 'Long item') });
    server.reply('/members/paywalled', { headers: { 'content-type': 'text/html' }, body: page('/members/paywalled', 'Paywalled') });
    server.reply('/a/down', { status: 503, headers: { 'retry-after': '120' }, body: 'busy' });
    server.reply('/a/gone', { status: 404, body: 'no' });
    server.reply('/a/pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
    const items = [
      ['summary', '/a/summary', `<p>${SHORT_SUMMARY}</p>`],
      ['long', '/a/long', LONG.map((p) => `<p>${p}</p>`).join('')],
      ['robots', '/members/paywalled', `<p>${SHORT_SUMMARY}</p>`],
      ['down', '/a/down', `<p>${SHORT_SUMMARY}</p>`],
      ['gone', '/a/gone', `<p>${SHORT_SUMMARY}</p>`],
      ['pdf', '/a/pdf', `<p>${SHORT_SUMMARY}</p>`],
    ] as const;
    const feedXml = rssFeed({ title: 'Loop', link: server.url('/') }, items.map(([guid, path, body]) => ({ guid, title: `Item ${guid}`, link: server.url(path), body })));
    server.reply('/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: feedXml });
    const ingest = ingestContext(store);
    await addFeed(ingest, { url: server.url('/feed.xml'), discover: false });
    await runIngestPass(ingest, { mode: { kind: 'all' }, trigger: 'cli' });
    for (const r of await store.db.kysely.selectFrom('articles').select(['id', 'guid']).execute()) ids.set(r.guid!, r.id);
    ctx = { repos: ingest.repos, pageFetcher: pageFetcherFromSettings(store.config.settings), settings: store.config.settings };
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  const article = (guid: string) =>
    store.db.kysely.selectFrom('articles').select(['text', 'content_html']).where('id', '=', ids.get(guid)!).executeTakeFirstOrThrow();
  const setPolicy = (policy: string) => store.db.kysely.updateTable('feeds').set({ full_text: policy }).execute();

  describe('with the AUTO policy', () => {
    beforeEach(() => setPolicy('AUTO'));

    it('serves the page body in place of a short summary, keeps the summary and reports a change', async () => {
      const outcome = await runExtraction(ctx, ids.get('summary')!);
      expect(outcome).toMatchObject({ status: 'ok', changed: true });
      expect((await article('summary')).text).toContain('Paragraph 8 of the full report');
      const [view] = await ctx.repos.extractions.getViews([ids.get('summary')!]);
      expect(view).toMatchObject({ status: 'ok', source: 'PAGE', summaryText: SHORT_SUMMARY, byline: 'Desk', siteName: 'Loop News', attempts: 0 });
      const ua = server.requests('/a/summary')[0]!.headers['user-agent'];
      expect(ua).toBe(store.config.settings.FETCH_USER_AGENT);
    });

    it('asks again with the validators and reports no change on 304', async () => {
      const before = server.hits('/a/summary');
      expect(await runExtraction(ctx, ids.get('summary')!)).toMatchObject({ status: 'ok', changed: false });
      expect(server.hits('/a/summary')).toBe(before + 1);
      expect(server.requests('/a/summary').at(-1)!.headers['if-none-match']).toBe('"v1"');
    });

    it('serves the stored body again after a feed update rewrote the article', async () => {
      await store.db.kysely.updateTable('articles').set({ text: 'An updated summary.', content_html: '<p>An updated summary.</p>' }).where('id', '=', ids.get('summary')!).execute();
      expect(await runExtraction(ctx, ids.get('summary')!)).toMatchObject({ status: 'ok', changed: true });
      expect((await article('summary')).text).toContain('Paragraph 8');
      const [view] = await ctx.repos.extractions.getViews([ids.get('summary')!]);
      expect(view?.summaryText).toBe('An updated summary.');
    });

    it("leaves an article whose feed content is long enough alone", async () => {
      const hits = server.hits('/a/long');
      expect(await runExtraction(ctx, ids.get('long')!)).toMatchObject({ status: 'skipped', changed: false });
      expect(server.hits('/a/long')).toBe(hits);
    });

    it('does not fetch what robots.txt disallows, and records why', async () => {
      const outcome = await runExtraction(ctx, ids.get('robots')!);
      expect(outcome).toMatchObject({ status: 'blocked', changed: false, retryAt: null, error: { code: 'robots_disallowed' } });
      expect(server.hits('/members/paywalled')).toBe(0);
      expect((await article('robots')).text).toBe(SHORT_SUMMARY);
    });

    it('records a server error with attempts and a backoff no shorter than Retry-After, keeping the summary', async () => {
      const first = await runExtraction(ctx, ids.get('down')!);
      expect(first).toMatchObject({ status: 'failed', error: { code: 'http_5xx' } });
      expect(Date.parse(first.retryAt!) - Date.now()).toBeGreaterThan(100_000);
      await runExtraction(ctx, ids.get('down')!);
      const [view] = await ctx.repos.extractions.getViews([ids.get('down')!]);
      expect(view).toMatchObject({ status: 'failed', source: 'FEED', attempts: 2, httpStatus: 503, error: { code: 'http_5xx' } });
      expect((await article('down')).text).toBe(SHORT_SUMMARY);
      // The third failure uses up EXTRACT_MAX_ATTEMPTS: no further try is scheduled, and the job then gives up.
      expect((await runExtraction(ctx, ids.get('down')!)).retryAt).toBeNull();
      const hits = server.hits('/a/down');
      expect((await runExtraction(ctx, ids.get('down')!)).status).toBe('given_up');
      expect(server.hits('/a/down')).toBe(hits);
    });

    it.each([
      ['gone', 'http_4xx'],
      ['pdf', 'not_html'],
    ])('records %s as %s without a retry', async (guid, code) => {
      expect(await runExtraction(ctx, ids.get(guid)!)).toMatchObject({ status: 'failed', retryAt: null, error: { code } });
    });

    it('answers missing for an article that does not exist', async () => {
      expect((await runExtraction(ctx, 'no-such-article')).status).toBe('missing');
    });
  });

  it('ALWAYS fetches even a long feed item; NEVER fetches nothing', async () => {
    await setPolicy('NEVER');
    const hits = server.hits('/a/long');
    expect((await runExtraction(ctx, ids.get('long')!)).status).toBe('skipped');
    expect(server.hits('/a/long')).toBe(hits);
    await setPolicy('ALWAYS');
    expect((await runExtraction(ctx, ids.get('long')!)).status).toBe('ok');
    expect(server.hits('/a/long')).toBe(hits + 1);
  });

  it('puts a page back in the queue, with no attempt used, when its host would make it wait longer than allowed', async () => {
    await setPolicy('ALWAYS');
    // A fresh fetcher spacing requests to the host 1.5 s apart: robots.txt, then one page, fit in 2 s; the other does not.
    const settings = { ...store.config.settings, PAGE_FETCH_HOST_DELAY_MS: 1500, EXTRACT_MAX_HOST_WAIT_MS: 2000 };
    const busyCtx: ExtractionContext = { ...ctx, pageFetcher: pageFetcherFromSettings(settings), settings };
    const guids = ['summary', 'long'];
    const before = await store.db.kysely.selectFrom('article_extractions').select(['article_id', 'attempts']).execute();
    const started = Date.now();
    const outcomes = await Promise.all(guids.map((g) => runExtraction(busyCtx, ids.get(g)!)));
    const deferred = outcomes.filter((o) => o.status === 'deferred');
    expect(outcomes.map((o) => o.status).sort()).toEqual(['deferred', 'ok']);
    for (const o of deferred) {
      expect(Date.parse(o.retryAt!)).toBeGreaterThan(started + 2000);
      expect(o.error).toBeNull();
      const was = before.find((r) => r.article_id === o.articleId)?.attempts ?? null;
      const now = await store.db.kysely.selectFrom('article_extractions').select('attempts').where('article_id', '=', o.articleId).executeTakeFirst();
      expect(now?.attempts ?? null).toBe(was);
    }
  });
});
