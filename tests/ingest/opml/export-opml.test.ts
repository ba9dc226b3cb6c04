import { describe, expect, it } from 'vitest';
import { exportOpml, type OpmlExportFeed } from '../../../src/ingest/opml/export-opml.ts';
import { parseOpml } from '../../../src/ingest/opml/parse-opml.ts';

const NOW = new Date('2026-03-05T09:30:00Z');

const feeds: OpmlExportFeed[] = [
  { title: 'World', xmlUrl: 'https://bbc.example/world/rss.xml', htmlUrl: 'https://bbc.example/news', category: 'BBC News' },
  { title: 'Nachrichten & "Hintergrund" <täglich>', xmlUrl: 'https://dw.example/rss?lang=de&cat=all', htmlUrl: null, category: 'DW' },
  { title: "L'actualité — monde", xmlUrl: 'https://f24.example/fr/rss', htmlUrl: 'https://f24.example/fr/?a=1&b=2', category: 'France 24' },
  { title: null, xmlUrl: 'https://bbc.example/mundo/rss.xml', htmlUrl: null, category: 'BBC News' },
  { title: 'Loose one', xmlUrl: 'https://loose.example/feed', htmlUrl: null, category: null },
  { title: 'Blank category', xmlUrl: 'https://blank.example/feed', htmlUrl: null, category: '  ' },
];

describe('exportOpml', () => {
  const text = exportOpml(feeds, { title: 'newsgraph <feeds> & more', now: NOW });

  it('writes an OPML 2.0 head with an escaped title and an RFC 822 date', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')).toBe(true);
    expect(text).toContain('<title>newsgraph &lt;feeds&gt; &amp; more</title>');
    expect(text).toContain('<dateCreated>Thu, 05 Mar 2026 09:30:00 GMT</dateCreated>');
  });

  it('escapes attribute values', () => {
    expect(text).toContain('title="Nachrichten &amp; &quot;Hintergrund&quot; &lt;täglich&gt;"');
    expect(text).toContain('xmlUrl="https://dw.example/rss?lang=de&amp;cat=all"');
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
  });

  it('round-trips through parseOpml, grouped by category in order of first appearance', () => {
    const parsed = parseOpml(text);
    expect(parsed.title).toBe('newsgraph <feeds> & more');
    expect(parsed.problems).toEqual([]);
    expect(parsed.feeds.map((f) => ({ title: f.title, xmlUrl: f.xmlUrl, htmlUrl: f.htmlUrl, categories: f.categories }))).toEqual([
      { title: 'World', xmlUrl: feeds[0]!.xmlUrl, htmlUrl: feeds[0]!.htmlUrl, categories: ['BBC News'] },
      { title: null, xmlUrl: feeds[3]!.xmlUrl, htmlUrl: null, categories: ['BBC News'] },
      { title: feeds[1]!.title, xmlUrl: feeds[1]!.xmlUrl, htmlUrl: null, categories: ['DW'] },
      { title: feeds[2]!.title, xmlUrl: feeds[2]!.xmlUrl, htmlUrl: feeds[2]!.htmlUrl, categories: ['France 24'] },
      { title: 'Loose one', xmlUrl: 'https://loose.example/feed', htmlUrl: null, categories: [] },
      { title: 'Blank category', xmlUrl: 'https://blank.example/feed', htmlUrl: null, categories: [] },
    ]);
    expect(parsed.feeds.every((f) => f.type === 'rss')).toBe(true);
  });

  it('drops characters XML cannot hold instead of writing an unreadable file', () => {
    const out = exportOpml([{ title: 'bad\u0001title\u0008', xmlUrl: 'https://a.example/rss', htmlUrl: null, category: null }], { title: 't', now: NOW });
    expect(parseOpml(out).feeds[0]!.title).toBe('badtitle');
  });

  it('exports an empty list as a valid, empty document', () => {
    expect(parseOpml(exportOpml([], { title: 'none', now: NOW }))).toEqual({ title: 'none', feeds: [], problems: [] });
  });
});
