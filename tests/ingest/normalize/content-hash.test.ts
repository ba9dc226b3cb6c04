import { describe, expect, it } from 'vitest';
import { contentHash, type HashableArticle } from '../../../src/ingest/normalize/content-hash.ts';

const article: HashableArticle = {
  dedupKey: 'guid:1',
  guid: '1',
  url: 'https://a.example/x',
  canonicalUrl: 'https://a.example/x',
  title: 'Title',
  contentHtml: '<p>Body</p>',
  text: 'Body',
  excerpt: 'Body',
  authors: ['Jo'],
  categories: ['World'],
  imageUrl: null,
  enclosures: [{ url: 'https://a.example/a.mp3', type: 'audio/mpeg', length: 10 }],
  language: 'en',
  updatedAt: '2025-06-02T10:00:00.000Z',
};

describe('contentHash', () => {
  it('is a stable sha256 hex digest', () => {
    expect(contentHash(article)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...article })).toBe(contentHash(article));
  });

  it.each<[string, Partial<HashableArticle>]>([
    ['url', { url: 'https://a.example/y' }],
    ['title', { title: 'Title 2' }],
    ['contentHtml', { contentHtml: '<p>Body!</p>' }],
    ['text', { text: 'Body!' }],
    ['excerpt', { excerpt: 'Other' }],
    ['authors', { authors: ['Jo', 'Al'] }],
    ['categories', { categories: [] }],
    ['category split vs join', { categories: ['Wor', 'ld'] }],
    ['imageUrl', { imageUrl: 'https://a.example/i.jpg' }],
    ['enclosures', { enclosures: [] }],
    ['enclosure length', { enclosures: [{ url: 'https://a.example/a.mp3', type: 'audio/mpeg', length: 11 }] }],
    ['language', { language: 'fr' }],
  ])('changes when %s changes', (_name, change) => {
    expect(contentHash({ ...article, ...change })).not.toBe(contentHash(article));
  });

  it.each<[string, Partial<HashableArticle>]>([
    ['dedupKey', { dedupKey: 'url:https://a.example/x' }],
    ['guid', { guid: 'other' }],
    ['canonicalUrl', { canonicalUrl: null }],
    ['updatedAt', { updatedAt: '2025-06-03T10:00:00.000Z' }],
  ])('ignores %s (identity or build-time noise, not content)', (_name, change) => {
    expect(contentHash({ ...article, ...change })).toBe(contentHash(article));
  });
});
