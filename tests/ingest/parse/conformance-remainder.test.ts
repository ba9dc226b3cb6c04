import { describe, expect, it } from 'vitest';
import { normalizeFeed, type NormalizedFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { repairMojibake } from '../../../src/ingest/normalize/repair-mojibake.ts';
import { parseFeedSync } from '../../../src/ingest/parse/parse-feed.ts';

/**
 * The classes issue 12 left open, each as small documents of our own read through parse + normalize: JSON Feed
 * authors as one object, Atom 0.3 links as element text, double-encoded UTF-8 and entities, Content-Language.
 */
const FETCHED = new Date('2026-03-01T12:00:00Z');

function read(text: string, languageHint: string | null = null): NormalizedFeed {
  return normalizeFeed(parseFeedSync(text), { feedUrl: 'https://news.example/feed', fetchedAt: FETCHED, languageHint });
}

const json = (doc: object) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', ...doc });

type Check = (feed: NormalizedFeed) => void;
const CASES: [string, string, Check][] = [
  ['JSON Feed `authors` written as one object', json({ items: [{ id: '1', url: 'https://news.example/1', content_text: 'x', authors: { name: 'Ada' } }] }),
    (f) => expect(f.articles[0]?.authors).toEqual(['Ada'])],
  ['JSON Feed 1.0 `author` object on the item', json({ items: [{ id: '1', url: 'https://news.example/1', content_text: 'x', author: { name: 'Bo' } }] }),
    (f) => expect(f.articles[0]?.authors).toEqual(['Bo'])],
  ['JSON Feed feed-level `authors` object inherited by items', json({ authors: { name: 'Desk' }, items: [{ id: '1', url: 'https://news.example/1', content_text: 'x' }] }),
    (f) => expect(f.articles[0]?.authors).toEqual(['Desk'])],
  ['JSON Feed empty `authors` array falls back to `author`', json({ items: [{ id: '1', content_text: 'x', authors: [], author: { name: 'Cy' } }] }),
    (f) => expect(f.articles[0]?.authors).toEqual(['Cy'])],
  ['Atom 0.3 entry link written as element text', '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><link>https://news.example/</link><entry><id>a</id><title>x</title><link>https://news.example/a</link></entry></feed>',
    (f) => {
      expect(f.meta.siteUrl).toBe('https://news.example/');
      expect(f.articles[0]?.url).toBe('https://news.example/a');
    }],
  ['an href wins over element text', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><title>x</title><link href="https://news.example/h">https://news.example/t</link></entry></feed>',
    (f) => expect(f.articles[0]?.url).toBe('https://news.example/h')],
  ['a rel="self" link text is not the item link', '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>a</id><title>x</title><link rel="self">https://news.example/self</link></entry></feed>',
    (f) => expect(f.articles[0]?.canonicalUrl).toBeNull()],
  ['double-encoded UTF-8 in a title', '<rss version="2.0"><channel><title>CafÃ© news</title><item><title>donâ€™t stop</title><link>https://news.example/1</link></item></channel></rss>',
    (f) => expect([f.meta.title, f.articles[0]?.title]).toEqual(['Café news', 'don’t stop'])],
  ['double-encoded UTF-8 in content', '<rss version="2.0"><channel><item><title>t</title><description>Ã¼ber â€“ fast</description></item></channel></rss>',
    (f) => expect(f.articles[0]?.text).toBe('über – fast')],
  ['correct Latin-1 text is left alone', '<rss version="2.0"><channel><item><title>Größe, café, naïve — “ok” Ã</title></item></channel></rss>',
    (f) => expect(f.articles[0]?.title).toBe('Größe, café, naïve — “ok” Ã')],
  ['double-encoded entities in a title', '<rss version="2.0"><channel><item><title>Tom &amp;amp; Jerry&amp;#8217;s</title></item></channel></rss>',
    (f) => expect(f.articles[0]?.title).toBe('Tom & Jerry’s')],
  ['entities escaped three times in titles and text', '<rss version="2.0"><channel><title>Feed &amp;amp;amp; Co</title><item><title>Tom &amp;amp;amp; Jerry&amp;amp;#8217;s</title><description>Fish &amp;amp;amp; chips</description></item></channel></rss>',
    (f) => expect([f.meta.title, f.articles[0]?.title, f.articles[0]?.text, f.articles[0]?.contentHtml]).toEqual(['Feed & Co', 'Tom & Jerry’s', 'Fish & chips', 'Fish &amp; chips'])],
  ['an Atom text title escaped twice', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><title type="text">Q&amp;amp;A &lt;b&gt;</title></entry></feed>',
    (f) => expect(f.articles[0]?.title).toBe('Q&A <b>')],
  ['an untitled item is titled from its summary before its full content', json({ items: [{ id: '1', summary: 'Short summary', content_html: '<p>The long body begins here</p>' }] }),
    (f) => expect(f.articles[0]?.title).toBe('Short summary')],
  ['an untitled item without a summary is titled from its content', '<rss version="2.0"><channel><item><guid>g</guid><description>&lt;p&gt;Only a body&lt;/p&gt;</description></item></channel></rss>',
    (f) => expect(f.articles[0]?.title).toBe('Only a body')],
  // HTML escaped twice reads as escaped markup, as feedparser, Miniflux, gofeed and yarr all show it: the reader sees
  // the tags as text (was unescaped once before the peers were compared).
  ['HTML escaped twice in a description is shown as written', '<rss version="2.0"><channel><item><title>t</title><description>&amp;lt;p&amp;gt;Para &amp;amp;amp; more&amp;lt;/p&amp;gt;</description></item></channel></rss>',
    (f) => expect([f.articles[0]?.text, f.articles[0]?.contentHtml]).toEqual(['<p>Para & more</p>', '&lt;p&gt;Para &amp; more&lt;/p&gt;'])],
  ['an item whose only content is a video still inside media:content is kept, with that image',
    '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title></title><media:content><media:player url="https://v.example/p/1"/><media:thumbnail url="https://v.example/still/1.jpg"/></media:content></item></channel></rss>',
    (f) => expect(f.articles.map((a) => a.imageUrl)).toEqual(['https://v.example/still/1.jpg'])],
  ['an audio player in the content keeps its source',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><title>ep</title><content:encoded><![CDATA[<audio src="https://news.example/ep.mp3" controls></audio>]]></content:encoded></item></channel></rss>',
    (f) => expect(f.articles[0]?.contentHtml).toContain('src="https://news.example/ep.mp3"')],
  ['a gallery of image media:content is every enclosure, the first the image',
    '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>g</title><link>https://news.example/g</link><media:content url="https://img.example/1.jpg" medium="image"/><media:content url="https://img.example/2.jpg" type="image/jpeg"/></item></channel></rss>',
    (f) => expect([f.articles[0]?.enclosures.map((e) => e.url), f.articles[0]?.imageUrl]).toEqual([['https://img.example/1.jpg', 'https://img.example/2.jpg'], 'https://img.example/1.jpg'])],
  ['escaped markup inside CDATA is shown as written', '<rss version="2.0"><channel><item><title>t</title><description><![CDATA[&lt;em&gt;quoted&lt;/em&gt; tag]]></description></item></channel></rss>',
    (f) => expect(f.articles[0]?.text).toBe('<em>quoted</em> tag')],
  ['escaped text that only mentions "<" stays text', '<rss version="2.0"><channel><item><title>t</title><description>if a &amp;lt; b then</description></item></channel></rss>',
    (f) => expect(f.articles[0]?.text).toBe('if a < b then')],
  ['HTML with real tags and an escaped example keeps the example', '<rss version="2.0"><channel><item><title>t</title><description>&lt;p&gt;Write &amp;lt;p&amp;gt; for a paragraph&lt;/p&gt;</description></item></channel></rss>',
    (f) => expect(f.articles[0]?.text).toBe('Write <p> for a paragraph')],
  ['an out-of-range offset is clamped and warned about', '<rss version="2.0"><channel><item><title>t</title><pubDate>2024-03-01T10:00:00+15:00</pubDate></item><item><title>u</title><pubDate>2024-03-01T10:00:00+14:00</pubDate></item></channel></rss>',
    (f) => {
      expect(f.articles.map((a) => a.publishedAt)).toEqual(['2024-02-29T20:00:00.000Z', '2024-02-29T20:00:00.000Z']);
      expect(f.tally.clampedDates).toBe(1);
    }],
  // every entry that says anything is an item, as readers keep them
  ['an item with only a guid is kept, with an empty title', '<rss version="2.0"><channel><item><guid>abc123</guid></item></channel></rss>',
    (f) => expect(f.articles.map((a) => [a.guid, a.title])).toEqual([['abc123', '']])],
  ['an item with only a date is kept', '<rss version="2.0"><channel><item><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate></item></channel></rss>',
    (f) => expect(f.articles.map((a) => [a.publishedAt, a.publishedAtEstimated])).toEqual([['2004-01-01T19:48:21.000Z', false]])],
  ['an item with only an author is kept', '<rss version="2.0"><channel><item><author>Author Name</author></item></channel></rss>',
    (f) => expect(f.articles.map((a) => a.authors)).toEqual([['Author Name']])],
  ['an item with only categories is kept', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><category term="t1"/></entry></feed>',
    (f) => expect(f.articles.map((a) => a.categories)).toEqual([['t1']])],
  ['an item with nothing in it is skipped', '<rss version="2.0"><channel><item><title> </title><description/></item><item><title>kept</title></item></channel></rss>',
    (f) => {
      expect(f.articles.map((a) => a.title)).toEqual(['kept']);
      expect(f.tally.empty).toBe(1);
    }],
  ['itunes:keywords are categories', '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><item><title>t</title><itunes:keywords>one, two</itunes:keywords></item></channel></rss>',
    (f) => expect(f.articles[0]?.categories).toEqual(['one', 'two'])],
];

describe('feed conformance: the remaining classes', () => {
  it.each(CASES)('%s', (_name, text, check) => check(read(text)));
});

describe('Content-Language as a language hint', () => {
  const rss = (lang: string) => `<rss version="2.0"><channel>${lang}<item><title>t</title><link>https://news.example/1</link></item></channel></rss>`;
  it.each([
    ['no declared language: the header is used', rss(''), 'de-at', 'de-AT'],
    ['the feed declaration wins', rss('<language>fr</language>'), 'de', 'fr'],
    ['a junk header is ignored', rss(''), '*', null],
    ['no header, no declaration', rss(''), null, null],
  ] as const)('%s', (_name, text, header, expected) => {
    const f = read(text, header);
    expect(f.meta.language).toBe(expected);
    expect(f.articles[0]?.language).toBe(expected);
  });
});

describe('repairMojibake', () => {
  it.each([
    ['donâ€™t', 'don’t'],
    ['Ã©tÃ© Ã\u00a0Paris', 'été àParis'],
    ['Ã  with a plain space stays (the byte is lost)', 'Ã  with a plain space stays (the byte is lost)'],
    ['Â© 2026', '© 2026'],
    ['æ—¥æœ¬', '日本'],
    ['mixed 日本 and donâ€™t', 'mixed 日本 and don’t'],
    ['café', 'café'],
    ['Ã', 'Ã'],
    ['ü ß', 'ü ß'],
    ['plain ascii', 'plain ascii'],
  ])('%s -> %s', (input, expected) => expect(repairMojibake(input)).toBe(expected));
});
