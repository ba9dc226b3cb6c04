import { describe, expect, it } from 'vitest';
import { dedupKey } from '../../../src/ingest/normalize/dedup-key.ts';

const base = { guid: null, canonicalUrl: null, title: 'A title', publishedRaw: 'Mon, 02 Jun 2025 10:00:00 GMT' };

describe('dedupKey', () => {
  it.each([
    ['guid wins', { ...base, guid: 'abc-123', canonicalUrl: 'https://a.example/x' }, 'guid:abc-123'],
    ['guid is trimmed', { ...base, guid: '  abc-123\n' }, 'guid:abc-123'],
    ['a URL guid is still a guid', { ...base, guid: 'https://a.example/p?id=1', canonicalUrl: 'https://a.example/x' }, 'guid:https://a.example/p?id=1'],
    ['blank guid falls back to the URL', { ...base, guid: '   ', canonicalUrl: 'https://a.example/x' }, 'url:https://a.example/x'],
    ['URL when no guid', { ...base, canonicalUrl: 'https://a.example/x' }, 'url:https://a.example/x'],
  ])('%s', (_name, input, expected) => {
    expect(dedupKey(input)).toBe(expected);
  });

  it('hashes title and raw date when there is neither guid nor URL', () => {
    const key = dedupKey(base);
    expect(key).toMatch(/^hash:[0-9a-f]{32}$/);
    expect(dedupKey({ ...base })).toBe(key);
    expect(dedupKey({ ...base, title: 'Another title' })).not.toBe(key);
    expect(dedupKey({ ...base, publishedRaw: 'Tue, 03 Jun 2025 10:00:00 GMT' })).not.toBe(key);
    expect(dedupKey({ ...base, publishedRaw: null })).not.toBe(key);
  });
});
