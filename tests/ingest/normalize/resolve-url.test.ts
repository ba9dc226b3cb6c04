import { describe, expect, it } from 'vitest';
import { resolveBaseChain, resolveUrl } from '../../../src/ingest/normalize/resolve-url.ts';

const BASE = 'https://news.example.org/section/feed.xml';

describe('resolveUrl', () => {
  it.each([
    ['absolute https', 'https://other.example/a', 'https://other.example/a'],
    ['absolute http', 'http://other.example/a?b=1#c', 'http://other.example/a?b=1#c'],
    ['relative path', 'story.html', 'https://news.example.org/section/story.html'],
    ['root-relative', '/2025/06/x', 'https://news.example.org/2025/06/x'],
    ['dot segments', '../up/./x', 'https://news.example.org/up/x'],
    ['query only', '?p=12', 'https://news.example.org/section/feed.xml?p=12'],
    ['protocol-relative takes the base scheme', '//cdn.example.net/i.png', 'https://cdn.example.net/i.png'],
    ['surrounding whitespace trimmed', '  \n https://a.example/x \t', 'https://a.example/x'],
    ['spaces inside are encoded', '/a b', 'https://news.example.org/a%20b'],
    ['upper-case scheme', 'HTTPS://A.Example/X', 'https://a.example/X'],
    ['non-ASCII host to punycode', 'https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ])('%s', (_name, href, expected) => {
    expect(resolveUrl(href, BASE)).toBe(expected);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: mixed case and padding', '  JaVaScRiPt:alert(1)'],
    ['javascript: with embedded tab', 'java\tscript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['mailto:', 'mailto:a@b.example'],
    ['ftp:', 'ftp://files.example/x'],
    ['file:', 'file:///etc/passwd'],
    ['no host', 'http://'],
    ['bad port', 'http://a.example:99999/'],
  ])('rejects %s', (_name, href) => {
    expect(resolveUrl(href, BASE)).toBeNull();
  });

  it('still resolves absolute hrefs when the base is unusable', () => {
    expect(resolveUrl('https://a.example/x', 'not a url')).toBe('https://a.example/x');
    expect(resolveUrl('relative/x', 'not a url')).toBeNull();
  });
});

describe('resolveBaseChain', () => {
  const FEED = 'https://feeds.example.com/news/rss.xml';
  it.each([
    ['no bases', [], FEED],
    ['null bases are skipped', [null, undefined], FEED],
    ['absolute feed base', ['https://site.example/blog/'], 'https://site.example/blog/'],
    ['relative feed base resolves against the feed URL', ['/archive/'], 'https://feeds.example.com/archive/'],
    ['item base relative to feed base', ['https://site.example/blog/', 'posts/2025/'], 'https://site.example/blog/posts/2025/'],
    ['relative chain', ['a/', 'b/'], 'https://feeds.example.com/news/a/b/'],
    ['non-http base ignored', ['javascript:alert(1)', 'x/'], 'https://feeds.example.com/news/x/'],
    ['blank base ignored', ['  '], FEED],
  ] as const)('%s', (_name, bases, expected) => {
    expect(resolveBaseChain(bases, FEED)).toBe(expected);
  });

  it('resolves links against the whole chain', () => {
    const base = resolveBaseChain(['/blog/', 'entries/'], FEED);
    expect(resolveUrl('post-1.html', base)).toBe('https://feeds.example.com/blog/entries/post-1.html');
    expect(resolveUrl('/top', base)).toBe('https://feeds.example.com/top');
  });
});
