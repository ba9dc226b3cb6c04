import { describe, expect, it } from 'vitest';
import { normalizeFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { MAX_TITLE_CHARS } from '../../../src/ingest/normalize/normalize-item.ts';
import { rawFeed, rawItem } from './raw-fixtures.ts';

const ctx = { feedUrl: 'https://desk.example/feed.xml', fetchedAt: new Date('2026-11-20T12:00:00Z') };

describe('title cap', () => {
  it.each([
    { name: 'a headline', title: 'Ministers meet in Brussels', length: 26, ends: 'Brussels' },
    { name: 'exactly the cap', title: 'a'.repeat(MAX_TITLE_CHARS), length: MAX_TITLE_CHARS, ends: 'a' },
    { name: 'a megabyte title', title: 'word '.repeat(210_000), length: MAX_TITLE_CHARS, ends: '…' },
    // Cut before a surrogate pair split at the boundary (an emoji is two UTF-16 units).
    { name: 'emoji across the cut', title: `${'x'.repeat(MAX_TITLE_CHARS - 2)}${'😀'.repeat(10)}`, length: MAX_TITLE_CHARS - 1, ends: 'x…' },
  ])('$name', ({ title, length, ends }) => {
    const [article] = normalizeFeed(rawFeed([rawItem({ title, link: 'https://desk.example/a' })]), ctx).articles;
    expect(article!.title.length).toBe(length);
    expect(article!.title.endsWith(ends)).toBe(true);
    // No lone surrogate left at the end.
    expect(article!.title).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
