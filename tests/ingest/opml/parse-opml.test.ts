import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/domain/errors.ts';
import { parseOpml, type OpmlOutline } from '../../../src/ingest/opml/parse-opml.ts';
import { fixtureUrl } from '../../support/fixtures.ts';

const CORPUS = fixtureUrl('feeds/feedsmith/opml/');
const CORPUS_NAMES = ['category', 'countries', 'directory', 'places', 'script', 'subscriptions'];

/** The expected-JSON shape of the feedsmith references (only what we compare). */
interface RefOutline {
  text?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  type?: string;
  language?: string;
  outlines?: RefOutline[];
}
interface RefDocument {
  head?: { title?: string };
  body: { outlines?: RefOutline[] };
}

/** Feeds and skipped leaves as the reference JSON describes them, in document order. */
function expectedFromReference(outlines: RefOutline[], folders: string[] = []) {
  const feeds: Pick<OpmlOutline, 'title' | 'xmlUrl' | 'htmlUrl' | 'type' | 'language' | 'categories'>[] = [];
  let leavesWithoutUrl = 0;
  for (const o of outlines) {
    const label = o.text ?? o.title ?? null;
    if (o.xmlUrl !== undefined) {
      feeds.push({ title: label, xmlUrl: o.xmlUrl, htmlUrl: o.htmlUrl ?? null, type: o.type ?? null, language: o.language ?? null, categories: folders });
    } else if ((o.outlines ?? []).length === 0) {
      leavesWithoutUrl += 1;
    }
    const nested = expectedFromReference(o.outlines ?? [], label === null ? folders : [...folders, label]);
    feeds.push(...nested.feeds);
    leavesWithoutUrl += nested.leavesWithoutUrl;
  }
  return { feeds, leavesWithoutUrl };
}

describe('parseOpml on the feedsmith reference files', () => {
  it.each(CORPUS_NAMES)('%s.opml matches %s.json', (name) => {
    const text = readFileSync(new URL(`${name}.opml`, CORPUS), 'utf8');
    const reference = JSON.parse(readFileSync(new URL(`${name}.json`, CORPUS), 'utf8')) as RefDocument;
    const expected = expectedFromReference(reference.body.outlines ?? []);

    const parsed = parseOpml(text);

    expect(parsed.title).toBe(reference.head?.title ?? null);
    expect(parsed.feeds).toEqual(expected.feeds);
    expect(parsed.problems.filter((p) => p.reason === 'no_xml_url')).toHaveLength(expected.leavesWithoutUrl);
    expect(parsed.problems.filter((p) => p.reason !== 'no_xml_url')).toEqual([]);
  });

  it('the subscriptions reference really holds feeds (the comparison above is not vacuous)', () => {
    const parsed = parseOpml(readFileSync(new URL('subscriptions.opml', CORPUS), 'utf8'));
    expect(parsed.feeds.length).toBeGreaterThanOrEqual(5);
    expect(parsed.feeds[0]).toMatchObject({ title: 'The Verge', xmlUrl: 'https://www.theverge.com/rss/index.xml' });
  });
});

