/**
 * The peer-suite cases through the whole service, for a sample: each case is served on loopback with the headers its
 * file declares, added as a feed of its own source, fetched in one ingest pass and read back through GraphQL. What
 * the API returns is compared, field by field, with what parse + normalize gave for the same bytes, so the
 * parse-level pass rates of peer-suites.ts can be trusted to hold for a user of the API.
 */
import { addFeed } from '../../src/ingest/add-feed.ts';
import { contentBase } from '../../src/ingest/fetch/content-location.ts';
import { decodeBody } from '../../src/ingest/fetch/decode-body.ts';
import { normalizeFeed } from '../../src/ingest/normalize/normalize-feed.ts';
import { parseFeedSync } from '../../src/ingest/parse/parse-feed.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore } from '../../tests/support/databases.ts';
import { startFixtureServer } from '../../tests/support/fixture-server.ts';
import { testApi } from '../../tests/support/graphql.ts';
import { ingestContext } from '../../tests/support/ingest-context.ts';

export interface ServedCase {
  name: string;
  bytes: Buffer;
  /** Response headers, lower-case names. */
  headers: Map<string, string>;
}

export interface ServiceAgreement {
  cases: number;
  fields: number;
  agreeing: number;
  differences: string[];
}

const QUERY = `query ($id: ID!) { feed(id: $id) { title siteUrl language source { articles(first: 100, orderBy: OLDEST) { edges { node {
  guid url title contentHtml authors categories publishedAt publishedAtEstimated enclosures { url type length } } } } } } }`;

interface ApiArticle {
  guid: string | null;
  url: string | null;
  title: string;
  contentHtml: string | null;
  authors: string[];
  categories: string[];
  publishedAt: string;
  publishedAtEstimated: boolean;
  enclosures: { url: string; type: string | null; length: number | null }[];
}

const keyOf = (a: { guid: string | null; url: string | null; title: string }) => `${a.guid ?? ''}|${a.url ?? ''}|${a.title}`;

export async function compareThroughService(cases: ServedCase[]): Promise<ServiceAgreement> {
  const store = await createTestStore('sqlite');
  const server = await startFixtureServer();
  const out: ServiceAgreement = { cases: 0, fields: 0, agreeing: 0, differences: [] };
  try {
    const ctx = ingestContext(store);
    const api = testApi(store);
    const feeds: { c: ServedCase; id: string; path: string }[] = [];
    for (const [i, c] of cases.entries()) {
      const path = `/case/${i}.xml`;
      server.reply(path, { status: 200, headers: { 'content-type': c.headers.get('content-type') ?? 'text/xml', ...Object.fromEntries(c.headers) }, body: c.bytes });
      const { feed } = await addFeed(ctx, { url: server.url(path), sourceName: `case ${i}`, discover: false });
      feeds.push({ c, id: feed.id, path });
    }
    await runIngestPass(ctx, { mode: { kind: 'feeds', feedIds: feeds.map((f) => f.id) }, trigger: 'cli' });
    for (const { c, id, path } of feeds) {
      const feedUrl = contentBase(server.url(path), c.headers.get('content-location') ?? null);
      let expected: ReturnType<typeof normalizeFeed> | null = null;
      try {
        const text = decodeBody(c.bytes, c.headers.get('content-type') ?? 'text/xml').text;
        expected = normalizeFeed(parseFeedSync(text), { feedUrl, fetchedAt: new Date(), languageHint: c.headers.get('content-language') ?? null });
      } catch {
        expected = null;
      }
      const r = await api.gql(QUERY, { id: Buffer.from(`Feed:${id}`).toString('base64') });
      const feed = r.data?.feed;
      out.cases++;
      const check = (field: string, ours: unknown, want: unknown) => {
        out.fields++;
        if (JSON.stringify(ours) === JSON.stringify(want)) out.agreeing++;
        else out.differences.push(`${c.name} ${field}: api ${JSON.stringify(ours)?.slice(0, 120)} parse ${JSON.stringify(want)?.slice(0, 120)}`);
      };
      const apiArticles: ApiArticle[] = (feed?.source?.articles?.edges ?? []).map((e: { node: ApiArticle }) => e.node);
      if (expected === null) {
        check('articles of an unreadable feed', apiArticles.length, 0);
        continue;
      }
      check('feed title', feed?.title ?? null, expected.meta.title);
      check('feed siteUrl', feed?.siteUrl ?? null, expected.meta.siteUrl);
      check('feed language', feed?.language ?? null, expected.meta.language);
      check('article count', apiArticles.length, expected.articles.length);
      const byKey = new Map(apiArticles.map((a) => [keyOf(a), a]));
      for (const want of expected.articles) {
        const got = byKey.get(keyOf(want));
        check('article present', got !== undefined, true);
        if (got === undefined) continue;
        check('contentHtml', got.contentHtml, want.contentHtml);
        check('authors', got.authors, want.authors);
        check('categories', got.categories, want.categories);
        check('enclosures', got.enclosures, want.enclosures);
        if (!want.publishedAtEstimated) check('publishedAt', [got.publishedAt, got.publishedAtEstimated], [want.publishedAt, false]);
      }
    }
  } finally {
    await server.close();
    await store.cleanup();
  }
  return out;
}
