/**
 * The full-text policy and page extraction through GraphQL: addFeed/updateFeed set Feed.fullText; Article.summary
 * keeps the feed's content while contentHtml/text serve the page's body; Article.extraction tells how it went. The
 * extraction fields of a page of articles load in one statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { testApi } from '../support/graphql.ts';

const ADMIN = { authorization: 'Bearer secret-admin' };
const NOW = '2026-11-20T08:00:00.000Z';
const SUMMARY = 'Ministers met in Geneva.';
const BODY = 'Ministers met in Geneva on Monday for a third round of talks on the grain corridor, officials said.';

describe.each(dialects)('full text through GraphQL on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let server: FixtureServer;
  const ids: string[] = [];

  beforeAll(async () => {
    store = await createTestStore(dialect, { NEWSGRAPH_ADMIN_KEYS: 'secret-admin', FULL_TEXT_DEFAULT: 'NEVER' });
    api = testApi(store);
    server = await startFixtureServer();
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><link>https://news.example/</link></channel></rss>';
    for (const path of ['/a.xml', '/b.xml']) server.reply(path, { headers: { 'content-type': 'application/rss+xml' }, body: rss });
    const { repos } = api.services;
    const source = await repos.sources.ensure({ name: 'Wire' }, NOW);
    const feed = await repos.feeds.create({ sourceId: source.id, url: 'https://wire.example/rss', intervalSeconds: 3600 }, NOW);
    for (const n of [1, 2, 3]) {
      await repos.articles.upsertForFeed(
        store.db.kysely,
        feed,
        [{
          dedupKey: `guid:${n}`, guid: `${n}`, url: `https://wire.example/${n}`, canonicalUrl: `https://wire.example/${n}`, title: `Talks ${n}`,
          contentHtml: `<p>${SUMMARY}</p>`, text: SUMMARY, excerpt: SUMMARY, authors: [], categories: [], imageUrl: null, enclosures: [],
          language: 'en', publishedAt: `2026-11-20T0${n}:00:00.000Z`, publishedAtEstimated: false, updatedAt: null, contentHash: `h${n}`,
        }],
        NOW,
      );
    }
    for (const r of await store.db.kysely.selectFrom('articles').select('id').orderBy('published_at').execute()) ids.push(r.id);
    await repos.extractions.storeBody(ids[0]!, {
      pageUrl: 'https://wire.example/1', finalUrl: 'https://wire.example/1', html: `<p>${BODY}</p>`, text: BODY, hash: 'x', wordCount: 19,
      title: 'Talks 1', byline: 'Desk', publishedAt: null, modifiedAt: null, language: 'en', canonicalUrl: null, leadImage: null,
      section: 'World', siteName: 'Wire', etag: '"e"', lastModified: null, httpStatus: 200,
    }, NOW);
    await repos.extractions.recordFailure(ids[1]!, { status: 'failed', pageUrl: 'https://wire.example/2', code: 'http_5xx', message: 'HTTP 503', httpStatus: 503, nextAttemptAt: '2026-11-20T09:00:00.000Z' }, NOW);
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('adds a feed with a policy, defaults to FULL_TEXT_DEFAULT, and updates it', async () => {
    const add = await api.gql(
      `mutation($a: String!, $b: String!) { a: addFeed(url: $a, fullText: ALWAYS) { ... on AddFeedPayload { feed { id fullText } } }
                  b: addFeed(url: $b) { ... on AddFeedPayload { feed { id fullText } } } }`,
      { a: server.url('/a.xml'), b: server.url('/b.xml') },
      ADMIN,
    );
    expect(add.errors).toBeUndefined();
    expect(add.data.a.feed.fullText).toBe('ALWAYS');
    expect(add.data.b.feed.fullText).toBe('NEVER');
    const upd = await api.gql(
      `mutation($id: ID!) { updateFeed(id: $id, input: { fullText: AUTO }) { ... on UpdateFeedSuccess { feed { fullText } } } }`,
      { id: add.data.b.feed.id },
      ADMIN,
    );
    expect(upd.data.updateFeed.feed.fullText).toBe('AUTO');
  });

  it('serves the page body with the feed summary beside it, and the extraction state', async () => {
    const r = await api.gql(`{ articles(first: 3, orderBy: OLDEST) { edges { node { text summary contentHtml extraction { status source attempts fetchedAt byline error { code message } } } } } }`);
    expect(r.errors).toBeUndefined();
    const [one, two, three] = r.data.articles.edges.map((e: any) => e.node);
    expect(one).toMatchObject({ text: BODY, summary: SUMMARY, extraction: { status: 'OK', source: 'PAGE', attempts: 0, fetchedAt: NOW, byline: 'Desk', error: null } });
    expect(one.contentHtml).toContain(BODY);
    expect(two).toMatchObject({ text: SUMMARY, summary: SUMMARY, extraction: { status: 'FAILED', source: 'FEED', attempts: 1, error: { code: 'HTTP_5XX', message: 'HTTP 503' } } });
    expect(three).toMatchObject({ text: SUMMARY, summary: SUMMARY, extraction: null });
  });
});
