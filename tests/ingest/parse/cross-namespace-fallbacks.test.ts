import { describe, expect, it } from 'vitest';
import { normalizeFeed, type NormalizedFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { parseFeedSync } from '../../../src/ingest/parse/parse-feed.ts';

/**
 * A feed format borrowing another's elements (issue 12): Dublin Core (1.0 and 1.1) inside Atom, Atom 0.3 and 1.0
 * inside RSS, a prefixed Atom root beside another default namespace, and xml:base on the link element itself. Each
 * stands in only where the format's own element is missing. Inputs are our own.
 */
const FETCHED = new Date('2026-03-01T12:00:00Z');
const FEED_URL = 'https://paper.example/feed.xml';
const DC10 = 'http://purl.org/dc/elements/1.0/';
const DC11 = 'http://purl.org/dc/elements/1.1/';
const ATOM03 = 'http://purl.org/atom/ns#';
const ATOM10 = 'http://www.w3.org/2005/Atom';

/** The normalized feed, with the channel description as parsed (it is not stored, only read for the source). */
function read(text: string): NormalizedFeed & { description: string | null } {
  const raw = parseFeedSync(text);
  return { ...normalizeFeed(raw, { feedUrl: FEED_URL, fetchedAt: FETCHED }), description: raw.description };
}

const atom = (dc: string, feed: string, entry: string) =>
  `<feed xmlns="${ATOM10}" xmlns:dc="${dc}">${feed}<entry>${entry}<link href="https://paper.example/a"/></entry></feed>`;
const rss = (ns: string, channel: string, item: string) =>
  `<rss version="2.0" xmlns:a="${ns}"><channel><link>https://paper.example/</link>${channel}<item><title>t</title><link>https://paper.example/a</link>${item}</item></channel></rss>`;

type Case = [name: string, text: string, read: (f: ReturnType<typeof read>) => unknown, expected: unknown];

const CASES: Case[] = [
  // Dublin Core inside Atom, both versions of its namespace.
  ...[DC10, DC11].flatMap((dc): Case[] => [
    [`dc:title names an untitled Atom feed (${dc})`, atom(dc, '<dc:title>Harbour Desk</dc:title>', ''), (f) => f.meta.title, 'Harbour Desk'],
    [`dc:language gives an Atom feed its language (${dc})`, atom(dc, '<dc:language>en-GB</dc:language>', '<title>x</title>'), (f) => f.meta.language, 'en-GB'],
    [`dc:date dates an Atom entry (${dc})`, atom(dc, '', '<title>x</title><dc:date>2026-02-27T08:30:00Z</dc:date>'),
      (f) => [f.articles[0]?.publishedAt, f.articles[0]?.publishedAtEstimated], ['2026-02-27T08:30:00.000Z', false]],
    [`dc:identifier identifies an Atom entry without an id (${dc})`, atom(dc, '', '<title>x</title><dc:identifier>urn:paper:41</dc:identifier>'),
      (f) => f.articles[0]?.guid, 'urn:paper:41'],
    [`dc:title titles an Atom entry (${dc})`, atom(dc, '', '<dc:title>Ferry strike ends</dc:title>'), (f) => f.articles[0]?.title, 'Ferry strike ends'],
    [`dc:creator names an Atom entry's author (${dc})`, atom(dc, '', '<title>x</title><dc:creator>Ines Duarte</dc:creator>'), (f) => f.articles[0]?.authors, ['Ines Duarte']],
    [`dc:description summarises an Atom entry (${dc})`, atom(dc, '', '<title>x</title><dc:description>Talks resume at dawn.</dc:description>'),
      (f) => f.articles[0]?.text, 'Talks resume at dawn.'],
  ]),
  ['Atom elements win over Dublin Core ones', atom(DC11, '<title>Own</title><dc:title>Borrowed</dc:title>', '<title>Own entry</title><dc:title>Borrowed entry</dc:title><published>2026-02-20T00:00:00Z</published><dc:date>2026-01-01T00:00:00Z</dc:date>'),
    (f) => [f.meta.title, f.articles[0]?.title, f.articles[0]?.publishedAt], ['Own', 'Own entry', '2026-02-20T00:00:00.000Z']],
  ['an entry copied from another feed keeps that feed\'s author', `<feed xmlns="${ATOM10}"><author><name>Feed Owner</name></author><entry><title>x</title><link href="https://paper.example/a"/><source><author><name>Wire Writer</name></author></source></entry></feed>`,
    (f) => f.articles[0]?.authors, ['Wire Writer']],

  // Atom inside RSS.
  ...(['created', 'issued'] as const).map((el): Case => [`Atom 0.3 ${el} dates an RSS item`, rss(ATOM03, '', `<a:${el}>2026-02-26T10:00:00Z</a:${el}>`),
    (f) => f.articles[0]?.publishedAt, '2026-02-26T10:00:00.000Z']),
  ['Atom 0.3 modified dates an RSS item that has no other date', rss(ATOM03, '', '<a:modified>2026-02-25T10:00:00Z</a:modified>'),
    (f) => f.articles[0]?.publishedAt, '2026-02-25T10:00:00.000Z'],
  ['pubDate still wins over Atom 0.3 issued', rss(ATOM03, '', '<pubDate>Tue, 24 Feb 2026 10:00:00 GMT</pubDate><a:issued>2026-02-26T10:00:00Z</a:issued>'),
    (f) => f.articles[0]?.publishedAt, '2026-02-24T10:00:00.000Z'],
  ['Atom 0.3 tagline describes an RSS channel without a description', rss(ATOM03, '<a:tagline>Port news daily</a:tagline>', ''),
    (f) => f.description, 'Port news daily'],
  ['Atom 1.0 subtitle describes an RSS channel without a description', rss(ATOM10, '<a:subtitle>Port news daily</a:subtitle>', ''),
    (f) => f.description, 'Port news daily'],
  ['an RSS description wins over an Atom subtitle', rss(ATOM10, '<description>Own words</description><a:subtitle>Borrowed</a:subtitle>', ''),
    (f) => f.description, 'Own words'],
  ['Atom 1.0 logo is an RSS channel\'s image', rss(ATOM10, '<a:logo>https://paper.example/logo.png</a:logo>', ''),
    (f) => f.meta.imageUrl, 'https://paper.example/logo.png'],
  ['Atom 1.0 icon is an RSS channel\'s image when it has no logo', rss(ATOM10, '<a:icon>https://paper.example/icon.png</a:icon>', ''),
    (f) => f.meta.imageUrl, 'https://paper.example/icon.png'],
  ['an RSS image wins over an Atom logo', rss(ATOM10, '<image><url>https://paper.example/rss.png</url></image><a:logo>https://paper.example/logo.png</a:logo>', ''),
    (f) => f.meta.imageUrl, 'https://paper.example/rss.png'],

  // Prefixed Atom beside another default namespace: its elements are Atom's, the default ones are not.
  ['a prefixed Atom root with an XHTML default namespace is read', `<a:feed xmlns:a="${ATOM10}" xmlns="http://www.w3.org/1999/xhtml"><a:title>Harbour Desk</a:title><a:entry><a:title>Ferry</a:title><a:link href="https://paper.example/f"/></a:entry></a:feed>`,
    (f) => [f.meta.title, f.meta.format, f.articles.map((a) => a.url)], ['Harbour Desk', 'atom', ['https://paper.example/f']]],
  ['a prefixed Atom root keeps an XHTML title readable', `<a:feed xmlns:a="${ATOM10}" xmlns="http://www.w3.org/1999/xhtml"><a:title type="xhtml"><div>Harbour <b>Desk</b></div></a:title></a:feed>`,
    (f) => f.meta.title, 'Harbour Desk'],
  ['elements of the default namespace are not taken for Atom ones', `<a:feed xmlns:a="${ATOM10}" xmlns="http://www.w3.org/1999/xhtml"><title>not atom</title><a:entry><title>not atom</title><a:title>Ferry</a:title><a:link href="https://paper.example/f"/></a:entry></a:feed>`,
    (f) => [f.meta.title, f.articles[0]?.title], [null, 'Ferry']],

  // xml:base on the link element scopes that link.
  ['an RSS link resolves against its own xml:base', `<rss version="2.0"><channel><link>https://paper.example/</link><item><title>t</title><link xml:base="https://wire.example/desk/">/story/9</link></item></channel></rss>`,
    (f) => f.articles[0]?.url, 'https://wire.example/story/9'],
  ['an Atom link resolves against its own xml:base', `<feed xmlns="${ATOM10}" xml:base="https://paper.example/"><entry><title>t</title><link xml:base="https://wire.example/desk/" href="story/9"/></entry></feed>`,
    (f) => f.articles[0]?.url, 'https://wire.example/desk/story/9'],
  ['a relative xml:base on the link builds on the item\'s', `<rss version="2.0"><channel><item xml:base="https://paper.example/world/"><title>t</title><link xml:base="asia/">9</link></item></channel></rss>`,
    (f) => f.articles[0]?.url, 'https://paper.example/world/asia/9'],
];

describe('elements borrowed from another feed format', () => {
  it.each(CASES)('%s', (_name, text, pick, expected) => {
    expect(pick(read(text))).toEqual(expected);
  });
});
