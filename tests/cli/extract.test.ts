/**
 * `newsgraph extract` and the full-text policy on the command line, as operators run them: real child processes,
 * a real SQLite file, pages and feeds on a local HTTP server.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { newsPage } from '../support/news-page.ts';
import { runCli } from '../support/run-cli.ts';

const PARAGRAPHS = [
  'The harbour authority confirmed on Tuesday that the ferry strike had ended after eleven days of talks between the unions and the operators.',
  'Crossings to the islands resume on Wednesday morning, with extra sailings planned for the weekend to clear the backlog of freight and passengers.',
  'Union leaders said the agreement raises wages in two steps and limits night shifts, while the operators said fares would not rise this year.',
];
const PAGE = newsPage(
  { title: 'Ferry strike ends', paragraphs: PARAGRAPHS, byline: 'Ines Moreau', publishedAt: '2026-11-24T10:00:00Z', url: 'https://harbour.example/a/1', language: 'en-GB', siteName: 'Harbour Times' },
  [{ title: 'Port fees rise again', url: 'https://harbour.example/a/0' }],
  'bem',
);

// Each test spawns the CLI (several times for the policy): generous time for a loaded machine; no timing is asserted.
describe('newsgraph extract', { timeout: 240_000 }, () => {
  let server: FixtureServer;
  let db: { url: string; drop(): Promise<void> };
  let env: Record<string, string>;
  let file: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.reply('/a/1', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE });
    server.reply('/robots.txt', { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n' });
    server.reply('/private/1', { headers: { 'content-type': 'text/html' }, body: PAGE });
    db = await createTestDatabaseUrl('sqlite');
    env = { DATABASE_URL: db.url, ALLOW_PRIVATE_NETWORKS: 'true' };
    file = join(db.url, '..', 'page.html');
    writeFileSync(file, PAGE);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('prints one JSON line per input: a file read from disk and a URL fetched', async () => {
    const r = await runCli(['extract', file, server.url('/a/1'), '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatchObject({ title: 'Ferry strike ends', byline: 'Ines Moreau', publishedAt: '2026-11-24T10:00:00.000Z', language: 'en-GB' });
      expect(line.text).toContain(PARAGRAPHS[2]);
      expect(line.text).not.toContain('Port fees rise again');
      expect(line.html).toContain('<p>');
    }
    // A file's links resolve against the page's canonical URL; a URL is its own.
    expect(lines[0].url).toBe('https://harbour.example/a/1');
    expect(lines[1].url).toBe(server.url('/a/1'));
  });

  it('resolves a file against --base-url', async () => {
    const r = await runCli(['extract', file, '--base-url', 'https://mirror.example/x', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe('https://mirror.example/x');
  });

  it('reports each failing input and exits 1, still printing the others', async () => {
    const r = await runCli(['extract', join(db.url, '..', 'missing.html'), server.url('/private/1'), file, '--json'], env);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['invalid_input', 'robots_disallowed', 'ok']);
    expect(server.hits('/private/1')).toBe(0);
  });

  it('sets the full-text policy with feeds add and feeds update, and keeps it through OPML', async () => {
    const feedXml = '<?xml version="1.0"?><rss version="2.0"><channel><title>H</title><link>https://h.example/</link></channel></rss>';
    server.reply('/rss.xml', { headers: { 'content-type': 'application/rss+xml' }, body: feedXml });
    const add = await runCli(['feeds', 'add', server.url('/rss.xml'), '--full-text', 'always', '--no-discover', '--json'], env);
    expect(add.code, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout).feed.fullText).toBe('ALWAYS');
    const bad = await runCli(['feeds', 'update', server.url('/rss.xml'), '--full-text', 'sometimes'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error [invalid_input]');
    const upd = await runCli(['feeds', 'update', server.url('/rss.xml'), '--full-text', 'NEVER', '--json'], env);
    expect(upd.code, upd.stderr).toBe(0);
    expect(JSON.parse(upd.stdout).fullText).toBe('NEVER');
    const exported = await runCli(['opml', 'export'], env);
    expect(exported.stdout).toContain('fullText="NEVER"');

    const other = await createTestDatabaseUrl('sqlite');
    try {
      const opml = join(other.url, '..', 'subs.opml');
      writeFileSync(opml, exported.stdout);
      const imported = await runCli(['opml', 'import', opml, '--json'], { ...env, DATABASE_URL: other.url });
      expect(imported.code, imported.stderr).toBe(0);
      const list = await runCli(['feeds', 'list', '--json'], { ...env, DATABASE_URL: other.url });
      expect(JSON.parse(list.stdout)[0].fullText).toBe('NEVER');
    } finally {
      await other.drop();
    }
  });
});
