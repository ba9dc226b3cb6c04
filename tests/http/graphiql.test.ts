import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../src/cli/start-service.ts';
import { GRAPHIQL_CSP } from '../../src/graphql/graphiql-page.ts';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';
import { testRuntime } from '../support/ingest-context.ts';

/**
 * GraphiQL as an analyst on a closed network meets it: the real service on 127.0.0.1, its page and every asset from
 * the service itself under a CSP, opened in Debian's Chromium with every request to another host refused.
 */

const CHROMIUM = '/usr/bin/chromium';
// Locally a missing browser skips the browser test with a message; in CI it must run (.ci/run installs it).
const runBrowser = existsSync(CHROMIUM) || !!process.env.CI;
if (!runBrowser) console.warn(`\n[newsgraph] ${CHROMIUM} is missing: the GraphiQL browser test is SKIPPED.\n`);

const FEED_URL = 'https://harbour.example/rss.xml';

describe('self-hosted GraphiQL', () => {
  let store: TestStore;
  let service: RunningService;
  let url: string;

  beforeAll(async () => {
    store = await createTestStore('sqlite');
    const repos = createRepositories(store.db);
    await addFeed({ repos, config: store.config }, { url: FEED_URL, sourceName: 'Harbour Times', discover: false });
    service = await startService(testRuntime(store, repos), { scheduler: false, port: 0, host: '127.0.0.1' });
    url = service.url;
  });
  afterAll(async () => {
    await service?.stop();
    await store?.cleanup();
  });

  it('serves a page that loads everything from this service, with no inline script, under its CSP', async () => {
    const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(GRAPHIQL_CSP);
    expect(GRAPHIQL_CSP).toContain("script-src 'self';");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs, body] of scripts) {
      if (/type="application\/json"/.test(attrs!)) continue; // data, not run
      expect(attrs).toMatch(/ src="graphiql\//);
      expect(body).toBe('');
    }
    const refs = [...html.matchAll(/(?:src|href)="(graphiql\/[^"]+)"/g)].map((m) => m[1]!);
    expect(refs).toEqual(['graphiql/favicon.ico', 'graphiql/graphiql.css', 'graphiql/environment.js', 'graphiql/graphiql.js', 'graphiql/start.js']);
    for (const ref of [...refs, 'graphiql/workers/editor.worker.js', 'graphiql/workers/json.worker.js', 'graphiql/workers/graphql.worker.js']) {
      const r = await fetch(`${url}/${ref}`);
      expect(r.status, ref).toBe(200);
      expect(r.headers.get('content-type'), ref).toMatch(/^(text\/javascript|text\/css|image\/)/);
      expect(r.headers.get('etag'), ref).toBeTruthy();
      expect((await r.arrayBuffer()).byteLength, ref).toBeGreaterThan(0);
    }
  });

  it.each([
    ['GET', '/graphiql/nothing.js', 404],
    ['POST', '/graphiql/graphiql.js', 405],
  ])('%s %s -> %i', async (method, path, status) => {
    expect((await fetch(`${url}${path}`, { method })).status).toBe(status);
  });

  it('revalidates an asset by its ETag', async () => {
    const first = await fetch(`${url}/graphiql/start.js`);
    const again = await fetch(`${url}/graphiql/start.js`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  describe.runIf(runBrowser)('in Chromium, offline', () => {
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];
    const refused: string[] = [];

    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
      });
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      // No network but this service: a request anywhere else is refused and recorded.
      await page.route('**/*', (route) => {
        const target = route.request().url();
        if (target.startsWith(`${url}/`) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
        refused.push(target);
        return route.abort('internetdisconnected');
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as any).__cspViolations = [...((window as any).__cspViolations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
        });
      });
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('runs a query typed into the editor and shows its result', async () => {
      await page.goto(`${url}/graphql`);
      const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
      await editor.waitFor({ timeout: 90_000 });
      await editor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText('query Feeds { feeds(first: 5) { edges { node { url source { name } } } } }');
      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response');
      await response.getByText(FEED_URL, { exact: false }).first().waitFor({ timeout: 60_000 });
      const text = (await response.innerText()).replace(/\u00a0/g, ' ');
      expect(text).toContain(`"url": "${FEED_URL}"`);
      expect(text).toContain('"name": "Harbour Times"');
      expect(refused).toEqual([]);
      expect(await page.evaluate(() => (window as any).__cspViolations ?? [])).toEqual([]);
      expect(problems).toEqual([]);
    }, 180_000);
  });
});
