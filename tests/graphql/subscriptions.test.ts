import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { articleAddedMatcher } from '../../src/graphql/article-added-filter.ts';
import { createInProcessArticleEvents } from '../../src/graphql/in-process-article-events.ts';
import { publishStoredArticles } from '../../src/graphql/publish-stored-articles.ts';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { testApi } from '../support/graphql.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { rssFeed } from '../support/rss.ts';
import { subscribe } from '../support/sse.ts';

/** A subscription over server-sent events, opened through yoga.fetch as a browser client would. */
async function openSubscription(yoga: ReturnType<typeof testApi>['yoga'], query: string, variables: Record<string, unknown>) {
  const { res, sse } = await subscribe((url, init) => Promise.resolve(yoga.fetch(url, init)), 'http://newsgraph.test/graphql', { query, variables });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return sse;
}

const SUBSCRIPTION = `subscription ($filter: ArticleAddedFilter) { articleAdded(filter: $filter) { id title language source { name } } }`;

const harbourItems = [
  { guid: 'h1', title: 'Harbour strike ends after overnight talks', link: 'https://harbour.example/1', date: 'Tue, 24 Nov 2026 09:00:00 GMT' },
  { guid: 'h2', title: 'Ferry timetable changes for winter', link: 'https://harbour.example/2', date: 'Tue, 24 Nov 2026 10:00:00 GMT' },
];
const karooItems = [{ guid: 'k1', title: 'Drought relief reaches Karoo farms', link: 'https://karoo.example/1', date: 'Tue, 24 Nov 2026 11:00:00 GMT' }];

describe.each(dialects)('articleAdded over server-sent events on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let api: ReturnType<typeof testApi>;
  let harbourSourceId: string;
  let karooSourceId: string;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    const rss = { 'content-type': 'application/rss+xml' };
    server.reply('/harbour.xml', { headers: rss, body: rssFeed({ title: 'Harbour Gazette', link: 'https://harbour.example/', extra: '<language>en-GB</language>' }, harbourItems) });
    server.reply('/karoo.xml', { headers: rss, body: rssFeed({ title: 'Karoo Dispatch', link: 'https://karoo.example/', extra: '<language>en-ZA</language>' }, karooItems) });
    api = testApi(store, { events: createInProcessArticleEvents() });
    const ctx = { repos: api.services.repos, config: store.config };
    harbourSourceId = (await addFeed(ctx, { url: server.url('/harbour.xml'), sourceName: 'Harbour Gazette', discover: false })).source.id;
    karooSourceId = (await addFeed(ctx, { url: server.url('/karoo.xml'), sourceName: 'Karoo Dispatch', discover: false })).source.id;
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('delivers each article an ingest pass stores to the subscribers whose filter it matches, and only to them', async () => {
    const { yoga, services } = api;
    const harbour = await openSubscription(yoga, SUBSCRIPTION, { filter: { sources: [encodeGlobalID('Source', harbourSourceId)] } });
    const strike = await openSubscription(yoga, SUBSCRIPTION, { filter: { query: '"harbour strike"' } });
    const everything = await openSubscription(yoga, SUBSCRIPTION, {});
    const nothing = await openSubscription(yoga, SUBSCRIPTION, { filter: { sources: [karooSourceId], query: 'harbour' } });

    const summary = await runIngestPass(
      { ...ingestContext(store), onStored: publishStoredArticles(services.events, services.repos) },
      { mode: { kind: 'all' }, trigger: 'cli' },
    );
    expect(summary.itemsNew).toBe(3);

    const titles = (events: any[]) => events.map((e) => e.data.articleAdded.title).sort();
    expect(titles(await everything.next(3))).toEqual([...harbourItems, ...karooItems].map((i) => i.title).sort());
    expect(titles(await harbour.next(2))).toEqual(harbourItems.map((i) => i.title).sort());
    const [hit] = await strike.next(1);
    expect(hit.data.articleAdded).toMatchObject({ title: 'Harbour strike ends after overnight talks', source: { name: 'Harbour Gazette' } });
    const stored = await services.repos.articles.getByIds([decodeGlobalID(hit.data.articleAdded.id).id]);
    expect(stored.map((a) => a.title)).toEqual(['Harbour strike ends after overnight talks']);

    // Publishing reaches every listener synchronously; give the streams a moment, then nothing more may have come.
    await new Promise((r) => setTimeout(r, 100));
    expect(titles(await harbour.close())).toHaveLength(2);
    expect(await strike.close()).toHaveLength(1);
    expect(await everything.close()).toHaveLength(3);
    expect(await nothing.close()).toEqual([]);
  });

  it('publishes nothing when a pass stores nothing new', async () => {
    const { yoga, services } = api;
    const everything = await openSubscription(yoga, SUBSCRIPTION, {});
    const summary = await runIngestPass(
      { ...ingestContext(store), onStored: publishStoredArticles(services.events, services.repos) },
      { mode: { kind: 'all' }, trigger: 'cli' },
    );
    expect(summary.itemsNew).toBe(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(await everything.close()).toEqual([]);
  });

  it('refuses a filter naming something that is not a source, as a clear error', async () => {
    const feedId = encodeGlobalID('Feed', 'x');
    const sub = await openSubscription(api.yoga, SUBSCRIPTION, { filter: { sources: [feedId] } });
    // The error arrives as the stream's one result, and the stream ends.
    const [result] = await sub.next(1);
    expect(result.data ?? null).toBeNull();
    expect(result.errors.map((e: { message: string }) => e.message)).toEqual([`filter.sources: ${feedId} is not a Source id`]);
    expect(await sub.close()).toHaveLength(1);
  });
});

describe('articleAddedMatcher', () => {
  const article = (over: Partial<Article>): Article =>
    ({
      id: 'A1',
      sourceId: 'S1',
      title: 'Ceasefire talks resume in Doha',
      excerpt: 'Negotiators met again on Tuesday.',
      text: 'Negotiators met again on Tuesday. The Élysée welcomed the move.',
      language: 'en-GB',
      ...over,
    }) as Article;

  it.each([
    ['no filter', {}, true],
    ['its source', { sourceIds: ['S1'] }, true],
    ['another source', { sourceIds: ['S2'] }, false],
    ['a primary language tag', { languages: ['en'] }, true],
    ['the exact tag, any case', { languages: ['EN-gb'] }, true],
    ['another language', { languages: ['fr'] }, false],
    ['en does not match eng', { languages: ['e'] }, false],
    ['a word in the title', { query: 'ceasefire' }, true],
    ['words anywhere, all required', { query: 'doha negotiators' }, true],
    ['one word missing', { query: 'doha paris' }, false],
    ['a word inside another is not a match', { query: 'fire' }, false],
    ['a prefix', { query: 'cease*' }, true],
    ['a phrase', { query: '"talks resume"' }, true],
    ['a phrase out of order', { query: '"resume talks"' }, false],
    ['accents and case folded', { query: 'elysee' }, true],
    ['an excluded word present', { query: 'doha -tuesday' }, false],
    ['an excluded word absent', { query: 'doha -paris' }, true],
    ['all criteria together', { sourceIds: ['S1'], languages: ['en'], query: 'doha' }, true],
  ])('%s', (_name, filter, expected) => {
    expect(articleAddedMatcher(filter)(article({}))).toBe(expected);
  });

  it('does not match an article without a language when languages are asked for', () => {
    expect(articleAddedMatcher({ languages: ['en'] })(article({ language: null }))).toBe(false);
  });
});
