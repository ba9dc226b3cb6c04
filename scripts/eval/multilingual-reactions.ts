/**
 * Scores the multilingual reaction extractor on the multilingual corpus (tests/fixtures/multilingual) without the
 * store: per language and split, (actor, stance) and actor precision and recall; with --errors, the false positives
 * and misses of the chosen split. Tune on the tune half; report on the report half, on report2 (written after the
 * report half was seen) and on report3 (written after report2 was seen), report4 and the later splits written blind to
 * the code. report5's and report6's errors were read at stop 27, report7's at stop 28, report8's at stop 30, report9's
 * at stop 31, report10's at stop 32, report11's at stop 33, report12's at stop 34, report13's at stop 35, report14's at
 * stop 36, report15's at stop 37, report16's at stop 39, report17's at stop 40, report18's at stop 41, report19's at
 * stop 42, report20's at stop 43, report21's at stop 44, report22's at stop 45, report23's at stop 46, report24's at
 * stop 47, report25's at stop 48, report26's at stop 49, report27's at stop 50, report28's at stop 51, report29's at
 * stop 52, report30's at stop 53, report31's at stop 54, report32's at stop 55, report33's at stop 56, report34's at
 * stop 57, report35's at stop 58, report36's at stop 59, report37's at stop 60, report38's at stop 61, report39's at
 * stop 62: they are tuned on now. report40, written blind at stop 62, is held out. Never print --errors for the
 * held-out splits (report, report2, report3, report4, report40): their figures are numbers only.
 *
 *   node --import tsx scripts/eval/multilingual-reactions.ts [--split tune|report|report2|…|report40, or several joined by commas] [--errors] [--lang de]
 */
import { extractLanguageReactions } from '../../src/enrich/reactions/languages/extract-language-reactions.ts';
import { extractReactions } from '../../src/enrich/reactions/extract-reactions.ts';
import { loadCorpusArticles, loadMultilingualLabels } from '../../tests/support/multilingual-corpus.ts';
import { reactionScores, round3, type ReactionItem } from '../../tests/support/corpus-scoring.ts';
import { readMultilingualEvalOptions } from './multilingual-eval-options.ts';

const labels = loadMultilingualLabels();
const articles = loadCorpusArticles();
const { split, inSplit, errors, only } = readMultilingualEvalOptions(labels);
// All languages pooled, as the corpus README's "all languages" figures are.
const allGold: ReactionItem[] = [];
const allPredicted: ReactionItem[] = [];

for (const language of ['en', 'de', 'fr', 'es', 'it', 'ru']) {
  if (only && only !== language) continue;
  const gold: ReactionItem[] = [];
  const predicted: ReactionItem[] = [];
  const lines: string[] = [];
  for (const label of labels.articles) {
    if (label.language !== language || !inSplit(labels.stories[label.story]!.split)) continue;
    const a = articles.get(label.id)!;
    const input = { title: a.title, text: a.paragraphs.join('\n\n'), publishedAt: a.published };
    const found = language === 'en' ? extractReactions(input) : extractLanguageReactions(input, language);
    const g = label.reactions.map((r) => ({ article: label.id, actor: r.actor, stance: r.stance }));
    const p = found.map((r) => ({ article: label.id, actor: r.actor.key, stance: r.stance }));
    gold.push(...g);
    predicted.push(...p);
    if (errors) {
      for (const r of found) if (!label.reactions.some((x) => x.actor === r.actor.key && x.stance === r.stance)) lines.push(`  FP ${label.id} ${r.actor.key} ${r.stance} [${r.cue}] | ${r.evidence.slice(0, 160)}`);
      for (const r of label.reactions) if (!found.some((x) => x.actor.key === r.actor && x.stance === r.stance)) lines.push(`  FN ${label.id} ${r.actor} ${r.stance} | ${r.evidence.slice(0, 160)}`);
    }
  }
  const s = reactionScores(gold, predicted);
  console.log(`${language} ${split}: actor+stance P ${round3(s.actorStance.precision)} R ${round3(s.actorStance.recall)} (gold ${gold.length}, predicted ${predicted.length}); actor P ${round3(s.actor.precision)} R ${round3(s.actor.recall)}`);
  for (const l of lines) console.log(l);
  allGold.push(...gold);
  allPredicted.push(...predicted);
}
if (!only) {
  const s = reactionScores(allGold, allPredicted);
  console.log(`all ${split}: actor+stance P ${round3(s.actorStance.precision)} R ${round3(s.actorStance.recall)} (gold ${allGold.length}, predicted ${allPredicted.length}); actor P ${round3(s.actor.precision)} R ${round3(s.actor.recall)}`);
}
