import { describe, expect, it } from 'vitest';
import { normalizeFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { normalizeWithinBudget } from '../../../src/ingest/normalize/normalize-within-budget.ts';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';
import { rssFeed, type TestItem } from '../../support/rss.ts';

const ctx = { feedUrl: 'https://budget.example/feed.xml', fetchedAt: new Date('2026-12-01T12:00:00Z') };
const at = (h: number) => new Date(Date.UTC(2026, 10, 30, h)).toUTCString();
const item = (guid: string, h: number, title = `Item ${guid} at ${h}`): TestItem => ({ guid, title, link: `https://budget.example/${guid}`, date: at(h) });

// Copies of one item (same guid) far apart in the document, the later revision first or last, and an item skipped
// for having nothing (no title, link or content is impossible with rssFeed, so every item normalises).
const items: TestItem[] = [
  item('a', 1),
  item('b', 2),
  item('c', 3),
  item('a', 5, 'Item a revised'),
  item('d', 4),
  item('b', 1, 'Item b older copy'),
  item('e', 6),
  item('c', 3, 'Item c same time, later in the document'),
];

describe('normalizeWithinBudget', () => {
  it.each([1, 2, 3, 5, 250])('gives what normalizeFeed gives, in slices of %i items', async (sliceItems) => {
    const raw = await parseFeed(rssFeed({ title: 'Budget', link: 'https://budget.example/' }, items));
    const whole = normalizeFeed(raw, ctx);
    const sliced = await normalizeWithinBudget(raw, ctx, { maxMs: 60_000, sliceItems });
    expect(sliced.unread).toBe(0);
    expect(sliced.meta).toEqual(whole.meta);
    expect(sliced.articles.map((a) => a.title)).toEqual(whole.articles.map((a) => a.title));
    expect(sliced.articles).toEqual(whole.articles);
    expect(sliced.skipped.length).toBe(whole.skipped.length);
  });

  it.each([
    { maxMs: 0, sliceItems: 3, read: 3 },
    { maxMs: 1, sliceItems: 3, read: 6 },
    { maxMs: 1, sliceItems: 2, read: 4 },
    { maxMs: 100, sliceItems: 3, read: 8 },
  ])('stops once the budget is spent ($maxMs ticks, slices of $sliceItems): $read items read', async ({ maxMs, sliceItems, read }) => {
    const raw = await parseFeed(rssFeed({ title: 'Budget', link: 'https://budget.example/' }, items));
    // A clock that moves one tick per slice read (it is read once at the start and once after each slice).
    let tick = 0;
    const sliced = await normalizeWithinBudget(raw, ctx, { maxMs, sliceItems, now: () => tick++ });
    expect(sliced.unread).toBe(items.length - read);
    const whole = normalizeFeed({ ...raw, items: raw.items.slice(0, read) }, ctx);
    expect(sliced.articles.map((a) => a.title)).toEqual(whole.articles.map((a) => a.title));
  });
});
