import { describe, expect, it } from 'vitest';
import { normalizeFeed, type NormalizedFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { parseFeedSync } from '../../../src/ingest/parse/parse-feed.ts';

/**
 * What identifies an item without a guid (its Dublin Core identifier, its RDF resource URI), and where a feed
 * declares its language or an Atom entry its subjects, read through parse + normalize. An identifier is shown as the
 * item's guid but keys the item as before (by its link, else by a hash), so stored items are not re-keyed.
 */
const FETCHED = new Date('2026-03-01T12:00:00Z');
const read = (text: string): NormalizedFeed => normalizeFeed(parseFeedSync(text), { feedUrl: 'https://news.example/feed', fetchedAt: FETCHED });
const RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"';
const rdf = (channel: string, items: string, rootAttrs = '') => `<rdf:RDF ${RDF}${rootAttrs}><channel rdf:about="https://news.example/">${channel}</channel>${items}</rdf:RDF>`;
const rss = (channel: string, items: string) => `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`;

describe('item identifiers without a guid', () => {
  const cases: [string, string, { guid: string | null; key: string; url: string | null }][] = [
    ['RSS 2.0 dc:identifier', rss('', '<item><title>a</title><link>https://news.example/a</link><dc:identifier>urn:story:17</dc:identifier></item>'),
      { guid: 'urn:story:17', key: 'url:https://news.example/a', url: 'https://news.example/a' }],
    ['RSS 1.0 rdf:about', rdf('', '<item rdf:about="https://news.example/b"><title>b</title><link>https://news.example/b</link></item>'),
      { guid: 'https://news.example/b', key: 'url:https://news.example/b', url: 'https://news.example/b' }],
    ['dc:identifier wins over rdf:about', rdf('', '<item rdf:about="https://news.example/c"><title>c</title><link>https://news.example/c</link><dc:identifier>c-17</dc:identifier></item>'),
      { guid: 'c-17', key: 'url:https://news.example/c', url: 'https://news.example/c' }],
    ['a guid wins over dc:identifier', rss('', '<item><guid>g-1</guid><title>d</title><link>https://news.example/d</link><dc:identifier>d-17</dc:identifier></item>'),
      { guid: 'g-1', key: 'guid:g-1', url: 'https://news.example/d' }],
    ['an identifier URL is not taken as the link', rss('<link>https://news.example/</link>', '<item><title>e</title><dc:identifier>https://news.example/e</dc:identifier></item>'),
      { guid: 'https://news.example/e', key: 'hash:', url: 'https://news.example/' }],
    ['a blank dc:identifier is no identifier', rdf('', '<item rdf:about="https://news.example/f"><title>f</title><link>https://news.example/f</link><dc:identifier> </dc:identifier></item>'),
      { guid: 'https://news.example/f', key: 'url:https://news.example/f', url: 'https://news.example/f' }],
  ];
  it.each(cases)('%s', (_name, doc, want) => {
    const a = read(doc).articles[0]!;
    expect(a.guid).toBe(want.guid);
    expect(a.dedupKey.startsWith(want.key)).toBe(true);
    expect(a.url).toBe(want.url);
  });
});

describe('feed language from xml:lang', () => {
  const cases: [string, string, string | null][] = [
    ['on the rdf:RDF root', rdf('<title>t</title>', '', ' xml:lang="de"'), 'de'],
    ['on the RSS channel', '<rss version="2.0"><channel xml:lang="fr-CA"><title>t</title></channel></rss>', 'fr-CA'],
    ['<language> wins over xml:lang', '<rss version="2.0" xml:lang="fr"><channel><title>t</title><language>en-us</language></channel></rss>', 'en-US'],
    ['none declared', rdf('<title>t</title>', ''), null],
  ];
  it.each(cases)('%s', (_name, doc, want) => expect(read(doc).meta.language).toBe(want));
});

describe('Atom entry dc:subject categories', () => {
  const atom = (entry: string) => `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><entry><id>x</id><title>x</title>${entry}</entry></feed>`;
  const cases: [string, string, string[]][] = [
    ['subjects only', atom('<dc:subject>Science</dc:subject><dc:subject>Space</dc:subject>'), ['Science', 'Space']],
    ['after atom:category, repeats dropped', atom('<category term="Science"/><dc:subject>Science</dc:subject><dc:subject>Health</dc:subject>'), ['Science', 'Health']],
    ['Atom 0.3', '<feed version="0.3" xmlns="http://purl.org/atom/ns#" xmlns:dc="http://purl.org/dc/elements/1.0/"><entry><id>x</id><title>x</title><dc:subject>Books</dc:subject></entry></feed>', ['Books']],
  ];
  it.each(cases)('%s', (_name, doc, want) => expect(read(doc).articles[0]?.categories).toEqual(want));
});
