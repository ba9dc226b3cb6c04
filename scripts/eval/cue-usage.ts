/**
 * How many sentences of the world-news corpus each cue of the curated lexicon (data/reaction-cues.json) matches:
 * a cue that fits exactly one sentence is memorisation, not a general rule (issue 13). Developer script:
 *
 *   SHARED_DIR=../shared node --import tsx scripts/eval/cue-usage.ts
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCueLexicon } from '../../src/enrich/reactions/cue-lexicon.ts';
import { findCues } from '../../src/enrich/reactions/find-cues.ts';
import { viewSentence } from '../../src/enrich/reactions/sentence-view.ts';
import { splitSentences } from '../../src/enrich/reactions/split-sentences.ts';
import { loadWorldNewsCorpus } from './world-news-corpus.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
if (!existsSync(SHARED)) {
  console.log(`cue usage: skipped, no shared datasets at ${SHARED}`);
  process.exit(0);
}
const cues = loadCueLexicon();
const sentences = (await loadWorldNewsCorpus(join(SHARED, 'datasets/world-news'))).flatMap((a) => splitSentences(a.text).map((s) => s.text));
const counts = new Map(cues.map((c) => [c.pattern, 0]));
for (const text of sentences) {
  for (const pattern of new Set(findCues(viewSentence(text, null), cues).map((m) => (m.cue as { pattern?: string }).pattern ?? ''))) {
    counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
}
for (const [pattern, n] of [...counts].sort((a, b) => a[1] - b[1])) console.log(`${String(n).padStart(3)}  ${pattern}`);
