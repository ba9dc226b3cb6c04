import { readdirSync, readFileSync } from 'node:fs';
import { DomUtils, Parser, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseFeed } from '../../src/ingest/parse/parse-feed.ts';
import { readXmlTree } from '../../src/ingest/parse/xml-tree.ts';

const DIR = new URL('../../src/cli/demo-corpus/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, DIR), 'utf8');

const manifestSchema = z.array(
  z.strictObject({
    file: z.string().regex(/^[a-z0-9-]+\.(rss|atom|rdf|json)$/),
    path: z.string().regex(/^\/[a-z0-9/._-]+$/),
    contentType: z.string().regex(/^application\/(rss|atom|rdf)\+xml; charset=utf-8$|^application\/feed\+json; charset=utf-8$/),
    source: z.string().min(1),
    homepage: z.string().regex(/^https:\/\/[a-z0-9-]+\.example\/$/),
    country: z.string().regex(/^[A-Z]{2}$/),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
  }),
);
const manifest = manifestSchema.parse(JSON.parse(read('feeds.json')));

type Format = 'rss' | 'atom' | 'rdf' | 'json';

/** What the demo needs to know about one item, read straight from the file. */
interface DemoItem {
  title: string;
  link: string;
  date: string;
  author: string;
  categories: string[];
  html: string;
}

/**
 * Well-formedness with htmlparser2 in xmlMode: htmlparser2 never throws, but it reports every close it had to
 * invent (for an unclosed or mismatched tag) as implied; only self-closing tags may be implied.
 */
function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  let rootClosed = false;
  const parser: Parser = new Parser(
    {
      onopentag() {
        depth += 1;
      },
      onclosetag(name, isImplied) {
        depth -= 1;
        const source = text.slice(parser.startIndex, parser.endIndex + 1);
        if (isImplied && !source.endsWith('/>')) problems.push(`<${name}> is not closed`);
        if (depth === 0 && !isImplied) rootClosed = true;
      },
      onerror(error) {
        problems.push(error.message);
      },
    },
    { xmlMode: true },
  );
  parser.end(text);
  if (!rootClosed) problems.push('the root element is not closed');
  return problems;
}

function formatOf(text: string): Format {
  if (text.trimStart().startsWith('{')) return 'json';
  const root = parseDocument(text, { xmlMode: true }).children.find(DomUtils.isTag);
  return ({ rss: 'rss', feed: 'atom', 'rdf:RDF': 'rdf' } as Record<string, Format>)[root?.name ?? ''] ?? (() => {
    throw new Error(`unknown root <${root?.name}>`);
  })();
}

function xmlItems(text: string, format: Exclude<Format, 'json'>): DemoItem[] {
  const doc = parseDocument(text, { xmlMode: true });
  const itemTag = format === 'atom' ? 'entry' : 'item';
  return DomUtils.getElementsByTagName(itemTag, doc).map((item) => {
    const first = (...names: string[]) => {
      for (const name of names) {
        const found = DomUtils.getElementsByTagName(name, item.children, false)[0];
        if (found) return found;
      }
      return undefined;
    };
    const text = (...names: string[]) => {
      const el = first(...names);
      return el ? DomUtils.textContent(el).trim() : '';
    };
    const linkEl = first('link');
    return {
      title: text('title'),
      link: format === 'atom' ? (linkEl?.attribs.href ?? '') : text('link'),
      date: text('pubDate', 'published', 'dc:date'),
      author: text('dc:creator', 'author'),
      categories: DomUtils.getElementsByTagName(format === 'rdf' ? 'dc:subject' : 'category', item.children, false).map(
        (c) => c.attribs.label ?? DomUtils.textContent(c).trim(),
      ),
      html: text('content:encoded', 'content'),
    };
  });
}

interface JsonFeed {
  version: string;
  items: { id: string; url: string; title: string; content_html: string; date_published: string; authors: { name: string }[]; tags: string[] }[];
}

function feedItems(text: string, format: Format): DemoItem[] {
  if (format !== 'json') return xmlItems(text, format);
  const feed = JSON.parse(text) as JsonFeed;
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  return feed.items.map((i) => ({
    title: i.title,
    link: i.url,
    date: i.date_published,
    author: i.authors[0]?.name ?? '',
    categories: i.tags,
    html: i.content_html,
  }));
}

const corpus = manifest.map((entry) => {
  const text = read(entry.file);
  const format = formatOf(text);
  return { entry, text, format, items: feedItems(text, format) };
});

