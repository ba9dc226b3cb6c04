import { describe, expect, it } from 'vitest';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { dialects } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { manualClock } from '../support/ingest-context.ts';
import { usePipelineFixture } from '../support/pipeline-fixture.ts';

/**
 * Issue 12 through the pipeline and the store: parse warnings kept per fetch and per feed, revision counts, the
 * Content-Language hint, the naming of new sources, and one feed read back through GraphQL as a client sees it.
 */
const RSS = { 'content-type': 'application/rss+xml' };

interface Item {
  guid: string;
  title: string;
  body: string;
  updated?: string;
  date?: string;
}

function feed(title: string, link: string, items: Item[], extra = ''): string {
  const xml = items
    .map(
      (i) =>
        `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title><link>${link}${i.guid}</link>` +
        `${i.date === undefined ? '' : `<pubDate>${i.date}</pubDate>`}` +
        `${i.updated === undefined ? '' : `<atom:updated>${i.updated}</atom:updated>`}<description>${i.body}</description></item>`,
    )
    .join('');
  return `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${title}</title><link>${link}</link>${extra}${xml}</channel></rss>`;
}

describe.each(dialects)('feed conformance through the pipeline on %s', (dialect) => {
  const clock = manualClock('2026-11-27T12:00:00Z');
  const fx = usePipelineFixture(dialect, clock);

  const pass = (feedIds: string[]) => runIngestPass(fx.ctx, { mode: { kind: 'feeds', feedIds }, trigger: 'cli' });
  const add = async (path: string, sourceName: string | null = 'Desk') =>
    (await addFeed(fx.ctx, { url: fx.server.url(path), sourceName, discover: false })).feed;

  it('keeps the parse warnings of a fetch on the fetch and the feed, and clears them when the feed is clean', async () => {
    const messy = feed('Desk', 'https://desk.example/', [
      { guid: 'a', title: 'First', body: 'old', date: 'Tue, 24 Nov 2026 10:00:00 GMT' },
      { guid: 'a', title: 'First', body: 'new facts', date: 'Tue, 24 Nov 2026 10:00:00 GMT', updated: '2026-11-25T10:00:00Z' },
      { guid: 'b', title: 'Second', body: 'x', date: 'the day before yesterday' },
    ]).replace('<title>Second</title>', '<title>Second <b>bold</title>');
    fx.server.reply('/messy.xml', { headers: RSS, body: messy });
    const f = await add('/messy.xml');
    await pass([f.id]);
    const after = (await fx.ctx.repos.feeds.getById(f.id))!;
    expect(after.parseWarnings.map((w) => [w.code, w.count])).toEqual([
      ['recovered_markup', 1],
      ['duplicate_items', 1],
      ['dates_unusable', 1],
    ]);
    const [fetch] = await fx.ctx.repos.fetches.listForFeed(f.id);
    expect(fetch!.parseWarnings).toEqual(after.parseWarnings);
    const first = (await fx.ctx.repos.articles.listAll()).find((a) => a.title === 'First')!;
    expect(first.text).toBe('new facts');

    clock.advance(3600);
    fx.server.reply('/messy.xml', { headers: RSS, body: feed('Desk', 'https://desk.example/', [{ guid: 'c', title: 'Clean', body: 'ok', date: 'Thu, 26 Nov 2026 10:00:00 GMT' }]) });
    await pass([f.id]);
    expect((await fx.ctx.repos.feeds.getById(f.id))!.parseWarnings).toEqual([]);
  });

  it('counts revisions: a newer changed copy is one more, the same copy is none, an older copy is ignored', async () => {
    const v = (body: string, updated: string) =>
      feed('Desk', 'https://desk.example/', [{ guid: 'r', title: 'Revised', body, date: 'Tue, 24 Nov 2026 10:00:00 GMT', updated }]);
    fx.server.reply('/rev.xml', { headers: RSS, body: v('first version', '2026-11-24T10:00:00Z') });
    const f = await add('/rev.xml');
    const revision = async () => (await fx.ctx.repos.articles.listAll())[0]!;

    await pass([f.id]);
    expect((await revision()).revisionCount).toBe(1);

    for (const [body, updated, count, text] of [
      ['second version', '2026-11-25T10:00:00Z', 2, 'second version'],
      ['second version', '2026-11-25T10:00:00Z', 2, 'second version'],
      ['a stale mirror', '2026-11-24T12:00:00Z', 2, 'second version'],
      ['third version', '2026-11-26T10:00:00Z', 3, 'third version'],
    ] as const) {
      clock.advance(3600);
      // A space keeps the body hash changing, so the parse is never skipped as an unchanged body.
      fx.server.reply('/rev.xml', { headers: RSS, body: `${v(body, updated)}${' '.repeat(count)}` });
      await pass([f.id]);
      const a = await revision();
      expect([a.revisionCount, a.text]).toEqual([count, text]);
    }
    expect((await revision()).updatedAt).toBe('2026-11-26T10:00:00.000Z');
  });

  it('takes the Content-Language header as the language of a feed that declares none', async () => {
    fx.server.reply('/lang.xml', {
      headers: { ...RSS, 'content-language': 'de-AT' },
      body: feed('Desk', 'https://desk.example/', [{ guid: 'l', title: 'Titel', body: 'Text', date: 'Tue, 24 Nov 2026 10:00:00 GMT' }]),
    });
    const f = await add('/lang.xml');
    await pass([f.id]);
    expect((await fx.ctx.repos.feeds.getById(f.id))!.language).toBe('de-AT');
    expect((await fx.ctx.repos.articles.listAll())[0]!.language).toBe('de-AT');
  });

  it('resolves relative item links against the Content-Location the response names', async () => {
    const body =
      '<rss version="2.0"><channel><title>Mirror</title>' +
      '<item><guid>m1</guid><title>Moved</title><link>story/1</link><description>&lt;a href="img/x"&gt;x&lt;/a&gt;</description></item></channel></rss>';
    fx.server.reply('/mirror.xml', { headers: { ...RSS, 'content-location': 'https://origin.example/feeds/main.xml' }, body });
    const f = await add('/mirror.xml');
    await pass([f.id]);
    const [article] = await fx.ctx.repos.articles.listAll();
    expect(article!.url).toBe('https://origin.example/feeds/story/1');
    expect(article!.contentHtml).toContain('href="https://origin.example/feeds/img/x"');
  });

  it('names sources after their feeds, so two outlets on one host are two sources', async () => {
    const item = (guid: string) => [{ guid, title: `Story ${guid}`, body: 'x', date: 'Tue, 24 Nov 2026 10:00:00 GMT' }];
    fx.server.reply('/alice/feed.xml', { headers: RSS, body: feed('Alice Writes - RSS feed', fx.server.url('/alice/'), item('a1')) });
    fx.server.reply('/bob/feed.xml', { headers: RSS, body: feed('Bob Builds', fx.server.url('/bob/'), item('b1')) });
    fx.server.reply('/alice/travel.xml', { headers: RSS, body: feed('Alice Writes - Travel', fx.server.url('/alice/'), item('a2')) });

    // Discovery reads the feed it fetches: the source is named before the first ingest.
    const alice = (await addFeed(fx.ctx, { url: fx.server.url('/alice/feed.xml') })).source;
    expect([alice.name, alice.nameOrigin]).toEqual(['Alice Writes', 'feed']);
    // Without network (OPML without a title) the host names it first; the first fetch moves the feed.
    const bob = await add('/bob/feed.xml', null);
    const host = new URL(fx.server.url('/')).hostname;
    expect((await fx.ctx.repos.sources.getById(bob.sourceId))!.name).toBe(host);
    await pass([bob.id]);
    const bobNow = (await fx.ctx.repos.feeds.getById(bob.id))!;
    expect((await fx.ctx.repos.sources.getById(bobNow.sourceId))!.name).toBe('Bob Builds');
    const [bobArticle] = await fx.ctx.repos.articles.listRecent(5, { feedId: bob.id });
    expect(bobArticle!.sourceId).toBe(bobNow.sourceId);
    // A section feed of a known outlet joins its source.
    const travel = (await addFeed(fx.ctx, { url: fx.server.url('/alice/travel.xml') })).source;
    expect(travel.id).toBe(alice.id);
  });

  it('serves what a podcast-style feed says through GraphQL: ids, people, tags, media, dates, format and warnings', async () => {
    const body =
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Pod Desk</title><link>https://pod.example/</link>' +
      // A repeated guid: the copy updated later is the one kept, whatever its place in the document.
      '<item><guid isPermaLink="false">ep-2</guid><title>Episode two</title><link>https://pod.example/2026/11/20/ep-2</link><description>newer notes</description>' +
      '<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate><atom:updated>2026-11-21T09:00:00Z</atom:updated></item>' +
      '<item><guid isPermaLink="false">ep-1</guid><title>Episode one</title><link>https://pod.example/ep-1</link><description>notes</description>' +
      '<dc:creator>Ana Ruiz</dc:creator><category>Science</category><category>Space</category>' +
      '<enclosure url="https://cdn.pod.example/ep-1.mp3" type="audio/mpeg" length="1234"/><enclosure url="https://cdn.pod.example/ep-1.jpg" type="image/jpeg" length="0"/>' +
      '<pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item>' +
      '<item><guid isPermaLink="false">ep-2</guid><title>Episode two</title><link>https://pod.example/2026/11/20/ep-2</link><description>first notes</description>' +
      '<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>' +
      // No date at all: the link's /YYYY/MM/DD/ path dates it, marked estimated.
      '<item><guid isPermaLink="false">ep-3</guid><title>Episode three</title><link>https://pod.example/2026/11/22/ep-3</link><description>late notes</description></item>' +
      '</channel></rss>';
    fx.server.reply('/pod.xml', { headers: RSS, body });
    const f = await add('/pod.xml');
    await pass([f.id]);
    const api = testApi(fx.store);
    const r = await api.gql(`{
      sources { name feeds { format parseWarnings { code count } } }
      articles(first: 10, orderBy: NEWEST) { edges { node {
        guid title text authors categories imageUrl publishedAt publishedAtEstimated updatedAt revisionCount enclosures { url type length }
      } } }
    }`);
    expect(r.errors).toBeUndefined();
    const pod = r.data.sources.find((s: { name: string }) => s.name === 'Desk');
    expect(pod.feeds).toEqual([{ format: 'RSS', parseWarnings: [{ code: 'DUPLICATE_ITEMS', count: 1 }] }]);
    const byGuid = new Map(r.data.articles.edges.map((e: { node: { guid: string } }) => [e.node.guid, e.node]));
    expect([...byGuid.keys()].sort()).toEqual(['ep-1', 'ep-2', 'ep-3']);
    expect(byGuid.get('ep-1')).toMatchObject({
      authors: ['Ana Ruiz'],
      categories: ['Science', 'Space'],
      imageUrl: 'https://cdn.pod.example/ep-1.jpg',
      publishedAt: '2026-11-19T09:00:00.000Z',
      publishedAtEstimated: false,
      updatedAt: null,
      revisionCount: 1,
      enclosures: [
        { url: 'https://cdn.pod.example/ep-1.mp3', type: 'audio/mpeg', length: 1234 },
        // A zero length is the publisher's "unknown".
        { url: 'https://cdn.pod.example/ep-1.jpg', type: 'image/jpeg', length: null },
      ],
    });
    expect(byGuid.get('ep-2')).toMatchObject({ text: 'newer notes', updatedAt: '2026-11-21T09:00:00.000Z', publishedAtEstimated: false });
    expect(byGuid.get('ep-3')).toMatchObject({ publishedAt: '2026-11-22T12:00:00.000Z', publishedAtEstimated: true });
  });
});
