import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../src/ingest/extract/dom.ts';
import { readPageMetadata } from '../../../src/ingest/extract/metadata/page-metadata.ts';

const URL_ = 'https://news.example/world/2025/story.html';
const page = (head: string, body = '', htmlAttrs = '') => `<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const read = (html: string, contentLanguage: string | null = null) => readPageMetadata(parseHtmlDocument(html), URL_, contentLanguage);

describe('page metadata', () => {
  it.each([
    ['JSON-LD NewsArticle in @graph', page(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'H', datePublished: '2025-06-12T10:00:00+02:00', dateModified: '2025-06-12T12:00:00Z', author: [{ name: 'A. One' }, { name: 'B. Two' }], image: { url: '/img/lead.jpg' }, articleSection: ['World', 'Europe'], publisher: { name: 'Example News' } }] })),
      { title: 'H', publishedAt: '2025-06-12T08:00:00.000Z', modifiedAt: '2025-06-12T12:00:00.000Z', byline: 'A. One, B. Two', leadImage: 'https://news.example/img/lead.jpg', section: 'World', siteName: 'Example News' }],
    ['JSON-LD array with a type list', page(ld([{ '@type': ['ReportageNewsArticle'], headline: 'R', author: 'Solo Writer', datePublished: '2025-01-02' }])),
      { title: 'R', byline: 'Solo Writer', publishedAt: '2025-01-02T00:00:00.000Z' }],
    ['Open Graph and article:* tags', page('<meta property="og:title" content="OG title"><meta property="article:published_time" content="2024-11-05T07:30:00Z"><meta property="article:modified_time" content="2024-11-05T09:00:00Z"><meta property="article:section" content="Politics"><meta property="og:image" content="https://cdn.example/i.png"><meta property="og:site_name" content="Site"><meta name="author" content="Meta Author">'),
      { title: 'OG title', publishedAt: '2024-11-05T07:30:00.000Z', modifiedAt: '2024-11-05T09:00:00.000Z', section: 'Politics', leadImage: 'https://cdn.example/i.png', siteName: 'Site', byline: 'Meta Author' }],
    ['a profile URL as article:author names nobody; the printed byline does', page('<meta property="article:author" content="https://facebook.example/writer">', '<p class="story-byline">By Printed Name</p>'),
      { byline: 'By Printed Name' }],
    ['<time datetime> inside the article', page('<title>T</title>', '<article><time datetime="2023-03-04T05:06:07Z">March 4</time><p>x</p></article>'),
      { title: 'T', publishedAt: '2023-03-04T05:06:07.000Z' }],
    ['broken JSON-LD is skipped', page('<script type="application/ld+json">{ "headline": </script><meta property="og:title" content="Fallback">'),
      { title: 'Fallback' }],
  ])('%s', (_name, html, expected) => {
    expect(read(html)).toMatchObject(expected);
  });

  it.each([
    ['link rel=canonical, relative', page('<link rel="canonical" href="/world/canonical.html"><meta property="og:url" content="https://other.example/x">'), 'https://news.example/world/canonical.html'],
    ['og:url when there is no canonical link', page('<meta property="og:url" content="https://news.example/og">'), 'https://news.example/og'],
    ['none', page('<title>x</title>'), null],
    ['a javascript: canonical is refused', page('<link rel="canonical" href="javascript:alert(1)">'), null],
  ])('canonical URL: %s', (_name, html, expected) => {
    expect(read(html).canonicalUrl).toBe(expected);
  });

  it.each([
    ['<html lang>', page('', '', 'lang="fr-fr"'), null, 'fr-FR'],
    ['http-equiv Content-Language', page('<meta http-equiv="Content-Language" content="de">'), null, 'de'],
    ['og:locale with an underscore', page('<meta property="og:locale" content="pt_BR">'), null, 'pt-BR'],
    ['the HTTP Content-Language header last', page(''), 'es, en', 'es'],
    ['junk is no language', page('', '', 'lang="english"'), null, null],
  ])('language: %s', (_name, html, header, expected) => {
    expect(read(html, header).language).toBe(expected);
  });
});