describe('demo corpus manifest', () => {
  it('lists four feeds, one per format, with unique files and paths', () => {
    expect(corpus.map((c) => c.format).sort()).toEqual(['atom', 'json', 'rdf', 'rss']);
    expect(new Set(manifest.map((m) => m.file)).size).toBe(manifest.length);
    expect(new Set(manifest.map((m) => m.path)).size).toBe(manifest.length);
    expect(new Set(manifest.map((m) => m.source)).size).toBeGreaterThanOrEqual(3);
  });

  it('lists every data file in the folder, and nothing else', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'feeds.json' && !f.endsWith('.md'));
    expect(files.sort()).toEqual(manifest.map((m) => m.file).sort());
  });

  it.each(corpus.map((c) => [c.entry.file, c] as const))('%s: content type matches the format', (_file, c) => {
    const expected = { rss: 'application/rss+xml', atom: 'application/atom+xml', rdf: 'application/rdf+xml', json: 'application/feed+json' }[c.format];
    expect(c.entry.contentType.split(';')[0]).toBe(expected);
  });
});

describe('demo corpus files', () => {
  it.each(corpus.filter((c) => c.format !== 'json').map((c) => [c.entry.file, c] as const))(
    '%s is well-formed XML (htmlparser2 xmlMode) and strict XML (saxes) with the same items',
    async (_file, c) => {
      expect(xmlProblems(c.text)).toEqual([]);
      expect(readXmlTree(c.text.trimStart()).warnings).toEqual([]);
      const parsed = await parseFeed(c.text);
      expect(parsed.items.map((i) => i.title)).toEqual(c.items.map((i) => i.title));
    },
  );

  it.each(corpus.map((c) => [c.entry.file, c] as const))('%s has 6-10 complete items dated in 2026', (_file, c) => {
    expect(c.items.length).toBeGreaterThanOrEqual(6);
    expect(c.items.length).toBeLessThanOrEqual(10);
    for (const item of c.items) {
      expect(item.title, c.entry.file).not.toBe('');
      expect(item.link, item.title).not.toBe('');
      expect(item.author, item.title).not.toBe('');
      expect(item.categories.length, item.title).toBeGreaterThan(0);
      expect(item.html, item.title).toMatch(/<p>.+<\/p>/s);
      const date = new Date(item.date);
      expect(Number.isNaN(date.getTime()), `${item.title}: ${item.date}`).toBe(false);
      expect(date.getUTCFullYear()).toBe(2026);
    }
    const links = c.items.map((i) => i.link);
    expect(new Set(links).size).toBe(links.length);
  });

  it('holds about 30 items in all', () => {
    const total = corpus.reduce((n, c) => n + c.items.length, 0);
    expect(total).toBeGreaterThanOrEqual(26);
    expect(total).toBeLessThanOrEqual(34);
  });

  it('covers shared events: each appears in at least three outlets', () => {
    const outletsMentioning = (term: string) =>
      new Set(corpus.filter((c) => c.items.some((i) => `${i.title} ${i.html}`.includes(term))).map((c) => c.entry.source)).size;
    for (const term of ['Tidewater Pact', 'Ostravia', 'Calvera', 'Wayfarer']) expect(outletsMentioning(term), term).toBeGreaterThanOrEqual(3);
  });

  it('has an Atom entry whose relative link needs its xml:base', () => {
    const atom = corpus.find((c) => c.format === 'atom')!;
    const doc = parseDocument(atom.text, { xmlMode: true });
    const based = DomUtils.getElementsByTagName('entry', doc).filter((e) => e.attribs['xml:base'] !== undefined);
    expect(based).toHaveLength(1);
    const href = DomUtils.getElementsByTagName('link', based[0]!.children, false)[0]!.attribs.href!;
    expect(() => new URL(href)).toThrow();
    expect(new URL(href, based[0]!.attribs['xml:base']).protocol).toBe('https:');
  });

  it('has an RSS item with an image enclosure', () => {
    const rss = corpus.find((c) => c.format === 'rss')!;
    const enclosures = DomUtils.getElementsByTagName('enclosure', parseDocument(rss.text, { xmlMode: true }));
    expect(enclosures).toHaveLength(1);
    expect(enclosures[0]!.attribs.type).toMatch(/^image\//);
    expect(new URL(enclosures[0]!.attribs.url!).protocol).toBe('https:');
  });
});
