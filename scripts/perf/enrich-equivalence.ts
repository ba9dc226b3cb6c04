/**
 * Equivalence check for enrichment refactors: enriches every corpus of enrich-equivalence-inputs.ts and writes each
 * article's whole enrichment (language and confidence, entities, topics, reactions) as JSON, or compares it with a
 * snapshot written before the change. Not a test (the snapshot is of the code before a change, not a truth); run it
 * around a refactor:
 *
 *   node --import tsx scripts/perf/enrich-equivalence.ts --write /tmp/enrich-before.json   # on the old code
 *   node --import tsx scripts/perf/enrich-equivalence.ts --check /tmp/enrich-before.json   # on the new code
 *
 * `--src <checkout>` enriches with another checkout's src/ (a git worktree of the base commit) while the inputs are
 * read by this one, so both runs see the same texts (the snapshot keeps a digest of each input to prove it). Every
 * article is enriched twice, the second pass in reverse order: per-text memos that leak between articles show up as
 * a pass that differs from the first. Exits 1 and lists the first differences when any article's output changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EnrichInput, Enrichment } from '../../src/domain/enrichment.ts';
import { equivalenceInputs } from './enrich-equivalence-inputs.ts';

interface Snapshot {
  /** Per article: a digest of its input, then its enrichment as JSON. */
  [id: string]: { input: string; output: string };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const mode = process.argv[2];
const file = process.argv[3];
if ((mode !== '--write' && mode !== '--check') || !file) {
  console.error('usage: enrich-equivalence.ts --write|--check <snapshot.json> [--src <checkout>]');
  process.exit(2);
}
const src = resolve(option('--src') ?? new URL('../..', import.meta.url).pathname);
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(src, path)).href)) as T;
const { enrichArticle } = await load<{ enrichArticle: (input: EnrichInput, topics: unknown) => Enrichment }>('src/enrich/enrich-article.ts');
const { loadTaxonomy } = await load<{ loadTaxonomy: () => unknown }>('src/enrich/topics/taxonomy.ts');
const taxonomy = loadTaxonomy();
const inputs = await equivalenceInputs((line) => console.log(line));

const results: Snapshot = {};
for (const input of inputs) {
  const digest = createHash('sha256').update(JSON.stringify([input.title, input.text, input.languageHint, input.publishedAt])).digest('hex').slice(0, 16);
  results[input.id] = { input: digest, output: JSON.stringify(enrichArticle(input, taxonomy)) };
}
const unstable = [...inputs].reverse().filter((input) => JSON.stringify(enrichArticle(input, taxonomy)) !== results[input.id]?.output);
const byCorpus = (ids: readonly string[]): string => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id.split('/')[0] as string, (counts.get(id.split('/')[0] as string) ?? 0) + 1);
  return [...counts].map(([corpus, n]) => `${corpus} ${n}`).join(', ');
};
console.log('enriched with %s: %d articles (%s)', src, inputs.length, byCorpus(inputs.map((i) => i.id)));
if (unstable.length > 0) {
  console.log('UNSTABLE: %d articles enriched differently in the second pass: %s', unstable.length, unstable.slice(0, 5).map((i) => i.id).join(', '));
  process.exit(1);
}
if (mode === '--write') {
  writeFileSync(file, JSON.stringify(results));
  console.log('wrote %d articles to %s', inputs.length, file);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const ids = [...new Set([...Object.keys(before), ...Object.keys(results)])];
  const otherInput = ids.filter((id) => before[id]?.input !== results[id]?.input);
  if (otherInput.length > 0) {
    console.log('INPUTS DIFFER for %d articles (%s): the snapshot was taken over other texts', otherInput.length, byCorpus(otherInput));
    process.exit(1);
  }
  const changed = ids.filter((id) => before[id]?.output !== results[id]?.output);
  if (changed.length === 0) {
    console.log('identical: the whole enrichment of all %d articles, byte for byte', ids.length);
  } else {
    console.log('CHANGED %d articles: %s', changed.length, byCorpus(changed));
    for (const id of changed.slice(0, 5)) console.log(`\n${id}\n before ${before[id]?.output.slice(0, 1500)}\n after  ${results[id]?.output.slice(0, 1500)}`);
    process.exit(1);
  }
}
