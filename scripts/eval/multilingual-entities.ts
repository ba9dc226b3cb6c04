/**
 * Scores multilingual entity recall on the multilingual corpus (tests/fixtures/multilingual) without the store:
 * per language and split, the recall of the labelled countries and international organizations (what the issue's
 * target counts), and of all labelled entities; with --errors, the misses of the chosen split. A labelled
 * organization counts as found when one of its bodies is (corpus-scores.test.ts scores the same way through the
 * pipeline). Tune on the tune half only.
 *
 *   node --import tsx scripts/eval/multilingual-entities.ts [--split tune|report|report2|report3] [--errors] [--lang de]
 */
import { extractEntities } from '../../src/enrich/entities/extract-entities.ts';
import { gazetteer } from '../../src/enrich/entities/gazetteer.ts';
import { multilingualNames } from '../../src/enrich/entities/multilingual/names-data.ts';
import { entityRecall, round3 } from '../../tests/support/corpus-scoring.ts';
import { loadCorpusArticles, loadMultilingualLabels } from '../../tests/support/multilingual-corpus.ts';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'tune';
const errors = args.includes('--errors');
const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : null;
const labels = loadMultilingualLabels();
const articles = loadCorpusArticles();
const splits = new Set(Object.values(labels.stories).map((s) => s.split));
if (!splits.has(split)) {
  console.error(`unknown --split ${split}: one of ${[...splits].sort().join(', ')}`);
  process.exit(2);
}

/** What an entity belongs to: a labelled organization is found through one of its bodies. */
function ancestors(key: string): string[] {
  const parents = gazetteer().parents;
  const extra = multilingualNames().extraEntities;
  const out: string[] = [];
  let current = key;
  for (let hops = 0; hops < 5; hops++) {
    const parent = parents.get(current) ?? extra.get(current)?.parent ?? undefined;
    if (!parent || !parent.startsWith('org:')) break;
    out.push(parent);
    current = parent;
  }
  return out;
}
const isStateOrIgo = (key: string) => ['country', 'igo'].includes(labels.entities[key]?.kind ?? '');

for (const language of ['en', 'de', 'fr', 'es', 'it', 'ru']) {
  if (only && only !== language) continue;
  const states = new Map<string, string[]>();
  const all = new Map<string, string[]>();
  const predicted = new Map<string, string[]>();
  for (const label of labels.articles) {
    if (label.language !== language || labels.stories[label.story]!.split !== split) continue;
    const a = articles.get(label.id)!;
    const found = extractEntities({ title: a.title, text: a.paragraphs.join('\n\n'), language });
    predicted.set(label.id, found.map((e) => e.entity.key));
    states.set(label.id, label.entities.filter(isStateOrIgo));
    all.set(label.id, label.entities);
  }
  const s = entityRecall(states, predicted, ancestors);
  const e = entityRecall(all, predicted, ancestors);
  console.log(`${language} ${split}: countries+IGOs R ${round3(s.recall)} (${s.tp}/${s.gold}); all entities R ${round3(e.recall)} (${e.tp}/${e.gold})`);
  if (errors) for (const m of e.missed) console.log(`  FN ${m}`);
}
