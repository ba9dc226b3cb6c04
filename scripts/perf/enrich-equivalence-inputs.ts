/**
 * Every text the enrichment equivalence check (enrich-equivalence.ts) runs through enrichArticle: the vendored
 * fixtures (world-news, multilingual, ECB+, readability pages through the extractor, every feed of the parser suites
 * through parse and normalize), the 800-word articles of the enrichment bench, and, where they are on this machine,
 * the shared real-news corpus and the real pages the reactions evaluation reads. Corpora that are absent are listed
 * as skipped, never an error: the check compares what both runs saw.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/ingest/extract/extract-article.ts';
import { decodeBody } from '../../src/ingest/fetch/decode-body.ts';
import { normalizeFeed } from '../../src/ingest/normalize/normalize-feed.ts';
import { parseFeed } from '../../src/ingest/parse/parse-feed.ts';
import { loadWorldNewsArticles } from '../../tests/enrich/world-news-corpus.ts';
import { fixturePath } from '../../tests/support/fixtures.ts';
import { loadCorpusArticles } from '../../tests/support/multilingual-corpus.ts';
import { longArticles } from '../../tests/bench/enrich-long-articles.ts';

export interface EquivalenceInput {
  id: string;
  title: string;
  text: string;
  languageHint: string | null;
  publishedAt: string | null;
}

const SHARED = process.env.SHARED_DIR ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
const REAL_PAGES_DIR = process.env.REAL_PAGES_DIR ?? join(homedir(), '.cache/newsgraph/real-pages');
const LABELS_DIR = fileURLToPath(new URL('../eval/labels/', import.meta.url));

export async function equivalenceInputs(log: (line: string) => void): Promise<EquivalenceInput[]> {
  const out: EquivalenceInput[] = [];
  for (const a of await loadWorldNewsArticles()) {
    out.push({ id: `world-news/${a.label.guid}`, title: a.title, text: a.text, languageHint: a.language, publishedAt: a.label.published });
  }
  for (const [id, a] of loadCorpusArticles()) {
    out.push({ id: `multilingual/${id}`, title: a.title, text: a.paragraphs.join('\n\n'), languageHint: null, publishedAt: a.published });
  }
  for (const line of readFileSync(fixturePath('ecbplus', 'docs.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const doc = JSON.parse(line) as { id: string; text: string };
    const [title = '', ...rest] = doc.text.split('\n');
    out.push({ id: `ecbplus/${doc.id}`, title, text: rest.join('\n'), languageHint: 'en', publishedAt: null });
  }
  (await longArticles()).forEach((a, k) => out.push({ id: `bench-800/${k}`, ...a }));
  out.push(...readabilityPages());
  out.push(...(await feedItems(log)));
  out.push(...realNews(log));
  out.push(...realPages(log));
  return out;
}

/** The readability fixtures' source pages as the extractor reads them: the article's text under its title. */
function readabilityPages(): EquivalenceInput[] {
  const dir = fixturePath('readability-pages');
  const out: EquivalenceInput[] = [];
  for (const name of readdirSync(dir).sort()) {
    const source = join(dir, name, 'source.html');
    if (!existsSync(source)) continue;
    const page = extractArticle(readFileSync(source, 'utf8'), `https://${name}.example/article`);
    out.push({ id: `readability/${name}`, title: page.title ?? '', text: page.text, languageHint: page.language ?? null, publishedAt: page.publishedAt ?? null });
  }
  return out;
}

/** Every item of every feed under tests/fixtures/feeds and the multilingual outlets' feeds, as ingest stores it. */
async function feedItems(log: (line: string) => void): Promise<EquivalenceInput[]> {
  const out: EquivalenceInput[] = [];
  let unreadable = 0;
  for (const file of [...filesUnder(fixturePath('feeds')), ...filesUnder(fixturePath('multilingual', 'feeds'))]) {
    if (!/\.(xml|rss|atom|rdf|json|txt)$/i.test(file)) continue;
    try {
      const bytes = readFileSync(file);
      const text = decodeBody(bytes, file.endsWith('.json') ? 'application/json' : 'application/xml').text;
      const feed = normalizeFeed(await parseFeed(text), { feedUrl: 'https://feeds.example/feed', fetchedAt: new Date('2024-01-01T00:00:00Z') });
      feed.articles.forEach((a, k) => {
        out.push({ id: `feeds/${file.slice(file.indexOf('fixtures/') + 9)}#${k}`, title: a.title, text: a.text, languageHint: a.language ?? null, publishedAt: a.publishedAt ?? null });
      });
    } catch {
      unreadable++;
    }
  }
  log(`feeds: ${out.length} items (${unreadable} feed files not parsed)`);
  return out;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** ../shared/datasets/real-news: 30 real articles, first line the title. */
function realNews(log: (line: string) => void): EquivalenceInput[] {
  const file = join(SHARED, 'datasets/real-news/newswcl50-dev.jsonl');
  if (!existsSync(file)) {
    log(`real-news: skipped, ${file} is absent`);
    return [];
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const a = JSON.parse(line) as { id: string; text: string };
      const [title = '', ...rest] = a.text.split('\n');
      return { id: `real-news/${a.id}`, title, text: rest.join('\n'), languageHint: 'en', publishedAt: null };
    });
}

/** The real pages kept outside the repository (first line the title), dated and hinted as their labels say where labelled. */
function realPages(log: (line: string) => void): EquivalenceInput[] {
  if (!existsSync(REAL_PAGES_DIR)) {
    log(`real-pages: skipped, ${REAL_PAGES_DIR} is absent`);
    return [];
  }
  const labelled = new Map<string, { lang: string; published?: string | null }>();
  if (existsSync(LABELS_DIR)) {
    for (const f of readdirSync(LABELS_DIR).filter((n) => /^real-pages\..*\.json$/.test(n))) {
      for (const page of (JSON.parse(readFileSync(join(LABELS_DIR, f), 'utf8')) as { pages: { id: string; lang: string; published?: string | null }[] }).pages) labelled.set(page.id, page);
    }
  }
  const out: EquivalenceInput[] = [];
  for (const name of readdirSync(REAL_PAGES_DIR).filter((n) => n.endsWith('.txt')).sort()) {
    const id = name.slice(0, -4);
    const [title = '', ...rest] = readFileSync(join(REAL_PAGES_DIR, name), 'utf8').split('\n');
    const label = labelled.get(id);
    out.push({ id: `real-pages/${id}`, title, text: rest.join('\n'), languageHint: label?.lang ?? id.slice(0, 2), publishedAt: label?.published ?? null });
  }
  return out;
}
