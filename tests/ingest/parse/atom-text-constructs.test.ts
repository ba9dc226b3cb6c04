import { describe, expect, it } from 'vitest';
import { normalizeFeed, type NormalizedFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { parseFeedSync } from '../../../src/ingest/parse/parse-feed.ts';

/**
 * Atom text constructs the held-out gofeed run showed us losing: unescaped HTML inside `type="html"`, media types a
 * title or content cannot be base64 in, and an xml:base on the content or summary element itself.
 */
const FETCHED = new Date('2026-03-01T12:00:00Z');

function read(text: string): NormalizedFeed {
  return normalizeFeed(parseFeedSync(text), { feedUrl: 'https://wire.example/atom.xml', fetchedAt: FETCHED });
}

const atom = (body: string, feedAttrs = '') => `<feed xmlns="http://www.w3.org/2005/Atom"${feedAttrs}><title>Wire</title>${body}</feed>`;

type Check = (feed: NormalizedFeed) => void;
const CASES: [string, string, Check][] = [
  ['unescaped <a> inside type="html" content keeps the link',
    atom('<entry><id>w1</id><title>Budget</title><content type="html">Read <a href="https://wire.example/budget">the plan</a> today</content></entry>'),
    (f) => {
      expect(f.articles[0]?.contentHtml).toContain('href="https://wire.example/budget"');
      expect(f.articles[0]?.text).toBe('Read the plan today');
    }],
  ['unescaped <img> inside a type="html" summary survives, with the text around it',
    atom('<entry><id>w2</id><title>Flood</title><summary type="html">Before <img src="/pics/river.jpg"/> after</summary></entry>'),
    (f) => {
      expect(f.articles[0]?.contentHtml).toContain('src="https://wire.example/pics/river.jpg"');
      expect(f.articles[0]?.text).toBe('Before after');
    }],
  ['Atom 0.3 mode="escaped" with unescaped child elements',
    '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>w3</id><title>x</title><content type="text/html" mode="escaped">A <b>bold</b> claim</content></entry></feed>',
    (f) => expect(f.articles[0]?.contentHtml).toBe('A <b>bold</b> claim')],
  ['properly escaped html content is unchanged by the markup capture',
    atom('<entry><id>w4</id><title>x</title><content type="html">&lt;p&gt;Vote &amp;amp; count&lt;/p&gt;</content></entry>'),
    (f) => expect(f.articles[0]?.text).toBe('Vote & count')],
  // A lone XHTML div holding escaped text inside type="html" wraps the HTML itself (feedparser and gofeed agree).
  ['type="html" content wrapped in a div of escaped HTML is that HTML',
    atom('<entry><id>w6</id><title>x</title><content type="html"> <div xmlns="http://www.w3.org/1999/xhtml">Tide &lt;b&gt;rising&lt;/b&gt; fast</div> </content></entry>'),
    (f) => expect(f.articles[0]?.contentHtml).toBe('Tide <b>rising</b> fast')],
  ['a div with real child elements inside type="html" stays markup',
    atom('<entry><id>w7</id><title>x</title><content type="html"><div xmlns="http://www.w3.org/1999/xhtml">See <i>this</i> &lt;now&gt;</div></content></entry>'),
    (f) => expect(f.articles[0]?.text).toBe('See this <now>')],
  ['in type="xhtml" escaped markup inside the div is text',
    atom('<entry><id>w8</id><title>x</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">&lt;p&gt;Tide&lt;/p&gt;</div></content></entry>'),
    (f) => expect(f.articles[0]?.text).toBe('<p>Tide</p>')],
  ['a title with a non-text media type is text, not base64',
    atom('<entry><id>w5</id><title type="application/x-wire">Harbour reopens</title></entry>'),
    (f) => expect(f.articles[0]?.title).toBe('Harbour reopens')],
  ['an Atom 0.3 mode="base64" title that is not base64 text is still not shown raw',
    '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>w6</id><title mode="base64">////</title><link href="https://wire.example/6"/></entry></feed>',
    (f) => expect(f.articles[0]?.title).not.toBe('////')],
  ['content of a non-text media type that is not base64 is shown as written',
    atom('<entry><id>w7</id><title>Data</title><content type="application/json">{"seats": 42}</content></entry>'),
    (f) => expect(f.articles[0]?.text).toBe('{"seats": 42}')],
  ['base64 content of a non-text media type is still decoded',
    atom(`<entry><id>w8</id><title>Note</title><content type="application/octet-stream">${Buffer.from('Polls close at eight').toString('base64')}</content></entry>`),
    (f) => expect(f.articles[0]?.text).toBe('Polls close at eight')],
  ['xml:base on the content element resolves links inside it',
    atom('<entry><id>w9</id><title>x</title><link href="story/9"/><content type="html" xml:base="https://cdn.example/media/">&lt;a href="clip.mp4"&gt;clip&lt;/a&gt;</content></entry>'),
    (f) => {
      expect(f.articles[0]?.contentHtml).toContain('href="https://cdn.example/media/clip.mp4"');
      // The content's base scopes the content only: the entry link still resolves against the feed.
      expect(f.articles[0]?.url).toBe('https://wire.example/story/9');
    }],
  ['a relative xml:base on the summary element stacks on the entry and feed bases',
    atom('<entry xml:base="desk/"><id>w10</id><title>x</title><summary type="html" xml:base="photos/">&lt;img src="a.png"&gt;</summary></entry>', ' xml:base="https://wire.example/news/"'),
    (f) => expect(f.articles[0]?.contentHtml).toContain('src="https://wire.example/news/desk/photos/a.png"')],
  ['without an element base, content resolves against the feed base as before',
    atom('<entry><id>w11</id><title>x</title><content type="html">&lt;a href="p.html"&gt;p&lt;/a&gt;</content></entry>', ' xml:base="https://wire.example/world/"'),
    (f) => expect(f.articles[0]?.contentHtml).toContain('href="https://wire.example/world/p.html"')],
];

describe('Atom text constructs (held-out edges)', () => {
  it.each(CASES)('%s', (_name, doc, check) => check(read(doc)));
});
