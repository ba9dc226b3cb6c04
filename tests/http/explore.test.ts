import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../src/cli/start-service.ts';
import { EXPLORE_CSP } from '../../src/http/explore-page.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { seedClusteredWorldNews } from '../graphql/story-fixtures.ts';
import { testRuntime } from '../support/ingest-context.ts';

/**
 * The graph explorer as a user meets it: the real service (startService) on 127.0.0.1 over a store holding the
 * world-news corpus, enriched and clustered by the real code, opened in Debian's Chromium through playwright-core.
 * What the page shows is checked against what the GraphQL API answers for the same arguments.
 */

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
// Locally a missing browser skips the browser test with a message; in CI it must run (.ci/run installs it).
const runBrowser = hasChromium || !!process.env.CI;
if (!runBrowser) {
  console.warn(`\n[newsgraph] ${CHROMIUM} is missing: the explorer browser test is SKIPPED. Install it with \`apt-get install -y chromium\`.\n`);
}

const GRAPH = `query ($root: ID!, $depth: Int!, $limit: Int!) {
  relatedGraph(root: $root, depth: $depth, limit: $limit) { nodes { id kind label depth } edges { source target kind } }
}`;

interface Served {
  store: TestStore;
  service: RunningService;
  url: string;
}

async function serveWorldNews(dialect: (typeof dialects)[number], settings: Record<string, unknown> = {}): Promise<Served> {
  const store = await createTestStore(dialect, settings);
  const repos = createRepositories(store.db);
  await seedClusteredWorldNews(store.db, repos);
  const rt = testRuntime(store, repos);
  const service = await startService(rt, { scheduler: false, port: 0, host: '127.0.0.1' });
  return { store, service, url: service.url };
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, key?: string): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

