/**
 * End to end over the feed-extractor samples: parse + normalize real-world shaped feeds (RSS, Atom, RDF, JSON Feed,
 * some with relative links and no base) and check the invariants every stored article relies on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';
import { normalizeFeed } from '../../../src/ingest/normalize/normalize-feed.ts';
import { fixtureUrl } from '../../support/fixtures.ts';

const DIR = fixtureUrl('feeds/feed-extractor/');
const SAMPLES = readdirSync(fileURLToPath(DIR)).filter((name) => /\.(xml|rss|json)$/.test(name)).sort();
const ABSOLUTE_HTTP = /^https?:\/\/[^\s/]+/;
const FETCHED_AT = new Date('2025-06-10T12:00:00.000Z');

function urlsInHtml(html: string): string[] {
  const elements = DomUtils.findAll(() => true, parseDocument(html).children) as Element[];
  return elements.flatMap((el) => [el.attribs.href, el.attribs.src].filter((v): v is string => v !== undefined));
}

describe('feed-extractor samples: parse + normalize', () => {
  it('finds the corpus', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(13);
  });

  it.each(SAMPLES.map((name) => [name]))('%s', async (name) => {
    const text = readFileSync(new URL(name, DIR), 'utf8');
    const raw = await parseFeed(text);
    const result = normalizeFeed(raw, { feedUrl: `https://feeds.example.test/samples/${name}`, fetchedAt: FETCHED_AT });

    expect(result.articles.length).toBeGreaterThan(0);
    expect(result.articles.length + result.skipped.length).toBe(raw.items.length);
    for (const url of [result.meta.siteUrl, result.meta.selfUrl, result.meta.imageUrl]) {
      if (url !== null) expect(url).toMatch(ABSOLUTE_HTTP);
    }
    for (const article of result.articles) {
      expect(article.title.trim()).not.toBe('');
      expect(article.title).not.toMatch(/[\n<]|&[a-z]+;/);
      if (article.url !== null) expect(article.url).toMatch(ABSOLUTE_HTTP);
      if (article.canonicalUrl !== null) expect(article.canonicalUrl).toMatch(ABSOLUTE_HTTP);
      if (article.imageUrl !== null) expect(article.imageUrl).toMatch(ABSOLUTE_HTTP);
      for (const enclosure of article.enclosures) expect(enclosure.url).toMatch(ABSOLUTE_HTTP);
      for (const url of urlsInHtml(article.contentHtml ?? '')) expect(url).toMatch(/^(https?:\/\/|mailto:)/);
      expect(Number.isNaN(Date.parse(article.publishedAt))).toBe(false);
      expect(article.dedupKey).toMatch(/^(guid|url|hash):./);
      expect(article.excerpt.length).toBeLessThanOrEqual(280);
    }
    // Items that carry a link keep it.
    const itemsWithLink = raw.items.filter((item) => item.link !== null && item.link.trim() !== '').length;
    const articlesWithUrl = result.articles.filter((a) => a.url !== null).length;
    expect(articlesWithUrl).toBeGreaterThanOrEqual(Math.min(itemsWithLink, result.articles.length));
  });

  it('resolves relative links in feeds without a base URL', async () => {
    for (const name of SAMPLES.filter((n) => n.includes('miss-base-url'))) {
      const raw = await parseFeed(readFileSync(new URL(name, DIR), 'utf8'));
      const isRelative = raw.items.map((item) => {
        const location = item.link ?? item.guid;
        return location !== null && !ABSOLUTE_HTTP.test(location.trim());
      });
      const result = normalizeFeed(raw, { feedUrl: 'https://feeds.example.test/x/feed', fetchedAt: FETCHED_AT });
      // The sample exists to exercise this: it holds relative links (or permalink guids), and each comes out absolute.
      expect(isRelative.filter(Boolean).length, name).toBeGreaterThan(0);
      expect(result.articles.length, name).toBe(raw.items.length);
      result.articles.forEach((article, i) => {
        expect(article.url, name).toMatch(isRelative[i] ? /^https:\/\/feeds\.example\.test\// : ABSOLUTE_HTTP);
      });
      expect(result.meta.siteUrl, name).toMatch(/^https:\/\/feeds\.example\.test\//);
    }
  });
});
