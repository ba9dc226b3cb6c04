/** Hand-made RawFeeds for normalize tests: every field explicit, overridable per test. */
import type { RawFeed, RawItem, RawPerson } from '../../../src/domain/raw-feed.ts';

export function rawItem(overrides: Partial<RawItem> = {}): RawItem {
  return {
    guid: null,
    title: 'Default title',
    link: null,
    base: null,
    contentHtml: null,
    contentText: null,
    summaryHtml: null,
    published: null,
    updated: null,
    authors: [],
    categories: [],
    enclosures: [],
    imageUrl: null,
    language: null,
    ...overrides,
  };
}

export function rawFeed(items: RawItem[], overrides: Partial<RawFeed> = {}): RawFeed {
  return {
    format: 'rss',
    version: '2.0',
    title: 'Example News',
    link: null,
    selfUrl: null,
    base: null,
    description: null,
    language: null,
    published: null,
    updated: null,
    authors: [],
    imageUrl: null,
    ttlMinutes: null,
    items,
    ...overrides,
  };
}

export function person(name: string | null, email: string | null = null): RawPerson {
  return { name, email, uri: null };
}
