import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/domain/errors.ts';
import { loadDefaultFeeds, type DefaultFeed } from '../../src/ingest/default-feeds.ts';

const SHIPPED = fileURLToPath(new URL('../../src/ingest/default-feeds.json', import.meta.url));

describe('the shipped default feed list', () => {
  const feeds = loadDefaultFeeds(SHIPPED);

  it('has at least 18 feeds in at least 5 languages from at least 8 countries', () => {
    expect(feeds.length).toBeGreaterThanOrEqual(18);
    expect(new Set(feeds.map((f) => f.language.split('-')[0])).size).toBeGreaterThanOrEqual(5);
    expect(new Set(feeds.map((f) => f.country)).size).toBeGreaterThanOrEqual(8);
  });

  it('has unique http(s) feed URLs and http(s) homepages', () => {
    expect(new Set(feeds.map((f) => f.url)).size).toBe(feeds.length);
    for (const feed of feeds) {
      expect(new URL(feed.url).protocol, feed.url).toMatch(/^https?:$/);
      expect(new URL(feed.homepage).protocol, feed.homepage).toMatch(/^https?:$/);
    }
  });

  it('is sorted by source (case-insensitively), then language, then url, so hand edits stay reviewable', () => {
    const key = (f: DefaultFeed) => [f.source.toLowerCase(), f.language, f.url];
    const sorted = [...feeds].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
      return 0;
    });
    expect(feeds.map((f) => f.url)).toEqual(sorted.map((f) => f.url));
  });
});

describe('loadDefaultFeeds errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'default-feeds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const good = { source: 'Example Radio', homepage: 'https://radio.example/', country: 'DE', language: 'de', url: 'https://radio.example/rss' };
  let n = 0;
  const fileWith = (content: string): string => {
    const path = join(dir, `feeds-${n++}.json`);
    writeFileSync(path, content);
    return path;
  };
  const entries = (...list: unknown[]) => fileWith(JSON.stringify(list));

  it('loads a valid file', () => {
    expect(loadDefaultFeeds(entries(good, { ...good, language: 'en', url: 'https://radio.example/en/rss' }))).toHaveLength(2);
  });

  it.each([
    ['a lower-case country', { ...good, country: 'de' }, ['entry 1 ("Example Radio")', 'country']],
    ['an unknown country', { ...good, country: 'XQ' }, ['entry 1 ("Example Radio")', 'country', 'not a known']],
    ['a non-canonical language tag', { ...good, language: 'EN_us' }, ['entry 1', 'language']],
    ['a non-http feed URL', { ...good, url: 'ftp://radio.example/rss' }, ['entry 1', 'url must be an absolute http(s) URL']],
    ['a relative homepage', { ...good, url: 'https://radio.example/other', homepage: '/home' }, ['entry 1', 'homepage']],
    ['a missing field', { source: 'No URL', homepage: 'https://x.example/', country: 'FR', language: 'fr' }, ['entry 1 ("No URL")', 'url']],
    ['a misspelt field', { ...good, url: 'https://radio.example/2', homepge: 'https://x.example/' }, ['entry 1', 'homepge']],
    ['an empty source', { ...good, source: ' ', url: 'https://radio.example/3' }, ['entry 1 is invalid', 'source']],
    ['a duplicate URL', { ...good, source: 'Copy', url: 'https://RADIO.example/rss' }, ['entry 1 ("Copy") repeats the url of entry 0']],
    ['a source with two homepages', { ...good, homepage: 'https://other.example/', url: 'https://radio.example/4' }, ['entry 1', 'different homepage or country']],
  ])('names the entry and field for %s', (_label, bad, fragments) => {
    const path = entries(good, bad);
    expect(() => loadDefaultFeeds(path)).toThrow(ConfigError);
    const message = (() => {
      try {
        loadDefaultFeeds(path);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message.startsWith(path)).toBe(true);
    for (const fragment of fragments) expect(message).toContain(fragment);
  });

  it.each([
    ['invalid JSON', '[{"source": }]', 'not valid JSON'],
    ['an object instead of an array', '{"feeds": []}', 'expected a JSON array'],
  ])('rejects %s', (_label, content, fragment) => {
    expect(() => loadDefaultFeeds(fileWith(content))).toThrow(fragment);
  });

  it('rejects a missing file with a ConfigError', () => {
    expect(() => loadDefaultFeeds(join(dir, 'absent.json'))).toThrow(ConfigError);
  });
});
