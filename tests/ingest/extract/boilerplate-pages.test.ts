/**
 * Pages built around the world-news articles with heavy boilerplate (navigation, cookie banner, share bar, related
 * links, newsletter and paywall boxes, comments, footer, JSON-LD), in four templates that name their parts
 * differently. The article's text must come out whole and the boilerplate must stay out; tables and lists that
 * belong to the article are kept.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/extract/extract-article.ts';
import { loadWorldNewsArticles } from '../../enrich/world-news-corpus.ts';
import { pageF1 } from '../../support/body-text-f1.ts';
import { BOILERPLATE_MARKERS, newsPage, PAGE_TEMPLATES, type PageTemplate } from '../../support/news-page.ts';

const articles = (await loadWorldNewsArticles()).filter((a) => a.text.split(/\s+/u).length >= 120).slice(0, 8);
const related = (await loadWorldNewsArticles()).slice(-6).map((a) => ({ title: a.title, url: `https://example.org/r/${a.label.guid}` }));

const INSET_TABLE = '<table><caption>Pledges by donor</caption><tr><th>Donor</th><th>Amount</th></tr><tr><td>Northland fund</td><td>12 billion</td></tr><tr><td>Coastal bank</td><td>7 billion</td></tr></table>';
const INSET_LIST = '<ul><li>Grain corridor reopened for shipping convoys</li><li>Observers deployed along the ceasefire line</li><li>Prisoner lists exchanged through mediators</li></ul>';

function build(template: PageTemplate, i: number, inset?: string) {
  const a = articles[i % articles.length]!;
  const paragraphs = a.text.split(/\n{2,}/u).map((p) => p.trim()).filter(Boolean);
  const html = newsPage(
    { title: a.title, paragraphs, byline: 'Amina Diallo', publishedAt: '2025-06-12T09:30:00Z', url: `https://news.example/${i}`, language: 'en', siteName: 'The Example Post', ...(inset ? { inset } : {}) },
    related,
    template,
  );
  return { article: a, html, expected: paragraphs.join('\n\n') };
}

const cases = PAGE_TEMPLATES.flatMap((template) => articles.map((_, i) => ({ template, i })));

describe('pages with heavy boilerplate', () => {
  it.each(cases)('$template #$i: the body comes out whole (F1 >= 0.95)', ({ template, i }) => {
    const { html, expected } = build(template, i);
    const result = extractArticle(html, `https://news.example/${i}`);
    expect(pageF1(expected, result.text)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(cases)('$template #$i: no cookie banner, share bar, related links, comments or footer', ({ template, i }) => {
    const { html } = build(template, i);
    const text = extractArticle(html, `https://news.example/${i}`).text;
    for (const marker of ['We use cookies', 'Share this article', 'This comment section', 'Reader one', 'All rights reserved']) {
      expect(text, marker).not.toContain(marker);
    }
    for (const r of related) expect(text).not.toContain(r.title);
  });

  it.each(PAGE_TEMPLATES.filter((t) => t !== 'bare-divs'))('%s: named newsletter and paywall boxes are dropped', (template) => {
    const text = extractArticle(build(template, 0).html, 'https://news.example/0').text;
    for (const marker of BOILERPLATE_MARKERS) expect(text, marker).not.toContain(marker);
  });

  it.each(PAGE_TEMPLATES)('%s: a table and a list of the article are kept', (template) => {
    const table = extractArticle(build(template, 1, INSET_TABLE).html, 'https://news.example/1');
    expect(table.html).toContain('<table>');
    expect(table.text).toContain('Northland fund');
    const list = extractArticle(build(template, 2, INSET_LIST).html, 'https://news.example/2');
    expect(list.text).toContain('Observers deployed along the ceasefire line');
  });

  it('reads the metadata of the page', () => {
    const result = extractArticle(build('semantic', 3).html, 'https://news.example/3');
    expect(result).toMatchObject({
      canonicalUrl: 'https://news.example/3',
      byline: 'Amina Diallo',
      publishedAt: '2025-06-12T09:30:00.000Z',
      language: 'en',
      section: 'World',
      siteName: 'The Example Post',
    });
    expect(result.title).toBe(articles[3]!.title);
  });
});
