import { describe, expect, it } from 'vitest';
import type { RawFeed } from '../../../src/domain/raw-feed.ts';
import { normalizeFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { detectFormat } from '../../../src/ingest/parse/detect-format.ts';
import { parseFeedSync } from '../../../src/ingest/parse/parse-feed.ts';

/** Channel Definition Format documents (our own), and RSS channels published without their <rss> wrapper. */
type Check = (feed: RawFeed) => void;
const CASES: [string, string, Check][] = [
  ['channel title, abstract, site and date', '<CHANNEL HREF="https://old.example/" LASTMOD="1999-05-04T08:30:00"><TITLE>Old Times</TITLE><ABSTRACT>Daily channel</ABSTRACT></CHANNEL>',
    (f) => expect([f.format, f.title, f.description, f.link, f.updated]).toEqual(['cdf', 'Old Times', 'Daily channel', 'https://old.example/', '1999-05-04T08:30:00'])],
  ['items: href, title, abstract, lastmod', '<CHANNEL><ITEM HREF="https://old.example/a.htm" LASTMOD="1999-05-03T10:00:00-05:00"><TITLE>Flood</TITLE><ABSTRACT>River rises</ABSTRACT></ITEM></CHANNEL>',
    (f) => expect(f.items.map((i) => [i.link, i.title, i.summaryHtml, i.updated])).toEqual([['https://old.example/a.htm', 'Flood', 'River rises', '1999-05-03T10:00:00-05:00']])],
  ['names in any case', '<Channel Href="https://old.example/"><Title>Mixed</Title><Item href="https://old.example/b.htm"><title>b</title></Item></Channel>',
    (f) => expect([f.format, f.title, f.items[0]?.link]).toEqual(['cdf', 'Mixed', 'https://old.example/b.htm'])],
  ['items of nested channels come after the channel\'s own', '<CHANNEL HREF="https://old.example/"><CHANNEL HREF="https://old.example/sport/"><ITEM HREF="https://old.example/sport/1.htm"/></CHANNEL><ITEM HREF="https://old.example/2.htm"/></CHANNEL>',
    (f) => expect(f.items.map((i) => i.link)).toEqual(['https://old.example/2.htm', 'https://old.example/sport/1.htm'])],
  ['an RSS channel without <rss> around it is read as RSS', '<channel><title>Bare</title><link>https://bare.example/</link><item><title>a</title><link>https://bare.example/a</link><description>x</description></item></channel>',
    (f) => expect([f.format, f.title, f.link, f.items[0]?.link, f.items[0]?.summaryHtml]).toEqual(['rss', 'Bare', 'https://bare.example/', 'https://bare.example/a', 'x'])],
];

describe('CDF channels', () => {
  it.each(CASES)('%s', (_name, text, check) => check(parseFeedSync(text)));

  it.each([
    ['<CHANNEL HREF="https://old.example/">', 'cdf'],
    ['<?xml version="1.0"?><channel><title>x</title></channel>', 'cdf'],
    ['<x:channel xmlns:x="urn:other"/>', 'unknown'],
  ])('detects %s as %s', (text, format) => expect(detectFormat(text)).toBe(format));

  it('an item with only a date is kept, dated by LASTMOD, and links to the channel\'s site', () => {
    const raw = parseFeedSync('<CHANNEL HREF="https://old.example/"><ITEM LASTMOD="2004-04-06T23:05:43-05:00"></ITEM></CHANNEL>');
    const a = normalizeFeed(raw, { feedUrl: 'https://old.example/channel.cdf', fetchedAt: new Date('2026-01-01T00:00:00Z') }).articles[0];
    expect([a?.updatedAt, a?.url, a?.canonicalUrl]).toEqual(['2004-04-07T04:05:43.000Z', 'https://old.example/', null]);
  });
});
