import { describe, expect, it } from 'vitest';
import { contentBase } from '../../../src/ingest/fetch/content-location.ts';

describe('contentBase', () => {
  it.each([
    ['no header: the fetched URL', 'https://news.example/feeds/rss', null, 'https://news.example/feeds/rss'],
    ['an absolute location', 'https://news.example/feeds/rss', 'https://cdn.example/mirror/rss.xml', 'https://cdn.example/mirror/rss.xml'],
    ['a relative location resolves against the fetched URL', 'https://news.example/feeds/rss', '/archive/rss.xml', 'https://news.example/archive/rss.xml'],
    ['a blank header is ignored', 'https://news.example/feeds/rss', '   ', 'https://news.example/feeds/rss'],
    ['a non-http scheme is ignored', 'https://news.example/feeds/rss', 'javascript:alert(1)', 'https://news.example/feeds/rss'],
    ['an unparsable location is ignored', 'https://news.example/feeds/rss', 'http://[bad', 'https://news.example/feeds/rss'],
  ])('%s', (_name, finalUrl, location, expected) => {
    expect(contentBase(finalUrl, location)).toBe(expected);
  });
});
