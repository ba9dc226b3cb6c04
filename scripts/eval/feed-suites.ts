/**
 * Developer evaluation: the public feed-parser suites in the team datasets (feeds/) run through this project's
 * parse + normalize path, which is what a user reads back through GraphQL, scored per suite as a pass rate of
 * assertions. What each suite asserts (from its datasets README row):
 * - rss-parser: item count; per item title, link, guid, date (publishedAt; no golden date -> estimated).
 * - gofeed translator: per item title, link, guid, published, authors, categories, enclosure URLs, where given.
 * - feedsmith: item count; per item title, link, date, first author.
 * - feed-extractor: a title, a link or enclosure, absolute http(s) links for every item.
 * - w3c feedvalidator: each case parses or fails with a ParseError (robustness), valid-value dates yield a date.
 * Run: SHARED_DIR=<the team's shared folder> node --import tsx scripts/eval/feed-suites.ts [--failures]
 * Without the folder the script says so and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewArticle } from '../../src/domain/article.ts';
import { ParseError } from '../../src/domain/errors.ts';
import { inlineText } from '../../src/ingest/normalize/html-to-text.ts';
import { normalizeFeed, type NormalizedFeed } from '../../src/ingest/normalize/normalize-feed.ts';
import { parseFeedDate } from '../../src/ingest/normalize/parse-date.ts';
import { parseFeedSync } from '../../src/ingest/parse/parse-feed.ts';

type Json = Record<string, any>;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
const FEEDS = join(SHARED, 'datasets', 'feeds');
const SHOW_FAILURES = process.argv.includes('--failures');
const FETCHED = new Date('2030-01-01T00:00:00Z');

class Score {
  ok = 0;
  total = 0;
  failures: string[] = [];
  constructor(readonly suite: string) {}
  check(where: string, field: string, actual: unknown, expected: unknown): void {
    this.total++;
    if (JSON.stringify(actual) === JSON.stringify(expected)) this.ok++;
    else this.failures.push(`${where} ${field}: expected ${JSON.stringify(expected)} got ${JSON.stringify(actual)}`);
  }
}

function read(text: string, feedUrl: string): NormalizedFeed | ParseError {
  try {
    return normalizeFeed(parseFeedSync(text), { feedUrl, fetchedAt: FETCHED });
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
}

const files = (dir: string, pattern: RegExp) => (existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort() : []);
const text = (value: unknown) => (typeof value === 'string' ? inlineText(value) || null : null);
const iso = (value: unknown) => (typeof value === 'string' ? (parseFeedDate(value)?.toISOString() ?? null) : null);
const absolute = (value: unknown, base: string) => {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    return new URL(value.trim(), base).toString();
  } catch {
    return value;
  }
};
const dateOf = (a: NewArticle | undefined) => (a === undefined || a.publishedAtEstimated ? null : a.publishedAt);

function rssParser(): Score {
  const s = new Score('rss-parser');
  const dir = join(FEEDS, 'rss-parser');
  for (const file of files(join(dir, 'input'), /\.(rss|atom|xml)$/)) {
    const golden = join(dir, 'output', `${file.replace(/\.[^.]+$/, '')}.json`);
    if (!existsSync(golden)) continue;
    const items: Json[] = JSON.parse(readFileSync(golden, 'utf8')).feed.items ?? [];
    const url = `https://feeds.example/${file}`;
    const feed = read(readFileSync(join(dir, 'input', file), 'utf8'), url);
    if (feed instanceof ParseError) {
      s.check(file, 'parse', feed.message, 'a feed');
      continue;
    }
    s.check(file, 'item count', feed.articles.length, items.length);
    items.forEach((g, i) => {
      const a = feed.articles[i];
      s.check(`${file}#${i}`, 'title', a?.title ?? null, text(g['title']));
      s.check(`${file}#${i}`, 'link', a?.url ?? null, absolute(g['link'], feed.meta.siteUrl ?? url));
      s.check(`${file}#${i}`, 'guid', a?.guid ?? null, typeof (g['guid'] ?? g['id']) === 'string' ? (g['guid'] ?? g['id']).trim() : null);
      s.check(`${file}#${i}`, 'date', dateOf(a), g['isoDate'] ?? null);
    });
  }
  return s;
}

function gofeed(): Score {
  const s = new Score('gofeed translator');
  const dir = join(FEEDS, 'gofeed', 'translator');
  const cases = [
    ...files(join(dir, 'rss'), /\.xml$/).map((f) => [`rss/${f}`, `rss/${f.replace(/\.xml$/, '.json')}`]),
    ...files(join(dir, 'atom'), /\.xml$/).map((f) => [`atom/${f}`, `atom/${f.replace(/\.xml$/, '.json')}`]),
    ...files(join(dir, 'json'), /^(?!.*_expected).*\.json$/).map((f) => [`json/${f}`, `json/${f.replace(/\.json$/, '_expected.json')}`]),
  ];
  for (const [input, expected] of cases as [string, string][]) {
    const url = `https://feeds.example/${input}`;
    const feed = read(readFileSync(join(dir, input), 'utf8'), url);
    const want: Json = JSON.parse(readFileSync(join(dir, expected), 'utf8'));
    if (feed instanceof ParseError) {
      s.check(input, 'parse', feed.message, 'a feed');
      continue;
    }
    if (want['title'] !== undefined) s.check(input, 'feed title', feed.meta.title, text(want['title']));
    (want['items'] ?? []).forEach((g: Json, i: number) => {
      // normalize skips items with nothing in them, which gofeed keeps as empty objects
      const a = feed.articles[i];
      const where = `${input}#${i}`;
      if (g['title'] !== undefined) s.check(where, 'title', a?.title ?? null, text(g['title']));
      if (g['link'] !== undefined) s.check(where, 'link', a?.url ?? null, absolute(g['link'], feed.meta.siteUrl ?? url));
      if (g['guid'] !== undefined) s.check(where, 'guid', a?.guid ?? null, String(g['guid']).trim());
      if (g['published'] !== undefined) s.check(where, 'published', dateOf(a), iso(g['published']));
      if (g['authors'] !== undefined) {
        s.check(where, 'authors', a?.authors ?? [], (g['authors'] as Json[]).map((p) => p['name'] ?? p['email']).filter(Boolean));
      }
      if (g['categories'] !== undefined) s.check(where, 'categories', a?.categories ?? [], [...new Set((g['categories'] as string[]).map((c) => c.trim()))]);
      if (g['enclosures'] !== undefined) {
        s.check(where, 'enclosures', (a?.enclosures ?? []).map((e) => e.url), (g['enclosures'] as Json[]).map((e) => absolute(e['url'], feed.meta.siteUrl ?? url)));
      }
    });
  }
  return s;
}

function feedsmith(): Score {
  const s = new Score('feedsmith');
  for (const folder of ['rss', 'rdf', 'atom']) {
    const dir = join(FEEDS, 'feedsmith', folder);
    for (const file of files(dir, /\.xml$/)) {
      const jsonFile = join(dir, file.replace(/\.xml$/, '.json'));
      if (!existsSync(jsonFile)) continue;
      const doc: Json = JSON.parse(readFileSync(jsonFile, 'utf8'));
      const url = `https://feeds.example/${folder}/${file}`;
      const feed = read(readFileSync(join(dir, file), 'utf8'), url);
      if (feed instanceof ParseError) {
        s.check(file, 'parse', feed.message, 'a feed');
        continue;
      }
      const items: Json[] = folder === 'atom' ? (doc['entries'] ?? []) : (doc['items'] ?? []);
      s.check(`${folder}/${file}`, 'item count', feed.articles.length, items.length);
      items.forEach((e, i) => {
        const a = feed.articles[i];
        const where = `${folder}/${file}#${i}`;
        const title = e['title'] ?? e['dc']?.['title'];
        if (title !== undefined) s.check(where, 'title', a?.title ?? null, text(title));
        const link = folder === 'atom' ? (e['links'] ?? []).find((l: Json) => (l['rel'] ?? 'alternate') === 'alternate')?.['href'] : e['link'];
        if (link !== undefined) s.check(where, 'link', a?.url ?? null, absolute(link, feed.meta.siteUrl ?? url));
        const date = folder === 'atom' ? (e['published'] ?? e['updated']) : (e['pubDate'] ?? e['dc']?.['date']);
        if (date !== undefined) s.check(where, 'date', dateOf(a), iso(date));
      });
    }
  }
  return s;
}

function feedExtractor(): Score {
  const s = new Score('feed-extractor');
  const dir = join(FEEDS, 'feed-extractor');
  for (const file of files(dir, /\.(xml|rss|json)$/)) {
    const feed = read(readFileSync(join(dir, file), 'utf8'), `https://feeds.example/${file}`);
    if (feed instanceof ParseError) {
      s.check(file, 'parse', feed.message, 'a feed');
      continue;
    }
    s.check(file, 'has items', feed.articles.length > 0, true);
    feed.articles.forEach((a, i) => {
      s.check(`${file}#${i}`, 'title', a.title.trim() !== '', true);
      const link = a.url ?? a.enclosures[0]?.url ?? null;
      s.check(`${file}#${i}`, 'absolute link', link !== null && /^https?:\/\//.test(link), true);
    });
  }
  return s;
}

function w3c(): Score {
  const s = new Score('w3c feedvalidator');
  const dir = join(FEEDS, 'w3c-feedvalidator');
  const manifest = join(dir, 'manifest.jsonl');
  if (!existsSync(manifest)) return s;
  for (const line of readFileSync(manifest, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const c: Json = JSON.parse(line);
    const path = join(dir, c['path'] ?? c['file'] ?? '');
    if (!existsSync(path)) continue;
    let outcome: NormalizedFeed | ParseError | Error;
    try {
      outcome = read(readFileSync(path, 'utf8'), 'https://feeds.example/case.xml');
    } catch (e) {
      outcome = e as Error;
    }
    s.check(String(c['path'] ?? c['file']), 'parses or ParseError', outcome instanceof Error && !(outcome instanceof ParseError) ? outcome.message : 'ok', 'ok');
  }
  return s;
}

if (!existsSync(FEEDS)) {
  console.log(`no feed suites at ${FEEDS}; set SHARED_DIR to the team's shared folder`);
  process.exit(0);
}
const scores = [rssParser(), gofeed(), feedsmith(), feedExtractor(), w3c()];
console.table(scores.map((s) => ({ suite: s.suite, passed: s.ok, assertions: s.total, 'pass rate': s.total ? `${((100 * s.ok) / s.total).toFixed(1)}%` : '-' })));
if (SHOW_FAILURES) for (const s of scores) for (const f of s.failures) console.log(`${s.suite}: ${f}`);
