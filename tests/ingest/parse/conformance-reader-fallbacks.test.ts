import { describe, expect, it } from 'vitest';
import { normalizeFeed, type NormalizedFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { sanitizeHtml } from '../../../src/ingest/normalize/sanitize-html.ts';
import { parseFeedSync } from '../../../src/ingest/parse/parse-feed.ts';

/**
 * What a reader shows when a feed leaves something out (issue 12, the classes left after session 4): a feed without
 * a title or home page, an item without a link, a title made only of markup, JSON Feed author fields side by side,
 * Dublin Core "name (mailto:…)" creators, iframe fallback text, a podcast summary. Inputs are our own.
 */
const FETCHED = new Date('2026-03-01T12:00:00Z');
const FEED_URL = 'https://paper.example/news/feed.xml';

function read(text: string): NormalizedFeed {
  return normalizeFeed(parseFeedSync(text), { feedUrl: FEED_URL, fetchedAt: FETCHED });
}

const rss = (channel: string) => `<rss version="2.0"><channel>${channel}</channel></rss>`;
const json = (doc: object) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', ...doc });
const rdf = (body: string) =>
  `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">${body}</rdf:RDF>`;

type Check = (feed: NormalizedFeed) => void;
const CASES: [string, string, Check][] = [
  // Feed title and home page.
  // Four of five peers leave an untitled feed's title empty; its home page stays in siteUrl.
  ['an RSS channel without a title has none, and keeps its home page', rss('<link>https://paper.example/</link><item><title>a</title><link>https://paper.example/a</link></item>'),
    (f) => expect([f.meta.title, f.meta.declared.title, f.meta.siteUrl]).toEqual([null, null, 'https://paper.example/'])],
  ['a JSON Feed without a title or home page has no title and the feed URL as home page', json({ items: [{ id: '1', url: 'https://paper.example/1', content_text: 'x' }] }),
    (f) => expect([f.meta.title, f.meta.siteUrl, f.meta.declared.siteUrl]).toEqual([null, FEED_URL, null])],
  ['an Atom feed without a site link has the feed URL as home page', '<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><id>tag:paper.example,2026:1</id><title>a</title><link href="https://paper.example/a"/></entry></feed>',
    (f) => expect([f.meta.title, f.meta.siteUrl]).toEqual(['Desk', FEED_URL])],
  ['a title that reads empty as HTML is not replaced by a URL', rss('<title>&lt;img src="https://paper.example/logo.png"&gt;</title><link>https://paper.example/</link>'),
    (f) => expect(f.meta.title).toBeNull()],
  ['relative item links still resolve against the declared site, not the fallback', rss('<link>https://paper.example/</link><item><title>a</title><link>story/1</link></item>'),
    (f) => expect(f.articles[0]?.url).toBe('https://paper.example/story/1')],
  // Item URL when the item has no link of its own.
  ['an item with only an opaque guid links to the home page, with no canonical URL', rss('<link>https://paper.example/</link><item><title>Notice</title><guid isPermaLink="false">n-77</guid></item>'),
    (f) => expect([f.articles[0]?.url, f.articles[0]?.canonicalUrl, f.articles[0]?.dedupKey]).toEqual(['https://paper.example/', null, 'guid:n-77'])],
  ['a linkless podcast episode links to its first usable enclosure', rss('<link>https://paper.example/</link><item><title>Ep 4</title><guid isPermaLink="false">ep4</guid><enclosure url="  " type="audio/mpeg" length="1"/><enclosure url="https://cdn.paper.example/ep4.mp3" type="audio/mpeg" length="99"/></item>'),
    (f) => expect([f.articles[0]?.url, f.articles[0]?.canonicalUrl]).toEqual(['https://cdn.paper.example/ep4.mp3', null])],
  ['an Atom entry whose id is not a web URL links to the home page', '<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://paper.example/"/><entry><id>urn:uuid:0d6c</id><title>a</title></entry></feed>',
    (f) => expect([f.articles[0]?.url, f.articles[0]?.canonicalUrl]).toEqual(['https://paper.example/', null])],
  ['a linkless item of a feed without a declared home page has no url (never the feed file)', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>tag:paper.example,2026:9</id><title>a</title></entry></feed>',
    (f) => expect([f.meta.siteUrl, f.articles[0]?.url]).toEqual([FEED_URL, null])],
  ['two linkless items of one feed stay two articles', rss('<link>https://paper.example/</link><item><title>One</title><guid isPermaLink="false">1</guid></item><item><title>Two</title><guid isPermaLink="false">2</guid></item>'),
    (f) => expect(f.articles.map((a) => a.dedupKey)).toEqual(['guid:1', 'guid:2'])],
  ['a linkless item is never titled by the home page it falls back to', rss('<link>https://paper.example/</link><item><guid isPermaLink="false">x1</guid><pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate></item>'),
    (f) => expect([f.articles[0]?.title, f.articles[0]?.url]).toEqual(['', 'https://paper.example/'])],
  // Titles made of markup only.
  ['a title that is only an escaped closing tag is shown as written', rss('<item><title>&lt;/section&gt;</title><link>https://paper.example/s</link></item>'),
    (f) => expect(f.articles[0]?.title).toBe('</section>')],
  ['a title that is only a bare opening tag is shown as written', rss('<item><title>&lt;marquee&gt;</title><link>https://paper.example/m</link></item>'),
    (f) => expect(f.articles[0]?.title).toBe('<marquee>')],
  ['a script-only title never comes back as markup', rss('<item><title>&lt;script&gt;&lt;/script&gt;</title><link>https://paper.example/x</link></item>'),
    (f) => expect(f.articles[0]?.title).toBe('https://paper.example/x')],
  ['a title of a tag with attributes never comes back as markup', rss('<item><title>&lt;b onclick="x()"&gt;&lt;/b&gt;</title><link>https://paper.example/y</link></item>'),
    (f) => expect(f.articles[0]?.title).toBe('https://paper.example/y')],
  ['markup around words still reads as its words', rss('<item><title>&lt;b&gt;Big&lt;/b&gt; news</title><link>https://paper.example/z</link></item>'),
    (f) => expect(f.articles[0]?.title).toBe('Big news')],
  // Derived titles.
  ['an untitled JSON item is titled from its plain text before its HTML', json({ title: 'J', items: [{ id: '1', summary: '  ', content_text: 'Plain words first', content_html: '<p>Markup words</p>' }] }),
    (f) => expect(f.articles[0]?.title).toBe('Plain words first')],
  // Authors.
  ['JSON Feed 1.1 `authors` and the older `author` beside it are both listed, repeats once', json({ title: 'J', authors: [{ name: 'Lena Ortiz' }], author: { name: 'Desk Account' }, items: [{ id: '1', content_text: 'x' }] }),
    (f) => expect(f.articles[0]?.authors).toEqual(['Lena Ortiz', 'Desk Account'])],
  ['JSON Feed authors repeated in one list are listed once, in feed order', json({ title: 'J', items: [{ id: '1', content_text: 'x', authors: [{ name: 'Zoe' }, { name: 'Al' }, { name: 'Zoe' }] }] }),
    (f) => expect(f.articles[0]?.authors).toEqual(['Zoe', 'Al'])],
  ['a Dublin Core creator written "name (mailto:…)" is kept as written', rdf('<channel rdf:about="https://paper.example/rss"><title>R</title><link>https://paper.example/</link></channel><item rdf:about="https://paper.example/r1"><title>r</title><link>https://paper.example/r1</link><dc:creator>Ines Park (mailto:ines@paper.example)</dc:creator></item>'),
    (f) => expect(f.articles[0]?.authors).toEqual(['Ines Park (mailto:ines@paper.example)'])],
  ['an RSS author "email (name)" still reads as the name', rss('<item><title>t</title><link>https://paper.example/t</link><author>ines@paper.example (Ines Park)</author></item>'),
    (f) => expect(f.articles[0]?.authors).toEqual(['Ines Park'])],
  // Podcast channel summary.
  ['a podcast channel with only itunes:summary has that as its description', '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>P</title><itunes:summary>Weekly talk</itunes:summary></channel></rss>',
    () => expect(parseFeedSync('<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>P</title><itunes:summary>Weekly talk</itunes:summary></channel></rss>').description).toBe('Weekly talk')],
  // iframe fallback text.
  ['the fallback text inside an iframe is kept, the frame dropped', rss('<item><title>t</title><link>https://paper.example/v</link><description>Watch &lt;iframe src="https://video.example/1"&gt;&lt;i&gt;the clip&lt;/i&gt;&lt;/iframe&gt;</description></item>'),
    (f) => expect([f.articles[0]?.contentHtml, f.articles[0]?.text]).toEqual(['Watch <i>the clip</i>', 'Watch the clip'])],
];

describe('reader fallbacks and remaining text classes', () => {
  it.each(CASES)('%s', (_name, text, check) => check(read(text)));

  it('an iframe never survives sanitizing, whatever it holds', () => {
    const html = sanitizeHtml('<iframe src="https://video.example/1" onload="x()"><script>bad()</script>ok</iframe>', 'https://paper.example/');
    expect(html).toBe('ok');
  });
});
