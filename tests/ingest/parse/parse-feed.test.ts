import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/domain/errors.ts';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';
import { MAX_DEPTH } from '../../../src/ingest/parse/xml-tree.ts';

const rss = (items: string, channelExtra = '', rootAttrs = ' version="2.0"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss${rootAttrs} xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title><link>https://example.org/</link>${channelExtra}${items}</channel></rss>`;

const atom = (entries: string, feedExtra = '') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2025-06-01T00:00:00Z</updated>${feedExtra}${entries}</feed>`;

async function parseError(text: string): Promise<ParseError> {
  try {
    await parseFeed(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return e as ParseError;
  }
  throw new Error('expected a ParseError');
}

describe('parseFeed: RSS robustness', () => {
  it('keeps an invalid date as a raw string and still parses the feed (RSS and Atom)', async () => {
    const r = await parseFeed(rss('<item><title>x</title><pubDate>not a date</pubDate></item>'));
    expect(r.items[0]?.published).toBe('not a date');
    const a = await parseFeed(atom('<entry><id>1</id><title>x</title><published>yesterday</published><updated>2025-13-45</updated></entry>'));
    expect(a.items[0]?.published).toBe('yesterday');
    expect(a.items[0]?.updated).toBe('2025-13-45');
  });

  it('skips a BOM and leading junk or whitespace before <?xml', async () => {
    for (const prefix of ['\uFEFF', '\n\n   \t', 'garbage\n', '\uFEFF  \n']) {
      const r = await parseFeed(prefix + rss('<item><title>x</title></item>'));
      expect(r.items).toHaveLength(1);
    }
  });

  it('reads <rss> without a version as RSS', async () => {
    const r = await parseFeed(rss('<item><title>x</title></item>', '', ''));
    expect(r.format).toBe('rss');
    expect(r.version).toBeNull();
    expect(r.items[0]?.title).toBe('x');
  });

  it('keeps every enclosure and every media:content video', async () => {
    const r = await parseFeed(
      rss(
        '<item><title>x</title><enclosure url="https://e.org/a.mp3" type="audio/mpeg" length="123"/>' +
          '<enclosure url="https://e.org/b.ogg" type="audio/ogg" length="n/a"/>' +
          '<media:content url="https://e.org/c.mp4" type="video/mp4"/><media:thumbnail url="https://e.org/t.jpg"/></item>',
      ),
    );
    expect(r.items[0]?.enclosures).toEqual([
      { url: 'https://e.org/a.mp3', type: 'audio/mpeg', length: 123 },
      { url: 'https://e.org/b.ogg', type: 'audio/ogg', length: null },
      { url: 'https://e.org/c.mp4', type: 'video/mp4', length: null },
    ]);
    expect(r.items[0]?.imageUrl).toBe('https://e.org/t.jpg');
  });

  it.each([
    ['image media:content listed with the rest, in order', '<media:content url="https://e.org/1.png" type="image/png" medium="image"/><media:content url="https://e.org/2.png" medium="image"/><media:content url="https://e.org/v.mp4" type="video/mp4" medium="image"/>',
      ['https://e.org/1.png', 'https://e.org/2.png', 'https://e.org/v.mp4'], 'https://e.org/1.png'],
    ['a thumbnail inside a media:content is the image', '<media:content><media:player url="https://e.org/player"/><media:thumbnail url="https://e.org/still.jpg"/></media:content>',
      [], 'https://e.org/still.jpg'],
    ['an item thumbnail still comes first', '<media:content url="https://e.org/v.mp4" type="video/mp4"><media:thumbnail url="https://e.org/inner.jpg"/></media:content><media:thumbnail url="https://e.org/outer.jpg"/>',
      ['https://e.org/v.mp4'], 'https://e.org/outer.jpg'],
  ])('media: %s', async (_name, media, enclosures, image) => {
    const r = await parseFeed(rss(`<item><title>x</title>${media}</item>`).replace('<rss', '<rss xmlns:media="http://search.yahoo.com/mrss/"'));
    expect(r.items[0]?.enclosures.map((e) => e.url)).toEqual(enclosures);
    expect(r.items[0]?.imageUrl).toBe(image);
  });

  // Of several <link>s the last with a value is the link, as feedparser and gofeed read them (Miniflux takes the first).
  it.each([
    ['two text links on an item', '<item><link>https://e.org/a</link><link>https://e.org/b</link></item>', 'https://e.org/b'],
    ['a later href link', '<item><link>https://e.org/a</link><link href="https://e.org/c"/></item>', 'https://e.org/c'],
    ['a later empty link is not a value', '<item><link>https://e.org/a</link><link/></item>', 'https://e.org/a'],
    ['a link with another rel is not the item link', '<item><link>https://e.org/a</link><link rel="enclosure" href="https://e.org/a.mp3"/></item>', 'https://e.org/a'],
  ])('several links: %s', async (_name, item, link) => {
    const r = await parseFeed(rss(item));
    expect(r.items[0]?.link).toBe(link);
  });

  it('removes characters illegal in XML', async () => {
    const r = await parseFeed(rss('<item><title>a\u0001b\u000Bc</title></item>'));
    expect(r.items[0]?.title).toBe('abc');
  });

  it('accepts unescaped & and HTML named entities', async () => {
    const r = await parseFeed(rss('<item><title>Tom & Jerry&nbsp;&eacute;&hellip; &unknown; &amp; &#233;</title><link>https://e.org/?a=1&b=2</link></item>'));
    expect(r.items[0]?.title).toBe('Tom & Jerry\u00a0é… &unknown; & é');
    expect(r.items[0]?.link).toBe('https://e.org/?a=1&b=2');
  });

  it('leaves CDATA untouched', async () => {
    const r = await parseFeed(rss('<item><title>x</title><description><![CDATA[<p>a &nbsp; & b</p>]]></description></item>'));
    expect(r.items[0]?.summaryHtml).toBe('<p>a &nbsp; & b</p>');
  });

  it('maps RSS fields: guid, content:encoded, dc:creator, dc:date, dc:language, categories, ttl, self link, xml:base', async () => {
    const r = await parseFeed(
      rss(
        '<item xml:base="https://e.org/sub/"><title>x</title><link>/p/1</link><guid isPermaLink="false">id-1</guid>' +
          '<description>sum</description><content:encoded><![CDATA[<p>full</p>]]></content:encoded>' +
          '<dc:creator>Ann</dc:creator><dc:creator>Bob</dc:creator><dc:date>2025-06-10T10:00:00+02:00</dc:date>' +
          '<dc:language>fi</dc:language><category domain="d">World</category><category>Europe</category></item>',
        '<ttl>30</ttl><atom:link href="https://example.org/rss" rel="self"/><language>en</language><managingEditor>ed@example.org (Ed Itor)</managingEditor>',
      ),
    );
    const item = r.items[0];
    expect(r.ttlMinutes).toBe(30);
    expect(r.selfUrl).toBe('https://example.org/rss');
    expect(r.language).toBe('en');
    expect(r.authors).toEqual([{ name: 'Ed Itor', email: 'ed@example.org', uri: null }]);
    expect(item).toMatchObject({
      guid: 'id-1',
      link: '/p/1',
      base: 'https://e.org/sub/',
      summaryHtml: 'sum',
      contentHtml: '<p>full</p>',
      published: '2025-06-10T10:00:00+02:00',
      language: 'fi',
      categories: ['World', 'Europe'],
    });
    expect(item?.authors.map((a) => a.name)).toEqual(['Ann', 'Bob']);
  });

  it('splits RSS author strings into name and email', async () => {
    const r = await parseFeed(rss('<item><author>jo@e.org (Jo Doe)</author></item><item><author>Jo Doe &lt;jo@e.org&gt;</author></item><item><author>Jo Doe</author></item>'));
    expect(r.items.map((i) => i.authors[0])).toEqual([
      { name: 'Jo Doe', email: 'jo@e.org', uri: null },
      { name: 'Jo Doe', email: 'jo@e.org', uri: null },
      { name: 'Jo Doe', email: null, uri: null },
    ]);
  });
});

describe('parseFeed: FeedBurner original enclosures', () => {
  const FB = ' version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"';
  const tracked = (file: string) => `<enclosure url="http://feedproxy.example/~r/show/~5/xyz/${file}" type="audio/mpeg" length="10"/>`;
  it.each([
    ['the original replaces the tracked URL of the same file', tracked('ep1.mp3') + '<feedburner:origEnclosureLink>https://show.example/media/ep1.mp3</feedburner:origEnclosureLink>', ['https://show.example/media/ep1.mp3']],
    ['another file name is left alone', tracked('ep1.mp3') + '<feedburner:origEnclosureLink>https://show.example/media/ep2.mp3</feedburner:origEnclosureLink>', ['http://feedproxy.example/~r/show/~5/xyz/ep1.mp3']],
    ['a query string does not hide the file name', tracked('ep1.mp3?src=rss') + '<feedburner:origEnclosureLink>https://show.example/ep1.mp3</feedburner:origEnclosureLink>', ['https://show.example/ep1.mp3']],
    ['without originals nothing changes', tracked('ep1.mp3'), ['http://feedproxy.example/~r/show/~5/xyz/ep1.mp3']],
  ])('%s', async (_name, markup, expected) => {
    const r = await parseFeed(rss(`<item><title>x</title>${markup}</item>`, '', FB));
    expect(r.items[0]?.enclosures.map((e) => e.url)).toEqual(expected);
    expect(r.items[0]?.enclosures[0]).toMatchObject({ type: 'audio/mpeg', length: 10 });
  });
});

describe('parseFeed: RSS categories and Dublin Core terms dates', () => {
  const NS = ' version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:dcterms="http://purl.org/dc/terms/"';
  it.each([
    ['Media RSS categories by label, else text', '<media:category label="Money">econ/markets</media:category><media:category>sport</media:category>', ['Money', 'sport']],
    ['Media RSS categories inside a media:group', '<media:group><media:category>video</media:category></media:group>', ['video']],
    ['iTunes categories with their subcategories', '<itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category>', ['Technology', 'Gadgets']],
    ['an Atom category by label, else term', '<atom:category term="t" label="Shown"/><atom:category term="raw"/>', ['Shown', 'raw']],
    ['RSS categories first, each name once', '<category>World</category><media:category>World</media:category><dc:subject>Europe</dc:subject>', ['World', 'Europe']],
  ])('%s', async (_name, markup, expected) => {
    const r = await parseFeed(rss(`<item><title>x</title>${markup}</item>`, '', NS));
    expect(r.items[0]?.categories).toEqual(expected);
  });

  it.each([
    ['dcterms:issued is the published date', '<dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued>', { published: '2003-12-31T10:14:55Z', updated: null }],
    ['dcterms:created when nothing else dates it', '<dcterms:created>2004-01-02T00:00:00Z</dcterms:created>', { published: '2004-01-02T00:00:00Z' }],
    ['pubDate wins over dcterms:issued', '<pubDate>Wed, 31 Dec 2003 10:14:55 GMT</pubDate><dcterms:issued>2001-01-01T00:00:00Z</dcterms:issued>', { published: 'Wed, 31 Dec 2003 10:14:55 GMT' }],
    ['dcterms:modified is the updated date', '<dcterms:modified>2005-05-05T05:05:05Z</dcterms:modified>', { updated: '2005-05-05T05:05:05Z' }],
  ])('%s', async (_name, markup, expected) => {
    const r = await parseFeed(rss(`<item><title>x</title>${markup}</item>`, '', NS));
    expect(r.items[0]).toMatchObject(expected);
  });

  it('dates a channel by dcterms:modified when it has no other update date', async () => {
    const r = await parseFeed(rss('', '<dcterms:modified>2003-12-31T10:14:55Z</dcterms:modified>', NS));
    expect(r.updated).toBe('2003-12-31T10:14:55Z');
  });
});

describe('parseFeed: Atom', () => {
  it('maps all authors, categories (label, else term), links by rel, content types and xml:base/xml:lang', async () => {
    const r = await parseFeed(
      atom(
        '<entry xml:base="/e/" xml:lang="de"><id>tag:1</id><title type="html">A &amp;lt;b&amp;gt;</title>' +
          '<link rel="self" href="/self"/><link href="/alt" type="text/html"/><link rel="enclosure" href="/a.mp3" type="audio/mpeg" length="5"/>' +
          '<author><name>Ann</name><email>ann@e.org</email></author><author><name>Bob</name><uri>https://bob.e.org</uri></author>' +
          '<category term="t1" label="Label 1"/><category label="Only label"/>' +
          '<published>2025-06-09T10:00:00+03:00</published><updated>2025-06-09T12:00:00+03:00</updated>' +
          '<summary type="text">plain</summary><content type="html">&lt;p&gt;hi&lt;/p&gt;</content></entry>',
        '<link rel="alternate" href="https://example.org/"/><link rel="self" href="https://example.org/atom"/><author><name>Feed</name></author>',
      ).replace('<feed ', '<feed xml:base="https://example.org/" xml:lang="en" '),
    );
    expect(r).toMatchObject({ format: 'atom', version: '1.0', link: 'https://example.org/', selfUrl: 'https://example.org/atom', base: 'https://example.org/', language: 'en' });
    expect(r.authors).toEqual([{ name: 'Feed', email: null, uri: null }]);
    expect(r.items[0]).toMatchObject({
      guid: 'tag:1',
      link: '/alt',
      base: '/e/',
      language: 'de',
      contentHtml: '<p>hi</p>',
      contentText: null,
      summaryHtml: 'plain',
      published: '2025-06-09T10:00:00+03:00',
      updated: '2025-06-09T12:00:00+03:00',
      categories: ['Label 1', 'Only label'],
      enclosures: [{ url: '/a.mp3', type: 'audio/mpeg', length: 5 }],
    });
    expect(r.items[0]?.authors).toEqual([
      { name: 'Ann', email: 'ann@e.org', uri: null },
      { name: 'Bob', email: null, uri: 'https://bob.e.org' },
    ]);
  });

  it.each([
    ['label over term', '<category term="econ" label="Economy"/>', ['Economy']],
    ['term when there is no label', '<category term="econ"/>', ['econ']],
    ['term when the label is blank', '<category term="econ" label="  "/>', ['econ']],
    ['label alone, trimmed', '<category label=" Sport "/>', ['Sport']],
    ['one name per category, repeats once', '<category term="a" label="Alpha"/><category term="b"/><category term="a2" label="Alpha"/>', ['Alpha', 'b']],
  ])('names Atom categories for readers: %s', async (_name, markup, expected) => {
    const r = await parseFeed(atom(`<entry><id>1</id><title>x</title>${markup}</entry>`));
    expect(r.items[0]?.categories).toEqual(expected);
  });

  const b64 = (text: string) => Buffer.from(text).toString('base64');
  it.each([
    ['a binary media type holds base64 markup', `<content type="application/octet-stream">\n  ${b64('Hi <b>there</b>')}\n</content>`, { contentHtml: 'Hi <b>there</b>', contentText: null }],
    ['Atom 0.3 mode="base64" keeps its declared type', `<content type="text/plain" mode="base64">${b64('1 < 2')}</content>`, { contentHtml: null, contentText: '1 < 2' }],
    ['an XML media type is not base64', '<content type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content>', { contentHtml: '<p>x</p>' }],
    ['a binary payload is not shown as text', `<content type="image/png">${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff]).toString('base64')}</content>`, { contentHtml: null, contentText: null }],
    ['a base64 title of another media type', `<title type="application/octet-stream">${b64('Big <i>news</i>')}</title>`, { title: 'Big <i>news</i>' }],
  ])('decodes base64 Atom content: %s', async (_name, markup, expected) => {
    const r = await parseFeed(atom(`<entry><id>1</id>${markup}</entry>`));
    expect(r.items[0]).toMatchObject(expected);
  });

  it.each([
    ['xhtml subtitle keeps its markup and escaped text', '<subtitle type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">About &lt;blink&gt; <b>tags</b></div></subtitle>', 'About &lt;blink&gt; <b>tags</b>'],
    ['base64 tagline (Atom 0.3)', `<tagline mode="base64">${Buffer.from('Daily <b>notes</b>').toString('base64')}</tagline>`, 'Daily <b>notes</b>'],
    ['plain subtitle', '<subtitle>Just text</subtitle>', 'Just text'],
  ])('reads the feed subtitle as a text construct: %s', async (_name, markup, expected) => {
    const r = await parseFeed(atom('', markup));
    expect(r.description).toBe(expected);
  });

  it('keeps xhtml content in document order, without the wrapping div', async () => {
    const r = await parseFeed(
      atom('<entry><id>1</id><title>x</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>a <b>bold</b> move &amp; more</p></div></content></entry>'),
    );
    expect(r.items[0]?.contentHtml).toBe('<p>a <b>bold</b> move &amp; more</p>');
  });

  it('reads text content as text', async () => {
    const r = await parseFeed(atom('<entry><id>1</id><content>1 &lt; 2</content></entry>'));
    expect(r.items[0]).toMatchObject({ contentText: '1 < 2', contentHtml: null });
  });

  it('reads Atom 0.3 (issued, modified, tagline, escaped content) and a prefixed Atom root', async () => {
    const a03 = await parseFeed(
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title><tagline>tl</tagline><modified>2004-01-01T00:00:00Z</modified>' +
        '<entry><id>1</id><issued>2004-01-01T00:00:00Z</issued><modified>2004-01-02T00:00:00Z</modified>' +
        '<content type="text/html" mode="escaped">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>',
    );
    expect(a03).toMatchObject({ version: '0.3', description: 'tl', updated: '2004-01-01T00:00:00Z' });
    expect(a03.items[0]).toMatchObject({ published: '2004-01-01T00:00:00Z', updated: '2004-01-02T00:00:00Z', contentHtml: '<p>x</p>' });
    const prefixed = await parseFeed('<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title><atom:entry><atom:id>1</atom:id><atom:title>e</atom:title></atom:entry></atom:feed>');
    expect(prefixed.title).toBe('P');
    expect(prefixed.items[0]?.title).toBe('e');
  });

  it('survives an Atom link without attributes', async () => {
    const r = await parseFeed(atom('<entry><id>1</id><link>https://e.org/1</link></entry>', '<link>https://e.org/</link>'));
    expect(r.items).toHaveLength(1);
  });
});

describe('parseFeed: errors are typed', () => {
  it.each([
    ['empty body', ''],
    ['whitespace', '  \n '],
    ['HTML page', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>'],
    ['HTML without doctype', '<html><body>hi</body></html>'],
    ['JSON that is not a feed', '{"hello": "world"}'],
    ['JSON array', '[1,2,3]'],
    ['unknown XML root', '<?xml version="1.0"?><note><to>x</to></note>'],
    ['plain text', 'just some words'],
  ])('%s -> not_a_feed', async (_name, text) => {
    expect((await parseError(text)).code).toBe('not_a_feed');
  });

  it.each([
    ['malformed JSON feed', '{"version": "https://jsonfeed.org/version/1.1", "items": ['],
    ['malformed RSS with no item and nothing said about the channel', '<rss version="2.0"><channel><foo>x</channel></rss>'],
    ['unclosed comment before any item', '<rss version="2.0"><channel><!-- <item><title>a</title></item></channel></rss>'],
    ['nesting deeper than the tree allows', `<rss><channel><item>${'<a>'.repeat(MAX_DEPTH)}x${'</a>'.repeat(MAX_DEPTH)}</item></channel></rss>`],
  ])('%s -> parse_error', async (_name, text) => {
    expect((await parseError(text)).code).toBe('parse_error');
  });

  it('gives the same error for the same broken document, however many parse at once', async () => {
    const broken = '<rss><channel><foo>x</channel>';
    const docs = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? broken : rss(`<item><title>t${i}</title></item>`)));
    const results = await Promise.allSettled(docs.map((d) => parseFeed(d)));
    const messages = new Set<string>();
    results.forEach((r, i) => {
      if (i % 3 === 0) {
        expect(r.status).toBe('rejected');
        if (r.status === 'rejected') messages.add((r.reason as Error).message);
      } else expect(r.status === 'fulfilled' && r.value.items[0]?.title).toBe(`t${i}`);
    });
    expect(messages.size).toBe(1);
  });
});

describe('parseFeed: recovering from malformed XML', () => {
  it.each([
    ['a truncated document', '<rss version="2.0"><channel><title>x</title><item><title>y</title><link>https://e.org/y</link>', ['y'], true],
    ['a stray end tag', rss('<item><title>a</title></b></item><item><title>b</title></item>'), ['a', 'b'], true],
    ['an unclosed inline tag', rss('<item><title>a</title><description><p>text</description></item><item><title>b</title></item>'), ['a', 'b'], true],
    ['a bare < in text', rss('<item><title>c</title></item><item><title>1 < 2</title></item>'), ['c'], true],
    ['an unknown entity (repaired before parsing)', rss('<item><title>a &bogus; b</title></item>'), ['a &bogus; b'], false],
    ['an uppercase hex reference', rss('<item><title>&#X41;BC</title></item>'), ['ABC'], false],
  ])('saves the items of %s and marks a recovered feed', async (_name, text, titles, recovered) => {
    const r = await parseFeed(text);
    expect(r.items.map((i) => i.title).slice(0, titles.length)).toEqual(titles);
    if (recovered) expect(r.warnings?.[0]).toMatch(/^recovered from malformed XML/);
    else expect(r.warnings).toBeUndefined();
  });

  // With no item, the channel's facts are still a feed (the peers' forgiving parsers all keep them), marked recovered.
  it.each([
    ['a mismatched end tag on the language', '<rss version="2.0"><channel><language>en-us</langauge></channel></rss>', { language: 'en-us' }],
    ['an unclosed channel title', '<rss version="2.0"><channel><title>Desk</channel></rss>', { title: 'Desk' }],
    ['an Atom title closed by another name', '<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</subtitle></feed>', { title: 'Desk' }],
  ])('keeps %s in a feed with no items', async (_name, text, facts) => {
    const r = await parseFeed(text);
    expect(r).toMatchObject({ items: [], ...facts });
    expect(r.warnings?.[0]).toMatch(/^recovered from malformed XML/);
  });

  it('does not mark a well-formed feed', async () => {
    expect((await parseFeed(rss('<item><title>a</title></item>'))).warnings).toBeUndefined();
  });
});
