import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { createTestDatabaseUrl } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { runCli } from '../support/run-cli.ts';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour desk</title><link>https://harbour.example/</link>
<item><guid>h-1</guid><title>Ferry strike ends</title><link>https://harbour.example/a/1</link><pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate></item>
</channel></rss>`;
const PAGE = (href: string) =>
  `<!doctype html><html><head><title>Harbour</title><link rel="alternate" type="application/rss+xml" title="News" href="${href}"></head><body>hi</body></html>`;

// The CLI as operators run it: a real child process, real SQLite file, feeds on a local HTTP server.
describe('newsgraph CLI', () => {
  let server: FixtureServer;
  let db: { url: string; drop(): Promise<void> };
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.reply('/rss.xml', { headers: { 'content-type': 'application/rss+xml' }, body: FEED });
    server.reply('/', { headers: { 'content-type': 'text/html' }, body: PAGE('/rss.xml') });
    db = await createTestDatabaseUrl('sqlite');
    env = { DATABASE_URL: db.url, ALLOW_PRIVATE_NETWORKS: 'true' };
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('migrates and reports it as JSON', async () => {
    const r = await runCli(['migrate', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: Object.keys(migrations).length });
  });

  it('adds a feed by autodiscovery from a web page, and refuses duplicates and bad URLs with clear errors', async () => {
    const r = await runCli(['feeds', 'add', server.url('/'), '--source', 'Harbour Times', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.feed.url).toBe(server.url('/rss.xml'));
    expect(out.discoveredFrom).toBe(server.url('/'));
    expect(out.source.name).toBe('Harbour Times');

    const dup = await runCli(['feeds', 'add', server.url('/rss.xml')], env);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/error \[conflict\]: feed .* already exists/);

    const bad = await runCli(['feeds', 'add', 'ftp://nowhere/feed'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/error \[invalid_input\]/);
  });

  it('ingests one feed by URL, then lists feed health', async () => {
    const r = await runCli(['ingest', '--feed', server.url('/rss.xml'), '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ feeds: 1, ok: 1, itemsNew: 1, errors: 0 });

    const list = await runCli(['feeds', 'list', '--json'], env);
    const feeds = JSON.parse(list.stdout);
    expect(feeds).toHaveLength(1);
    expect(feeds[0]).toMatchObject({ title: 'Harbour desk', source: 'Harbour Times', errorCount: 0, enabled: true });
    expect(feeds[0].lastFetchedAt).not.toBeNull();
    expect(feeds[0].nextFetchReason).toBeTruthy();

    const table = await runCli(['feeds', 'list'], env);
    expect(table.stdout).toMatch(/next fetch/);
    expect(table.stdout).toContain(server.url('/rss.xml'));
  });

  it('disables and enables a feed', async () => {
    const off = await runCli(['feeds', 'disable', server.url('/rss.xml'), '--reason', 'testing', '--json'], env);
    expect(JSON.parse(off.stdout)).toMatchObject({ enabled: false, disabledReason: 'testing' });
    const on = await runCli(['feeds', 'enable', server.url('/rss.xml'), '--json'], env);
    expect(JSON.parse(on.stdout)).toMatchObject({ enabled: true, nextFetchReason: 'manual' });
  });

  it('imports OPML with a per-outline report and exports it back', async () => {
    const file = join(db.url, '..', 'subs.opml');
    writeFileSync(
      file,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
        <outline text="World"><outline text="Harbour" xmlUrl="${server.url('/rss.xml')}"/>
          <outline text="Nested"><outline text="Other" type="rss" xmlUrl="https://other.example/feed.xml" htmlUrl="https://other.example/"/></outline>
        </outline>
        <outline text="Again" xmlUrl="https://other.example/feed.xml"/>
        <outline text="No url"/>
      </body></opml>`,
    );
    const r = await runCli(['opml', 'import', file, '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ added: 1, duplicates: 2, invalid: 1 });
    expect(report.lines.find((l: { status: string }) => l.status === 'added').outline).toBe('World > Nested > Other');

    const exp = await runCli(['opml', 'export'], env);
    expect(exp.code).toBe(0);
    expect(exp.stdout).toContain('xmlUrl="https://other.example/feed.xml"');
    expect(exp.stdout).toContain(`xmlUrl="${server.url('/rss.xml')}"`);

    const missing = await runCli(['opml', 'import', join(db.url, '..', 'nope.opml')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it('removes a feed and keeps its articles', async () => {
    const r = await runCli(['feeds', 'remove', 'https://other.example/feed.xml', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse((await runCli(['feeds', 'list', '--json'], env)).stdout);
    expect(list.map((f: { url: string }) => f.url)).toEqual([server.url('/rss.xml')]);
    const gone = await runCli(['feeds', 'remove', 'https://other.example/feed.xml'], env);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/not_found/);
  });

  it('exits non-zero only when a pass cannot run', async () => {
    const noDb = await runCli(['ingest'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing' });
    expect(noDb.code).toBe(1);
    expect(noDb.stderr).toMatch(/error \[/);
    const badConfig = await runCli(['ingest'], { ...env, PORT: 'not-a-port' });
    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr).toMatch(/error \[config\]: invalid configuration: PORT/);
    // A failing feed is not a failing pass.
    server.reply('/rss.xml', { status: 503, body: 'down' });
    const failing = await runCli(['ingest', '--all', '--json'], env);
    expect(failing.code, failing.stderr).toBe(0);
    expect(JSON.parse(failing.stdout)).toMatchObject({ errors: 1, errorsByCode: { http_5xx: 1 } });
  });
});
