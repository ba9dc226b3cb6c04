import { describe, expect, it } from 'vitest';
import { normalizeFeed, type NormalizedFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { parseFeedSync } from '../../../src/ingest/parse/parse-feed.ts';

/** Which items of one document are one article, and the guid a reader is shown. */
const FEED_URL = 'https://board.example/feed';
const read = (text: string): NormalizedFeed => normalizeFeed(parseFeedSync(text), { feedUrl: FEED_URL, fetchedAt: new Date('2026-05-01T00:00:00Z') });
const rss = (items: string) => `<rss version="2.0"><channel><title>B</title><link>https://board.example/</link>${items}</channel></rss>`;
const item = (guid: string, title: string, link: string | null, date = '') =>
  `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title>${link === null ? '' : `<link>${link}</link>`}${date ? `<pubDate>${date}</pubDate>` : ''}</item>`;

const CASES: [string, string, (f: NormalizedFeed) => void][] = [
  ['one guid on items with different links: each item kept, the first with the plain key',
    rss(item('same', 'Post A', 'https://board.example/a') + item('same', 'Post B', 'https://board.example/b')),
    (f) => expect(f.articles.map((a) => [a.title, a.dedupKey])).toEqual([['Post A', 'guid:same'], ['Post B', 'guid:same|https://board.example/b']])],
  ['one guid and one link: revisions of one item, the latest kept',
    rss(item('r', 'Old', 'https://board.example/r', 'Mon, 04 May 2026 10:00:00 GMT') + item('r', 'New', 'https://board.example/r', 'Tue, 05 May 2026 10:00:00 GMT')),
    (f) => expect(f.articles.map((a) => a.title)).toEqual(['New'])],
  ['one guid, no links: revisions of one item',
    rss(item('n', 'Draft', null) + item('n', 'Final', null)),
    (f) => expect(f.articles.map((a) => a.title)).toEqual(['Final'])],
  ['a third copy with the first link is a revision of the first',
    rss(item('s', 'A', 'https://board.example/a') + item('s', 'B', 'https://board.example/b') + item('s', 'A2', 'https://board.example/a')),
    (f) => expect(f.articles.map((a) => a.title)).toEqual(['A2', 'B'])],
  ['an Atom id written as a root-relative path is shown resolved, keyed as written',
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>/notes/12</id><title>n</title></entry></feed>',
    (f) => expect([f.articles[0]?.guid, f.articles[0]?.dedupKey]).toEqual(['https://board.example/notes/12', 'guid:/notes/12'])],
  ['an opaque guid is shown as written',
    rss(item('urn:uuid:5e1f', 'u', 'https://board.example/u')),
    (f) => expect(f.articles[0]?.guid).toBe('urn:uuid:5e1f')],
];

describe('item identity within one document', () => {
  it.each(CASES)('%s', (_name, text, check) => check(read(text)));
});
