/**
 * Extraction on mozilla/readability's test pages (tests/fixtures/readability-pages, Apache-2.0): body-text F1 against
 * the article text readability's authors expect, and the page metadata they expect (title, language, byline).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedArticle } from '../../../src/ingest/extract/extract-article.ts';
import { htmlToText } from '../../../src/ingest/normalize/html-to-text.ts';
import { aggregateScores, pageF1, shingleCounts } from '../../support/body-text-f1.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'readability-pages');
const PAGES = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
/** The base URL readability's own tests use for these pages. */
const BASE = 'http://fakehost/test/page.html';

interface Expected {
  title: string | null;
  byline: string | null;
  lang: string | null;
}

const cases = PAGES.map((page) => ({
  page,
  expectedText: htmlToText(readFileSync(join(DIR, page, 'expected.html'), 'utf8')),
  meta: JSON.parse(readFileSync(join(DIR, page, 'expected-metadata.json'), 'utf8')) as Expected,
  result: extractArticle(readFileSync(join(DIR, page, 'source.html'), 'utf8'), BASE) as ExtractedArticle,
}));

describe('readability test pages', () => {
  it('has the vendored pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(20);
  });

  it('scores body-text F1 >= 0.97 over all pages', () => {
    const score = aggregateScores(cases.map((c) => shingleCounts(c.expectedText, c.result.text)));
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });

  it.each(cases.map((c) => [c.page, c]))('%s: F1 >= 0.9', (_page, c) => {
    expect(pageF1(c.expectedText, c.result.text)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(cases.filter((c) => c.meta.lang).map((c) => [c.page, c]))('%s: language as declared', (_page, c) => {
    expect(c.result.language?.toLowerCase()).toBe(c.meta.lang!.toLowerCase());
  });

  it('finds the byline readability expects on most pages', () => {
    const withByline = cases.filter((c) => c.meta.byline);
    const found = withByline.filter((c) => c.result.byline && (c.result.byline.includes(c.meta.byline!.replace(/^By\s+/u, '').split(/\s+/u)[0]!)));
    expect(found.length / withByline.length).toBeGreaterThanOrEqual(0.7);
  });

  it('gives every page a title and sanitized, absolute-URL HTML', () => {
    for (const c of cases) {
      expect(c.result.title, c.page).toBeTruthy();
      expect(c.result.html, c.page).not.toMatch(/<script|\son\w+=|javascript:/iu);
      for (const m of c.result.html.matchAll(/\s(?:href|src)="([^"]*)"/gu)) expect(m[1], c.page).toMatch(/^(?:https?:|mailto:)/u);
    }
  });
});
