/**
 * Scores multilingual entity recall on the multilingual corpus (tests/fixtures/multilingual) without the store:
 * per language and split, the recall of the labelled countries and international organizations (what the issue's
 * target counts), and of all labelled entities; with --errors, the misses of the chosen split. A labelled
 * organization counts as found when one of its bodies is (corpus-scores.test.ts scores the same way through the
 * pipeline). Tune on the tune half only.
 *
 *   node --import tsx scripts/eval/multilingual-entities.ts [--split tune|report|…|report40, or several joined by commas] [--errors] [--lang de]
 */
import { extractEntities } from '../../src/enrich/entities/extract-entities.ts';
import { entityRecall, round3 } from '../../tests/support/corpus-scoring.ts';
import { isStateOrIgoLabel, labelledEntityAncestors, loadCorpusArticles, loadMultilingualLabels } from '../../tests/support/multilingual-corpus.ts';
import { readMultilingualEvalOptions } from './multilingual-eval-options.ts';

const labels = loadMultilingualLabels();
const articles = loadCorpusArticles();
const { split, inSplit, errors, only } = readMultilingualEvalOptions(labels);

const isStateOrIgo = (key: string) => isStateOrIgoLabel(labels, key);

for (const language of ['en', 'de', 'fr', 'es', 'it', 'ru']) {
  if (only && only !== language) continue;
  const states = new Map<string, string[]>();
  const all = new Map<string, string[]>();
  const predicted = new Map<string, string[]>();
  for (const label of labels.articles) {
    if (label.language !== language || !inSplit(labels.stories[label.story]!.split)) continue;
    const a = articles.get(label.id)!;
    const found = extractEntities({ title: a.title, text: a.paragraphs.join('\n\n'), language });
    predicted.set(label.id, found.map((e) => e.entity.key));
    states.set(label.id, label.entities.filter(isStateOrIgo));
    all.set(label.id, label.entities);
  }
  const s = entityRecall(states, predicted, labelledEntityAncestors);
  const e = entityRecall(all, predicted, labelledEntityAncestors);
  console.log(`${language} ${split}: countries+IGOs R ${round3(s.recall)} (${s.tp}/${s.gold}); all entities R ${round3(e.recall)} (${e.tp}/${e.gold})`);
  if (errors) for (const m of e.missed) console.log(`  FN ${m}`);
}
