import { describe, expect, it } from 'vitest';
import { isBylineOrDateLine, isFurnitureLabel, isPointerLine, isShouting } from '../../../src/ingest/extract/boilerplate-lines.ts';
import { extractArticle } from '../../../src/ingest/extract/extract-article.ts';
import { wantsPage } from '../../../src/ingest/extract/full-text-policy.ts';
import { parseOpml } from '../../../src/ingest/opml/parse-opml.ts';
import { nameTokens } from '../../../src/ingest/extract/name-tokens.ts';
import { nextAttemptAt } from '../../../src/ingest/extract/retry-policy.ts';

describe('class and id words', () => {
  it.each([
    ['article-share_bar', ['article', 'share', 'bar']],
    ['articleShareBar', ['article', 'share', 'bar']],
    ['  story__social-share  js-x ', ['story', 'social', 'share', 'js', 'x']],
    ['HTMLContent2', ['htmlcontent2']],
    ['', []],
  ])('%s', (value, words) => expect(nameTokens(value)).toEqual(words));
});

describe('furniture lines', () => {
  it.each([
    ['ADVERTISEMENT', true], ['Advertisement -', true], ['Continue reading below', true], ['Skip to content', true],
    ['Ad blockers hurt us', false], ['The advertisement campaign was pulled after complaints.', false],
  ])('label %s -> %s', (text, expected) => expect(isFurnitureLabel(text)).toBe(expected));

  it.each([
    ['By Jane Doe', true], ['By Jane Doe and John Roe, Reuters', true], ['Published 3 hours ago', true],
    ['Updated: 12 June 2025', true], ['12 June 2025, 10:45', true], ['June 12, 2025', true],
    ['By the end of the week the talks had collapsed and both sides blamed each other.', false],
    ['On June 12 the ministers met in Nairobi to agree on a new adaptation fund for island states.', false],
  ])('byline or date %s -> %s', (text, expected) => expect(isBylineOrDateLine(text, text.split(/\s+/u).length)).toBe(expected));

  it.each([
    ['Related: Talks resume in Geneva', true], ['READ MORE: the full report', true], ['Full results here', true],
    ['The related talks resumed in Geneva on Monday.', false],
  ])('pointer %s -> %s', (text, expected) => expect(isPointerLine(text)).toBe(expected));

  it.each([
    ['CO FOUNDER PROUD OF HIS STAFF', true], ['NASA', false], ['Talks RESUME in Geneva', false], ['ÉTAT DES LIEUX DU MARCHÉ', true],
  ])('shouting %s -> %s', (text, expected) => expect(isShouting(text)).toBe(expected));
});

describe('full-text policy', () => {
  it.each([
    [['AUTO'], 20, true], [['AUTO'], 400, false], [['ALWAYS'], 400, true], [['NEVER'], 5, false],
    [['NEVER', 'AUTO'], 5, true], [['NEVER', 'ALWAYS'], 900, true], [[], 5, true], [[], 900, false],
  ] as const)('%j with %i feed words -> %s', (policies, words, expected) => {
    expect(wantsPage(policies, words, 150)).toBe(expected);
  });
});

describe('retry backoff', () => {
  const now = new Date('2025-06-01T00:00:00Z');
  const opts = { baseSeconds: 60, maxAttempts: 4, now };
  it.each([
    ['timeout', 0, '2025-06-01T00:01:00.000Z'],
    ['http_5xx', 1, '2025-06-01T00:02:00.000Z'],
    ['dns', 2, '2025-06-01T00:04:00.000Z'],
    ['timeout', 3, null],
    ['http_4xx', 0, null],
    ['not_html', 0, null],
  ] as const)('%s after %i attempts -> %s', (code, attempts, expected) => {
    expect(nextAttemptAt(code, attempts, opts)).toBe(expected);
  });
  it('waits at least as long as Retry-After asks', () => {
    expect(nextAttemptAt('http_429', 0, { ...opts, retryAfterSeconds: 3600 })).toBe('2025-06-01T01:00:00.000Z');
  });
});

describe('hostile pages', () => {
  const para = `<p>${'The minister said the talks would continue next week in the capital, officials confirmed. '.repeat(5)}</p>`;
  it('refuses a page nested deeper than any real page, with a typed error', () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}${para}${'</div>'.repeat(20_000)}</body></html>`;
    expect(() => extractArticle(html, 'https://x.example/')).toThrow(expect.objectContaining({ code: 'parse_error' }));
  });

  it('keeps an article whose container carries a boilerplate name', () => {
    const html = `<html><body>${'<div class="share-wrapper">'.repeat(50)}${para.repeat(6)}${'</div>'.repeat(50)}</body></html>`;
    expect(extractArticle(html, 'https://x.example/').wordCount).toBeGreaterThan(300);
  });
});

describe('OPML fullText attribute', () => {
  it.each([
    ['fullText="always"', { fullText: 'ALWAYS' }],
    ['FULLTEXT="Never"', { fullText: 'NEVER' }],
    ['fullText="sometimes"', {}],
    ['', {}],
  ])('%s', (attribute, expected) => {
    const feeds = parseOpml(`<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/rss" ${attribute}/></body></opml>`).feeds;
    expect(feeds[0]).toEqual({ title: 'A', xmlUrl: 'https://a.example/rss', htmlUrl: null, type: null, language: null, categories: [], ...expected });
  });
});
