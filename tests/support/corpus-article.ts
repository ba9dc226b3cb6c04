/**
 * One article source of the multilingual corpus: "key: value" header lines (outlet, published, slug, author,
 * categories, title), a blank line, then paragraphs separated by blank lines. Read by the feed builder and the tests.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface CorpusArticle {
  id: string;
  outlet: string;
  /** UTC, ISO-8601 */
  published: string;
  slug: string;
  author: string;
  categories: string[];
  title: string;
  paragraphs: string[];
  /** The article's link on its outlet's site. */
  url(site: string): string;
}

const REQUIRED = ['outlet', 'published', 'slug', 'author', 'categories', 'title'] as const;

export function readCorpusArticle(path: string): CorpusArticle {
  const raw = readFileSync(path, 'utf8');
  const split = raw.indexOf('\n\n');
  if (split < 0) throw new Error(`${path}: no blank line after the header`);
  const header = new Map<string, string>();
  for (const line of raw.slice(0, split).split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 0) throw new Error(`${path}: bad header line "${line}"`);
    header.set(line.slice(0, colon), line.slice(colon + 2));
  }
  for (const key of REQUIRED) if (!header.get(key)) throw new Error(`${path}: header "${key}" missing`);
  const slug = header.get('slug')!;
  return {
    id: basename(path, '.txt'),
    outlet: header.get('outlet')!,
    published: header.get('published')!,
    slug,
    author: header.get('author')!,
    categories: header.get('categories')!.split(';').map((c) => c.trim()),
    title: header.get('title')!,
    paragraphs: raw.slice(split + 2).trim().split(/\n\s*\n/).map((p) => p.trim()),
    url: (site) => new URL(slug, site).href,
  };
}
