/**
 * Equivalence check for enrichment refactors: enriches the world-news, multilingual and ECB+ fixtures and writes
 * every article's language, entities, topics and reactions as JSON, or compares them with a snapshot written before
 * the change. Not a test (the snapshot is of the code before a change, not a truth); run it around a refactor:
 *
 *   node --import tsx tests/bench/enrich-equivalence.ts --write /tmp/enrich-before.json   # on the old code
 *   node --import tsx tests/bench/enrich-equivalence.ts --check /tmp/enrich-before.json   # on the new code
 *
 * Exits 1 and lists the first differences when any article's output changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { loadWorldNewsArticles } from '../enrich/world-news-corpus.ts';
import { fixturePath } from '../support/fixtures.ts';
import { loadCorpusArticles } from '../support/multilingual-corpus.ts';

interface Input {
  id: string;
  title: string;
  text: string;
  languageHint: string | null;
  publishedAt: string | null;
}

async function inputs(): Promise<Input[]> {
  const out: Input[] = [];
  for (const a of await loadWorldNewsArticles()) {
    out.push({ id: `world-news/${a.label.guid}`, title: a.title, text: a.text, languageHint: a.language, publishedAt: a.label.published });
  }
  for (const [id, a] of loadCorpusArticles()) {
    out.push({ id: `multilingual/${id}`, title: a.title, text: a.paragraphs.join('\n\n'), languageHint: null, publishedAt: a.published });
  }
  const docs = readFileSync(fixturePath('ecbplus', 'docs.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of docs) {
    const doc = JSON.parse(line) as { id: string; text: string };
    const [title = '', ...rest] = doc.text.split('\n');
    out.push({ id: `ecbplus/${doc.id}`, title, text: rest.join('\n'), languageHint: 'en', publishedAt: null });
  }
  return out;
}

const mode = process.argv[2];
const file = process.argv[3];
if ((mode !== '--write' && mode !== '--check') || !file) {
  console.error('usage: enrich-equivalence.ts --write|--check <snapshot.json>');
  process.exit(2);
}
const taxonomy = loadTaxonomy();
const results: Record<string, string> = {};
for (const input of await inputs()) {
  const e = enrichArticle(input, taxonomy);
  results[input.id] = JSON.stringify({ language: e.language, confidence: e.languageConfidence, entities: e.entities, topics: e.topics, reactions: e.reactions });
}
if (mode === '--write') {
  writeFileSync(file, JSON.stringify(results));
  console.log('wrote %d articles to %s', Object.keys(results).length, file);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const ids = new Set([...Object.keys(before), ...Object.keys(results)]);
  const changed = [...ids].filter((id) => before[id] !== results[id]);
  const byCorpus = (list: string[]): string[] => {
    const counts = new Map<string, number>();
    for (const id of list) counts.set(id.split('/')[0] as string, (counts.get(id.split('/')[0] as string) ?? 0) + 1);
    return [...counts].map(([corpus, n]) => `${corpus} ${n}`);
  };
  console.log('articles: %s', byCorpus([...ids]).join(', '));
  if (changed.length === 0) {
    console.log('identical: language, entities, topics and reactions of every article');
  } else {
    console.log('CHANGED %d articles: %s', changed.length, byCorpus(changed).join(', '));
    for (const id of changed.slice(0, 5)) console.log(`\n${id}\n before ${before[id]?.slice(0, 1500)}\n after  ${results[id]?.slice(0, 1500)}`);
    process.exit(1);
  }
}
