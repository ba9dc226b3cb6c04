import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import type { Article } from '../../src/domain/article.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { subscribeWorldNewsFeeds } from '../support/world-news-feeds.ts';
import { fixtureUrl } from '../support/fixtures.ts';

const corpus = fixtureUrl('world-news/');
interface Label {
  feed: string;
  guid: string;
  link: string;
  title: string;
  published: string;
  reactions: { evidence: string }[];
  non_reactions?: { evidence: string }[];
}
const labels = JSON.parse(readFileSync(new URL('labels.json', corpus), 'utf8')) as {
  feeds: Record<string, { outlet: string; site: string; encoding: string }>;
  articles: Label[];
};


const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(dialects)('world-news corpus through the real pipeline on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let articles: Article[];
  const feedIdByFile = new Map<string, string>();

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    const ctx = ingestContext(store);
    for (const [file, id] of await subscribeWorldNewsFeeds(ctx, server)) feedIdByFile.set(file, id);
    const summary = await runIngestPass(ctx, { mode: { kind: 'due' }, trigger: 'cli' });
    expect(summary.errors, JSON.stringify(summary.results.filter((r) => r.errorCode))).toBe(0);
    articles = await ctx.repos.articles.listAll();
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('stores every labelled item exactly once', () => {
    expect(articles).toHaveLength(labels.articles.length);
    expect(new Set(articles.map((a) => a.canonicalUrl)).size).toBe(labels.articles.length);
  });

  it.each(labels.articles.map((l) => [l.title, l] as const))('%s: title, link, date, author, decoded text', (_t, label) => {
    const a = articles.find((x) => x.url === label.link);
    expect(a, `no article with link ${label.link}`).toBeDefined();
    expect(a!.title).toBe(label.title);
    expect(a!.publishedAt).toBe(new Date(label.published).toISOString());
    expect(a!.publishedAtEstimated).toBe(false);
    expect(a!.authors.length).toBeGreaterThan(0);
    for (const name of a!.authors) expect(name).not.toMatch(/@|^\s|\s$/);
    const text = squash(a!.text);
    for (const r of [...label.reactions, ...(label.non_reactions ?? [])]) expect(text).toContain(squash(r.evidence));
    expect(text).not.toMatch(/\uFFFD|Ã[\u0080-\u00BF]/);
    expect(a!.contentHtml ?? '').not.toMatch(/<script|onclick|javascript:/i);
  });

  it('decodes the ISO-8859-1 feed', () => {
    const nile = articles.filter((a) => a.url?.startsWith('https://nileobserver.example/'));
    expect(nile.length).toBeGreaterThan(0);
    const all = nile.map((a) => a.text).join('\n');
    expect(all).toMatch(/Müller|café|Señor|Hernán/);
    expect(all).toContain('€');
  });

  it('records one ok fetch per feed and links each article to its feed', async () => {
    const ctx = ingestContext(store);
    for (const [file, feedId] of feedIdByFile) {
      const fetches = await ctx.repos.fetches.listForFeed(feedId);
      expect(fetches, file).toHaveLength(1);
      expect(fetches[0]!.status).toBe('ok');
      expect(fetches[0]!.itemsNew).toBe(labels.articles.filter((l) => l.feed === file).length);
    }
    for (const a of articles) expect(await ctx.repos.articles.feedIdsOf(a.id)).toHaveLength(1);
  });

  it('a second pass over the same feeds adds nothing', async () => {
    const ctx = ingestContext(store);
    const summary = await runIngestPass(ctx, { mode: { kind: 'all' }, trigger: 'cli' });
    expect(summary.feeds).toBe(6);
    expect(summary.itemsNew).toBe(0);
    expect(summary.itemsUpdated).toBe(0);
    expect(summary.unchanged).toBe(6);
    expect(await ctx.repos.articles.count()).toBe(labels.articles.length);
  });
});
