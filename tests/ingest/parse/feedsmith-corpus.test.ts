import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../../src/domain/raw-feed.ts';
import { parseFeedDate } from '../../../src/ingest/normalize/parse-date.ts';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.ts';
import { corpusPath, listFiles, readJson, readText } from './corpus.ts';

/**
 * macieklamberski/feedsmith reference feeds: every RSS 0.90-2.0, RDF 0.9/1.0 and Atom 0.3/1.0 version parses, and
 * each item's title, link, date, author and content match feedsmith's expected JSON after mapping its shape:
 * - RSS/RDF: title | dc.title, link, pubDate | dc.date, authors[0] | dc.creator, content.encoded, description |
 *   dc.description;
 * - Atom: title, the alternate link, published | updated, authors[0].name, content and summary; an entry without a
 *   summary takes its media description (entry, then media:group, then media:content), as RSS items do, where
 *   feedsmith keeps that text under `media`.
 * Dates compare as instants (both sides through parseFeedDate); HTML compares with whitespace collapsed, and an
 * xhtml `<div>` wrapper (which feedsmith keeps and RawItem drops, per RFC 4287) is removed from the expected side.
 */
type Json = Record<string, any>;

interface Expected {
  title: string | null;
  link: string | null;
  date: string | null;
  author: string | null;
  content: string | null;
  summary: string | null;
}

const FOLDERS = ['rss', 'rdf', 'atom'] as const;
const cases = FOLDERS.flatMap((folder) => listFiles(corpusPath('feedsmith', folder), /\.xml$/).map((file) => [folder, file] as const));

function expectedItems(doc: Json, folder: string): Expected[] {
  if (folder === 'atom') {
    return (doc['entries'] ?? []).map((e: Json) => ({
      title: e['title'] ?? null,
      link: (e['links'] ?? []).find((l: Json) => (l['rel'] ?? 'alternate') === 'alternate')?.['href'] ?? null,
      // Dublin Core stands in for what the entry leaves out, as it does in RSS below (`dc:date` dates an entry
      // that has no published date, before its updated one).
      date: e['published'] ?? e['dc']?.['date'] ?? e['updated'] ?? null,
      author: e['authors']?.[0]?.['name'] ?? e['dc']?.['creator'] ?? null,
      content: e['content'] ?? null,
      summary: e['summary'] ?? e['dc']?.['description'] ?? mediaDescription(e['media']),
    }));
  }
  return (doc['items'] ?? []).map((e: Json) => ({
    title: e['title'] ?? e['dc']?.['title'] ?? null,
    link: e['link'] ?? null,
    date: e['pubDate'] ?? e['dc']?.['date'] ?? null,
    author: e['authors']?.[0] ?? e['dc']?.['creator'] ?? null,
    content: e['content']?.['encoded'] ?? null,
    summary: e['description'] ?? e['dc']?.['description'] ?? null,
  }));
}

/** The first media description in the order newsgraph reads them: the entry's own, its groups', its contents'. */
function mediaDescription(media: Json | undefined): string | null {
  if (!media) return null;
  const holders: Json[] = [media, ...(media['groups'] ?? []), ...(media['contents'] ?? [])];
  for (const h of holders) {
    const value = h['description']?.['value'];
    if (typeof value === 'string') return value;
  }
  return null;
}

function html(value: string | null): string | null {
  if (value === null) return null;
  const unwrapped = /^\s*<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml">([\s\S]*)<\/div>\s*$/.exec(value)?.[1] ?? value;
  return unwrapped.replace(/\s+/g, ' ').trim();
}

function iso(value: string | null): string | null {
  return parseFeedDate(value)?.toISOString() ?? null;
}

/** RSS: the expected author is the string as written ("mark@example.org (Mark Pilgrim)"); Atom: a name. */
function authorMatches(expected: string | null, item: RawItem, folder: string): boolean {
  const first = item.authors[0];
  if (expected === null) return first === undefined;
  if (first === undefined) return false;
  if (folder === 'atom') return first.name === expected;
  return [first.name, first.email].every((part) => part === null || expected.includes(part));
}

describe('feedsmith reference feeds', () => {
  it('covers every format version', () => {
    expect(cases.map(([, f]) => f)).toEqual(
      expect.arrayContaining(['rss-090.xml', 'rss-091.xml', 'rss-092.xml', 'rss-093.xml', 'rss-094.xml', 'rss-20.xml', 'rdf-09.xml', 'rdf-10.xml', 'atom-03.xml', 'atom-10.xml']),
    );
  });

  it.each(cases)('%s/%s matches the expected items', async (folder, file) => {
    const doc = readJson<Json>(corpusPath('feedsmith', folder, file.replace(/\.xml$/, '.json')));
    const raw = await parseFeed(readText(corpusPath('feedsmith', folder, file)));
    expect(raw.format).toBe(folder);
    expect(raw.title?.trim()).toBe(doc['title']);
    const expected = expectedItems(doc, folder);
    expect(raw.items.length).toBe(expected.length);
    expected.forEach((e, i) => {
      const item = raw.items[i]!;
      const where = `${folder}/${file} item ${i}`;
      expect(item.title?.trim() ?? null, where).toBe(e.title);
      expect(item.link, where).toBe(e.link);
      expect(iso(item.published ?? item.updated), where).toBe(iso(e.date));
      expect(authorMatches(e.author, item, folder), `${where} author ${e.author} vs ${JSON.stringify(item.authors)}`).toBe(true);
      expect(html(item.contentHtml ?? item.contentText), where).toBe(html(e.content));
      expect(html(item.summaryHtml), where).toBe(html(e.summary));
    });
  });
});
