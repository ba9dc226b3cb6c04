import { describe, expect, it } from 'vitest';
import type { RawFeed } from '../../../src/domain/raw-feed.ts';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';

/**
 * The classes of feed the peers' suites found unread, each written as small documents of our own: what a reader
 * must get out of them.
 */
const NS = {
  dc: 'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  rss1: 'xmlns="http://purl.org/rss/1.0/"',
  rdf: 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
  itunes: 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
  media: 'xmlns:media="http://search.yahoo.com/mrss/"',
  xhtml: 'xmlns:xhtml="http://www.w3.org/1999/xhtml"',
};

type Check = (feed: RawFeed) => void;

const CASES: [string, string, Check][] = [
  // content outside content:encoded
  ['RSS <xhtml:body> kept as markup', `<rss version="2.0" ${NS.xhtml}><channel><item><title>t</title><xhtml:body><xhtml:p>One <xhtml:b>two</xhtml:b> three</xhtml:p></xhtml:body></item></channel></rss>`,
    (f) => expect(f.items[0]?.contentHtml).toBe('<p>One <b>two</b> three</p>')],
  ['RSS <body> in the XHTML namespace', `<rss version="2.0"><channel><item><title>t</title><body xmlns="http://www.w3.org/1999/xhtml"><p>Body text</p></body></item></channel></rss>`,
    (f) => expect(f.items[0]?.contentHtml).toBe('<p>Body text</p>')],
  ['RSS <fullitem> with escaped HTML', `<rss version="2.0"><channel><item><title>t</title><fullitem>&lt;p&gt;Full&lt;/p&gt;</fullitem></item></channel></rss>`,
    (f) => expect(f.items[0]?.contentHtml).toBe('<p>Full</p>')],
  // documents rss-parser could not represent
  ['an empty <rss>', '<rss version="2.0"></rss>', (f) => expect(f.items).toEqual([])],
  ['an empty <rdf:RDF>', `<rdf:RDF ${NS.rdf} ${NS.rss1}></rdf:RDF>`, (f) => expect(f.items).toEqual([])],
  ['items directly under <rss>', '<rss version="0.91"><channel><title>c</title></channel><item><title>loose</title></item></rss>',
    (f) => expect(f.items.map((i) => i.title)).toEqual(['loose'])],
  ['prefixed RSS 1.0 elements', `<rdf:RDF ${NS.rdf} xmlns:rss="http://purl.org/rss/1.0/"><rss:channel><rss:title>C</rss:title></rss:channel><rss:item><rss:title>i</rss:title><rss:link>https://e.org/i</rss:link></rss:item></rdf:RDF>`,
    (f) => {
      expect(f.title).toBe('C');
      expect(f.items.map((i) => [i.title, i.link])).toEqual([['i', 'https://e.org/i']]);
    }],
  ['RSS 2.0 elements in the userland namespace', '<rss version="2.0"><channel xmlns="http://backend.userland.com/rss2"><title>U</title><item><title>u</title></item></channel></rss>',
    (f) => expect([f.title, f.items[0]?.title]).toEqual(['U', 'u'])],
  ['Atom elements under another prefix inside RSS', '<rss version="2.0" xmlns:a10="http://www.w3.org/2005/Atom"><channel><a10:link rel="self" href="https://e.org/feed"/><item><title>x</title><a10:updated>2020-01-01T00:00:00Z</a10:updated></item></channel></rss>',
    (f) => {
      expect(f.selfUrl).toBe('https://e.org/feed');
      expect(f.items[0]?.updated).toBe('2020-01-01T00:00:00Z');
    }],
  // Atom 0.3 base64
  ['Atom 0.3 base64 title and content', '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title mode="base64">SGVsbG8gd29ybGQ=</title><content type="text/html" mode="base64">PHA+SGk8L3A+</content></entry></feed>',
    (f) => expect([f.items[0]?.title, f.items[0]?.contentHtml]).toEqual(['Hello world', '<p>Hi</p>'])],
  // text constructs read in document order
  ['XHTML content keeps its text in order', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <em>B</em> C</div></title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">x <b>y</b> z</div></content></entry></feed>',
    (f) => expect([f.items[0]?.title, f.items[0]?.contentHtml]).toEqual(['A <em>B</em> C', 'x <b>y</b> z'])],
  ['mixed inline text of an RSS element keeps its order', '<rss version="2.0"><channel><item><title>one <b>two</b> three</title></item></channel></rss>',
    (f) => expect(f.items[0]?.title).toBe('one two three')],
  // podcast and extension metadata
  ['itunes:owner as the feed author, itunes:subtitle as its description', `<rss version="2.0" ${NS.itunes}><channel><itunes:subtitle>Sub</itunes:subtitle><itunes:owner><itunes:name>Owner</itunes:name><itunes:email>o@e.org</itunes:email></itunes:owner><item><title>t</title></item></channel></rss>`,
    (f) => {
      expect(f.description).toBe('Sub');
      expect(f.authors).toEqual([{ name: 'Owner', email: 'o@e.org', uri: null }]);
    }],
  ['googleplay:author', '<rss version="2.0" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel><googleplay:author>GP</googleplay:author><item><title>t</title></item></channel></rss>',
    (f) => expect(f.authors[0]?.name).toBe('GP')],
  ['media:title and media:description when the item has none', `<rss version="2.0" ${NS.media}><channel><item><media:group><media:title>MT</media:title><media:description>MD</media:description></media:group></item></channel></rss>`,
    (f) => expect([f.items[0]?.title, f.items[0]?.summaryHtml]).toEqual(['MT', 'MD'])],
  ['an Atom video entry described only in media:group', `<feed xmlns="http://www.w3.org/2005/Atom" ${NS.media}><entry><id>v1</id><title>Clip</title><media:group><media:title>Clip</media:title><media:description>What the clip shows</media:description></media:group></entry></feed>`,
    (f) => expect(f.items[0]?.summaryHtml).toBe('What the clip shows')],
  ['an Atom summary wins over media:description', `<feed xmlns="http://www.w3.org/2005/Atom" ${NS.media}><entry><id>v2</id><title>Clip</title><summary>Own words</summary><media:group><media:description>Other words</media:description></media:group></entry></feed>`,
    (f) => expect(f.items[0]?.summaryHtml).toBe('Own words')],
  ['feedburner:origLink over the tracking link', '<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><item><title>t</title><link>https://feeds.example/~r/x</link><feedburner:origLink>https://site.example/post</feedburner:origLink></item></channel></rss>',
    (f) => expect(f.items[0]?.link).toBe('https://site.example/post')],
  // Atom too (decided from the peers: yarr and feedjira take the original page in Atom and RSS, Miniflux in RSS only;
  // feedparser, gofeed and laminas-feed keep the tracking link), so an entry is known by its page whatever its format.
  ['Atom feedburner:origLink over the tracking link', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><entry><id>x</id><title>t</title><link rel="alternate" href="https://feeds.example/~r/x"/><feedburner:origLink>https://site.example/post</feedburner:origLink></entry></feed>',
    (f) => expect(f.items[0]?.link).toBe('https://site.example/post')],
  ['Atom without origLink keeps its alternate link', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><title>t</title><link rel="alternate" href="https://feeds.example/~r/x"/></entry></feed>',
    (f) => expect(f.items[0]?.link).toBe('https://feeds.example/~r/x')],
  ['a blank Atom origLink is no link', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><entry><id>x</id><title>t</title><link href="https://site.example/a"/><feedburner:origLink> </feedburner:origLink></entry></feed>',
    (f) => expect(f.items[0]?.link).toBe('https://site.example/a')],
  ['a podcast episode with only a guid and an enclosure', '<rss version="2.0"><channel><item><guid isPermaLink="false">ep-7</guid><enclosure url="https://p.example/7.mp3" type="audio/mpeg" length="123"/></item></channel></rss>',
    (f) => expect(f.items[0]).toMatchObject({ guid: 'ep-7', guidIsPermalink: false, enclosures: [{ url: 'https://p.example/7.mp3', type: 'audio/mpeg', length: 123 }] })],
];

describe('feed conformance classes', () => {
  it.each(CASES)('%s', async (_name, xml, check) => {
    check(await parseFeed(xml));
  });
});

describe('text titles are not markup', () => {
  it.each([
    ['an Atom title of type text', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="text">History of the &lt;blink&gt; tag</title></entry></feed>', true],
    ['an Atom title without a type', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>History of the &lt;blink&gt; tag</title></entry></feed>', true],
    ['an Atom title of type html', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">History of the &lt;b&gt;bold&lt;/b&gt; tag</title></entry></feed>', undefined],
  ])('%s', async (_name, xml, titleIsText) => {
    expect((await parseFeed(xml)).items[0]?.titleIsText).toBe(titleIsText);
  });
});