const opml = (body: string, head = '<title>Mine</title>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head>${head}</head><body>${body}</body></opml>`;

describe('parseOpml', () => {
  it('walks nested folders to any depth and records the folder path', () => {
    const parsed = parseOpml(
      opml(`
      <outline text="World">
        <outline text="Europe">
          <outline text="Nordics">
            <outline text="Yle" type="rss" xmlUrl="https://yle.example/rss" htmlUrl="https://yle.example/" language="fi"/>
          </outline>
          <outline text="DW" type="rss" xmlUrl="https://dw.example/rss" category="/Public broadcasters/Germany,wire"/>
        </outline>
      </outline>
      <outline text="Top" xmlUrl="https://top.example/feed"/>`),
    );
    expect(parsed.title).toBe('Mine');
    expect(parsed.problems).toEqual([]);
    expect(parsed.feeds).toEqual([
      { title: 'Yle', xmlUrl: 'https://yle.example/rss', htmlUrl: 'https://yle.example/', type: 'rss', language: 'fi', categories: ['World', 'Europe', 'Nordics'] },
      { title: 'DW', xmlUrl: 'https://dw.example/rss', htmlUrl: null, type: 'rss', language: null, categories: ['World', 'Europe', 'Public broadcasters/Germany', 'wire'] },
      { title: 'Top', xmlUrl: 'https://top.example/feed', htmlUrl: null, type: null, language: null, categories: [] },
    ]);
  });

  it.each([['xmlUrl'], ['xmlurl'], ['xmlURL'], ['XMLURL']])('reads the %s attribute spelling', (spelling) => {
    const parsed = parseOpml(opml(`<outline text="A" ${spelling}="https://a.example/rss" HTMLURL="https://a.example/"/>`));
    expect(parsed.feeds.map((f) => [f.xmlUrl, f.htmlUrl])).toEqual([['https://a.example/rss', 'https://a.example/']]);
  });

  it('accepts upper-case OPML 1.0 tags', () => {
    const parsed = parseOpml('<OPML version="1.0"><HEAD><TITLE>Old</TITLE></HEAD><BODY><OUTLINE TEXT="Old feed" XMLURL="http://old.example/rss.xml"/></BODY></OPML>');
    expect(parsed.title).toBe('Old');
    expect(parsed.feeds.map((f) => [f.title, f.xmlUrl])).toEqual([['Old feed', 'http://old.example/rss.xml']]);
  });

  it('skips duplicates (after trimming and URL normalization) and reports them', () => {
    const parsed = parseOpml(
      opml(`
      <outline text="News">
        <outline text="First" xmlUrl="https://a.example/rss"/>
        <outline text="Second" xmlUrl="  https://a.example/rss  "/>
      </outline>
      <outline text="Third" xmlUrl="HTTPS://A.EXAMPLE/rss"/>
      <outline text="Other" xmlUrl="https://a.example/rss?x=1"/>`),
    );
    expect(parsed.feeds.map((f) => f.title)).toEqual(['First', 'Other']);
    expect(parsed.problems).toEqual([
      { path: 'News > Second', reason: 'duplicate' },
      { path: 'Third', reason: 'duplicate' },
    ]);
  });

  it('reports invalid URLs and leaves without xmlUrl, naming untitled outlines by position', () => {
    const parsed = parseOpml(
      opml(`
      <outline text="Folder">
        <outline text="Relative" xmlUrl="/feed.xml"/>
        <outline text="FTP" xmlUrl="ftp://a.example/feed"/>
        <outline text="Script" xmlUrl="javascript:alert(1)"/>
        <outline xmlUrl=""/>
        <outline text="Just a note"/>
      </outline>
      <outline text="Empty folder"></outline>
      <outline text="Link" type="link" url="https://a.example/list.opml"/>`),
    );
    expect(parsed.feeds).toEqual([]);
    expect(parsed.problems).toEqual([
      { path: 'Folder > Relative', reason: 'invalid_url' },
      { path: 'Folder > FTP', reason: 'invalid_url' },
      { path: 'Folder > Script', reason: 'invalid_url' },
      { path: 'Folder > #4', reason: 'no_xml_url' },
      { path: 'Folder > Just a note', reason: 'no_xml_url' },
      { path: 'Empty folder', reason: 'no_xml_url' },
      { path: 'Link', reason: 'no_xml_url' },
    ]);
  });

  it('decodes XML entities, numeric references, HTML entities and CDATA titles', () => {
    const parsed = parseOpml(
      opml(
        `<outline text="Caf&eacute; &amp; Culture &#8212; l&apos;actu&nbsp;" xmlUrl="https://a.example/rss?lang=fr&amp;cat=1&amp;copy=2" htmlUrl="https://a.example/?a=1&amp;b=2"/>`,
        '<title><![CDATA[Tom & Jerry&amp;]]></title>',
      ),
    );
    expect(parsed.title).toBe('Tom & Jerry&amp;');
    expect(parsed.feeds[0]).toMatchObject({
      title: "Café & Culture — l'actu",
      xmlUrl: 'https://a.example/rss?lang=fr&cat=1&copy=2',
      htmlUrl: 'https://a.example/?a=1&b=2',
    });
  });

  it('prefers text to title, falls back to title, and treats a URL-as-text as no title', () => {
    const parsed = parseOpml(
      opml(`
      <outline text="Renamed by me" title="Original" xmlUrl="https://a.example/1"/>
      <outline title="Only title" xmlUrl="https://a.example/2"/>
      <outline text="https://a.example/3" xmlUrl="https://a.example/3"/>
      <outline xmlUrl="https://a.example/4"/>`),
    );
    expect(parsed.feeds.map((f) => f.title)).toEqual(['Renamed by me', 'Only title', null, null]);
  });

  it('has a null title when the head has none, and an empty body is fine', () => {
    expect(parseOpml('<opml version="2.0"><head/><body/></opml>')).toEqual({ title: null, feeds: [], problems: [] });
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'just some words'],
    ['an RSS feed', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'],
    ['an HTML page', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>'],
    ['OPML without body', '<opml version="2.0"><head><title>x</title></head></opml>'],
    ['truncated OPML', '<opml version="2.0"><head><title>x</title></head><body><outline text="a" xmlUrl="https://a.example/rss"/>'],
  ])('throws parse_error for %s', (_label, text) => {
    expect(() => parseOpml(text)).toThrow(ParseError);
    try {
      parseOpml(text);
    } catch (e) {
      expect((e as ParseError).code).toBe('parse_error');
    }
  });
});