describe.each(dialects)('graph explorer on %s', (dialect) => {
  let served: Served;

  beforeAll(async () => {
    served = await serveWorldNews(dialect);
  });
  afterAll(async () => {
    await served?.service.stop();
    await served?.store.cleanup();
  });

  it('serves the page and its assets with a self-only CSP, ETags and gzip; GET and HEAD only', async () => {
    const { url } = served;
    const page = await fetch(`${url}/explore`, { headers: { 'accept-encoding': 'identity' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toBe(EXPLORE_CSP);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).toContain('<script type="module" src="explore/explore.js"></script>');
    // No inline script or style for the CSP to block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style="/);

    for (const [path, type] of [
      ['/explore/explore.js', 'text/javascript; charset=utf-8'],
      ['/explore/explore.css', 'text/css; charset=utf-8'],
      ['/explore/vendor/cytoscape.esm.min.mjs', 'text/javascript; charset=utf-8'],
    ] as const) {
      const r = await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'identity' } });
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type')).toBe(type);
      expect(r.headers.get('content-security-policy')).toBe(EXPLORE_CSP);
      const body = Buffer.from(await r.arrayBuffer());
      expect(body.length).toBeGreaterThan(100);
      const etag = r.headers.get('etag')!;
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      // Revalidation is a header comparison.
      const again = await fetch(`${url}${path}`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
      // Compressed when the client takes it; the same bytes once inflated. (node:http, so nothing inflates it for us.)
      const raw = await rawGet(`${url}${path}`, { 'accept-encoding': 'gzip' });
      expect(raw.headers['content-encoding']).toBe('gzip');
      expect(raw.body.length).toBeLessThan(body.length);
      expect(gunzipSync(raw.body).equals(body)).toBe(true);
    }
    const cytoscape = await (await fetch(`${url}/explore/vendor/cytoscape.esm.min.mjs`)).text();
    expect(cytoscape).toMatch(/export\s*\{\s*\w+ as default\s*\}/);

    const head = await fetch(`${url}/explore`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${url}/explore`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${url}/explore/nope.js`)).status).toBe(404);
    const slash = await fetch(`${url}/explore/`, { redirect: 'manual' });
    expect(slash.status).toBe(308);
    expect(new URL(slash.headers.get('location')!, `${url}/explore/`).pathname).toBe('/explore');
    // The service lists the page among its endpoints.
    expect((await (await fetch(`${url}/`)).json()).endpoints).toContain('/explore');
  });

  describe.runIf(runBrowser)('in Chromium', () => {
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
      // The test's own pixel reads (getImageData) draw a performance hint; anything else is the page's.
      page = await openPage(browser, problems, (type, text) => type === 'warning' && text.includes('willReadFrequently'));
      // Anything the CSP blocks would break the page silently; record it.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as any).__cspViolations = [...((window as any).__cspViolations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
        });
      });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    const nodeCount = () => page.$eval('#node-count', (e) => Number((e as HTMLOutputElement).value));
    const idle = () => page.waitForFunction(() => !document.getElementById('graph-pane')!.hasAttribute('data-busy'));
    const drawnIds = () => page.evaluate(() => (window as any).newsgraphExplorer.cy.nodes().map((n: any) => n.id()) as string[]);

    it('lists the hottest stories, draws a picked story\'s graph and grows it where a node is clicked', async () => {
      const { url } = served;
      const hottest = (await gql(url, `{ stories(first: 20) { edges { node { id title } } } }`)).stories.edges.map((e: any) => e.node);
      expect(hottest.length).toBeGreaterThan(3);

      await page.goto(`${url}/explore`);
      const buttons = page.locator('#story-list button');
      await buttons.nth(hottest.length - 1).waitFor();
      expect(await buttons.count()).toBe(hottest.length);
      const listed = await buttons.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id));
      expect(listed).toEqual(hottest.map((s: any) => s.id));

      // Pick the hottest story: its depth-2 graph, as the API gives it, is drawn.
      const story = hottest[0];
      await buttons.first().click();
      const expected = (await gql(url, GRAPH, { root: story.id, depth: 2, limit: 100 })).relatedGraph;
      expect(expected.nodes.length).toBeGreaterThan(10);
      await page.waitForFunction((n) => Number((document.getElementById('node-count') as HTMLOutputElement).value) === n, expected.nodes.length);
      await idle();
      expect(new Set(await drawnIds())).toEqual(new Set(expected.nodes.map((n: any) => n.id)));
      expect(Number(await page.$eval('#edge-count', (e) => (e as HTMLOutputElement).value))).toBe(expected.edges.length);
      expect(await page.locator('#story-list button[aria-pressed="true"]').getAttribute('data-id')).toBe(story.id);
      expect(await page.textContent('#detail-title')).toBe(story.title);
      expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent(story.id)}`);

      // The canvas is really drawn: many painted pixels, and paint where the root node is said to be.
      const paint = await page.evaluate(() => {
        const api = (window as any).newsgraphExplorer;
        const box = document.getElementById('graph')!.getBoundingClientRect();
        let painted = 0;
        let atRoot = 0;
        const root = api.nodePosition(api.cy.nodes('.root').id());
        for (const canvas of document.querySelectorAll<HTMLCanvasElement>('#graph canvas')) {
          const ctx = canvas.getContext('2d')!;
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
          const scale = canvas.width / canvas.getBoundingClientRect().width;
          const px = ctx.getImageData(Math.round((root.x - box.left) * scale), Math.round((root.y - box.top) * scale), 1, 1).data;
          if (px[3]! > 0) atRoot++;
        }
        return { painted, atRoot };
      });
      expect(paint.painted).toBeGreaterThan(5000);
      expect(paint.atRoot).toBeGreaterThan(0);

      // A node whose neighbourhood reaches beyond the drawn graph, and that no other node crowds.
      const drawn = new Set(await drawnIds());
      const positions: Record<string, { x: number; y: number }> = await page.evaluate((ids) => {
        const api = (window as any).newsgraphExplorer;
        return Object.fromEntries(ids.map((id: string) => [id, api.nodePosition(id)]));
      }, [...drawn]);
      const box = (await page.locator('#graph').boundingBox())!;
      const inside = (p: { x: number; y: number }) => p.x > box.x + 10 && p.x < box.x + box.width - 10 && p.y > box.y + 10 && p.y < box.y + box.height - 10;
      const clear = (id: string) => Object.entries(positions).every(([other, p]) => other === id || Math.hypot(p.x - positions[id]!.x, p.y - positions[id]!.y) > 24);
      const byDepth = [...expected.nodes].sort((a: any, b: any) => b.depth - a.depth);
      let target: { id: string; label: string; kind: string } | null = null;
      let fresh: string[] = [];
      for (const n of byDepth) {
        if (!inside(positions[n.id]!) || !clear(n.id)) continue;
        const around = (await gql(url, GRAPH, { root: n.id, depth: 1, limit: 40 })).relatedGraph;
        fresh = around.nodes.map((x: any) => x.id).filter((id: string) => !drawn.has(id));
        if (fresh.length) {
          target = n;
          break;
        }
      }
      expect(target, 'a drawn node with neighbours outside the graph').not.toBeNull();

      // Click it with the mouse where it is drawn: it is shown in the side panel and its neighbours join the graph.
      const before = await nodeCount();
      const at = positions[target!.id]!;
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction((n) => Number((document.getElementById('node-count') as HTMLOutputElement).value) === n, before + fresh.length);
      await idle();
      expect(await page.getAttribute('#detail-body', 'data-node-id')).toBe(target!.id);
      expect(await page.textContent('#detail-title')).toBe(target!.label);
      expect(await page.textContent('#detail-body .kind-badge')).toBe(target!.kind.toLowerCase());
      const neighbours: string[] = await page.evaluate(
        (id) => (window as any).newsgraphExplorer.cy.getElementById(id).neighborhood('node').map((n: any) => n.id()),
        target!.id,
      );
      for (const id of fresh) expect(neighbours).toContain(id);
      expect(await page.textContent('#graph-status')).toMatch(new RegExp(`^Added ${fresh.length} neighbours?\\.$`));
    }, 120_000);

    it('searches stories through the API and lists what it finds', async () => {
      const { url } = served;
      const query = 'Ukraine';
      const found = (await gql(url, `query ($q: String) { stories(first: 20, filter: { query: $q }) { edges { node { id } } } }`, { q: query })).stories.edges.map(
        (e: any) => e.node.id,
      );
      const all = (await gql(url, `{ stories(first: 100) { edges { node { id } } } }`)).stories.edges;
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(all.length);
      await page.fill('#query', query);
      await page.press('#query', 'Enter');
      await page.waitForFunction(() => document.getElementById('stories-heading')!.textContent === 'Matching stories');
      await page.waitForFunction((n) => document.querySelectorAll('#story-list button').length === n, found.length);
      expect(await page.locator('#story-list button').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id))).toEqual(found);

      // A malformed query is reported, not thrown away.
      await page.fill('#query', '"unclosed');
      await page.press('#query', 'Enter');
      await page.waitForFunction(() => document.getElementById('stories-status')!.classList.contains('error'));
      expect(await page.textContent('#stories-status')).not.toBe('');
    }, 60_000);

    it('ran without page errors, console errors or CSP violations', async () => {
      expect(await page.evaluate(() => (window as any).__cspViolations ?? [])).toEqual([]);
      // The malformed search above answers 200 with a GraphQL error, which the page shows; nothing else may complain.
      expect(problems).toEqual([]);
    });
  });
});

describe.runIf(runBrowser)('graph explorer on a server that requires an API key', () => {
  const KEY = 'explorer-test-read-key';
  let served: Served;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    served = await serveWorldNews('sqlite', { API_REQUIRE_KEY: true, NEWSGRAPH_READ_KEYS: KEY });
    browser = await launchChromium();
    // Chromium reports every 401 answer on the console; those are the point of this test.
    page = await openPage(browser, problems, (type, text) => type === 'error' && text.includes('status of 401'));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await served?.service.stop();
    await served?.store.cleanup();
  });

  it('asks for a key when the API refuses, says when a key is wrong, and lists the stories with a right one', async () => {
    const { url } = served;
    const unauthorized = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stories(first: 1) { edges { node { id } } } }"}' });
    expect(unauthorized.status).toBe(401);
    const hottest = (await gql(url, `{ stories(first: 20) { edges { node { id } } } }`, {}, KEY)).stories.edges.map((e: any) => e.node.id);
    expect(hottest.length).toBeGreaterThan(3);

    await page.goto(`${url}/explore`);
    await page.waitForFunction(() => document.getElementById('stories-status')!.classList.contains('error'));
    expect(await page.textContent('#stories-status')).toMatch(/needs an API key/);
    expect(await page.isVisible('#key-form')).toBe(true);
    expect(await page.locator('#story-list button').count()).toBe(0);

    await page.fill('#api-key', 'not-the-key');
    await page.press('#api-key', 'Enter');
    await page.waitForFunction(() => /refused this API key/.test(document.getElementById('stories-status')!.textContent ?? ''));
    expect(await page.isVisible('#key-form')).toBe(true);

    await page.fill('#api-key', KEY);
    await page.press('#api-key', 'Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#story-list button').length === n, hottest.length);
    expect(await page.locator('#story-list button').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id))).toEqual(hottest);
    expect(await page.isVisible('#key-form')).toBe(false);
    expect(await page.isVisible('#forget-key')).toBe(true);
    // Kept for this tab only.
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([1, 0]);

    // Forgetting the key asks for one again.
    await page.click('#forget-key');
    await page.waitForFunction(() => !document.getElementById('key-form')!.hidden);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(problems).toEqual([]);
  }, 60_000);
});

/** A page whose errors and console complaints (but the expected ones) are pushed to `problems`. */
async function openPage(browser: Browser, problems: string[], expected: (type: string, text: string) => boolean): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (expected(m.type(), m.text())) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  return page;
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return import('node:http').then(
    (http) =>
      new Promise((resolve, reject) => {
        http
          .get(url, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
            res.on('error', reject);
          })
          .on('error', reject);
      }),
  );
}
