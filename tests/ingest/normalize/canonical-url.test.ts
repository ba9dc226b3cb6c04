import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRACKING_PARAMS,
  canonicalizeUrl,
  createUrlCanonicalizer,
} from '../../../src/ingest/normalize/canonical-url.ts';

describe('canonicalizeUrl', () => {
  it.each([
    // scheme, host, port
    ['lower-cases scheme and host', 'HTTPS://News.Example.COM/Path', 'https://news.example.com/Path'],
    ['keeps path case', 'https://a.example/Some/CaseSensitive', 'https://a.example/Some/CaseSensitive'],
    ['drops default http port', 'http://a.example:80/x', 'http://a.example/x'],
    ['drops default https port', 'https://a.example:443/x', 'https://a.example/x'],
    ['keeps other ports', 'https://a.example:8443/x', 'https://a.example:8443/x'],
    ['empty path becomes /', 'https://a.example', 'https://a.example/'],
    ['keeps trailing slash', 'https://a.example/dir/', 'https://a.example/dir/'],
    ['keeps missing trailing slash', 'https://a.example/dir', 'https://a.example/dir'],
    ['IDN host to punycode', 'https://Bücher.example/straße', 'https://xn--bcher-kva.example/stra%C3%9Fe'],
    // fragment and query
    ['drops fragment', 'https://a.example/x#comments', 'https://a.example/x'],
    ['drops empty query', 'https://a.example/x?', 'https://a.example/x'],
    ['drops empty query and fragment', 'https://a.example/x?#', 'https://a.example/x'],
    ['sorts parameters', 'https://a.example/x?b=2&a=1&c=3', 'https://a.example/x?a=1&b=2&c=3'],
    ['keeps order of repeated keys', 'https://a.example/x?t=2&a=0&t=1', 'https://a.example/x?a=0&t=2&t=1'],
    ['drops empty pairs', 'https://a.example/x?&a=1&&b=2&', 'https://a.example/x?a=1&b=2'],
    ['keeps valueless params', 'https://a.example/x?amp&id=3', 'https://a.example/x?amp&id=3'],
    // tracking
    ['drops utm_*', 'https://a.example/x?utm_source=rss&utm_medium=feed&id=7&utm_campaign=z', 'https://a.example/x?id=7'],
    ['drops upper-case UTM', 'https://a.example/x?UTM_Source=rss&id=7', 'https://a.example/x?id=7'],
    ['drops click ids', 'https://a.example/x?fbclid=A&gclid=B&dclid=C&msclkid=D&yclid=E&id=1', 'https://a.example/x?id=1'],
    ['drops mail and share ids', 'https://a.example/x?mc_cid=1&mc_eid=2&igshid=3&_ga=4&ref_src=twsrc', 'https://a.example/x'],
    ['drops encoded tracking key', 'https://a.example/x?utm%5Fsource=a&id=1', 'https://a.example/x?id=1'],
    ['keeps look-alikes', 'https://a.example/x?utmost=1&ref=home', 'https://a.example/x?ref=home&utmost=1'],
    // percent-encoding
    ['upper-cases escapes', 'https://a.example/%e2%82%ac?q=%c3%a9', 'https://a.example/%E2%82%AC?q=%C3%A9'],
    ['decodes unreserved escapes', 'https://a.example/%7Euser/%41b%2Dc?x=%5F', 'https://a.example/~user/Ab-c?x=_'],
    ['keeps reserved escapes', 'https://a.example/a%2Fb?x=%26%3D', 'https://a.example/a%2Fb?x=%26%3D'],
    ['encodes raw non-ASCII path', 'https://a.example/café', 'https://a.example/caf%C3%A9'],
    ['encodes spaces', 'https://a.example/a b?q=c d', 'https://a.example/a%20b?q=c%20d'],
    ['keeps plus in query', 'https://a.example/s?q=a+b', 'https://a.example/s?q=a+b'],
    ['trims', '  https://a.example/x  ', 'https://a.example/x'],
  ])('%s', (_name, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it.each([
    ['relative', '/x'],
    ['junk', 'not a url'],
    ['javascript', 'javascript:alert(1)'],
    ['mailto', 'mailto:a@b.example'],
    ['ftp', 'ftp://a.example/x'],
    ['empty', ''],
  ])('rejects %s', (_name, input) => {
    expect(canonicalizeUrl(input)).toBeNull();
  });

  it('is idempotent', () => {
    const inputs = [
      'HTTP://Example.COM:80/A%7eb/%e2%82%ac?utm_source=x&b=2&a=1&a=0#frag',
      'https://bücher.example/a b?q=é&z=1&fbclid=9',
    ];
    for (const input of inputs) {
      const once = canonicalizeUrl(input);
      expect(once).not.toBeNull();
      expect(canonicalizeUrl(once!)).toBe(once);
    }
  });

  it('gives one URL for variants of the same page', () => {
    const variants = [
      'https://News.example.com/story?id=5&utm_source=twitter',
      'https://news.example.com:443/story?id=5#top',
      'https://news.example.com/story?fbclid=XYZ&id=5',
      'https://news.example.com/story?id=%35',
    ];
    expect(new Set(variants.map(canonicalizeUrl))).toEqual(new Set(['https://news.example.com/story?id=5']));
  });

  it('can be extended with more tracking parameters', () => {
    const custom = createUrlCanonicalizer({
      names: [...DEFAULT_TRACKING_PARAMS.names, 'src'],
      prefixes: [...DEFAULT_TRACKING_PARAMS.prefixes, 'trk_'],
    });
    expect(custom('https://a.example/x?src=rss&trk_a=1&utm_source=z&id=1')).toBe('https://a.example/x?id=1');
    expect(canonicalizeUrl('https://a.example/x?src=rss&id=1')).toBe('https://a.example/x?id=1&src=rss');
  });
});
