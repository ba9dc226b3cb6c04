/**
 * Stemming per language. English uses a light stemmer that folds only the inflections news text uses ("sanction",
 * "sanctions", "sanctioned"; "country", "countries"): derivations stay apart ("security" and "securities", "general"
 * and "generally" are different keys), which topic rules rely on. Every other language Snowball covers uses its
 * Snowball stemmer (snowball-stemmers); other languages are left as they are.
 */
import { algorithms, newStemmer } from 'snowball-stemmers';
import { iso6393 } from 'iso-639-3';
import { fold } from './fold.ts';
import { baseLanguage } from './language-tags.ts';

/**
 * Stems a word as written (any case, accents kept: Snowball's suffixes carry them) and returns the folded stem.
 * `folded`, when the caller has it, is fold(word) (a tokenizer's folded form): a stemmer that needs only the fold
 * then skips folding again.
 */
export type Stemmer = (word: string, folded?: string) => string;

const identity: Stemmer = (w, folded) => folded ?? fold(w);
const stemmers = new Map<string, Stemmer>();

/** The stemmer of a language. */
export function stemmerFor(language: string | null): Stemmer {
  const base = baseLanguage(language) ?? '';
  let s = stemmers.get(base);
  if (!s) {
    s = base === 'en' ? englishStemmer() : snowballFor(base);
    stemmers.set(base, s);
  }
  return s;
}

/**
 * The light English stemmer, remembered per word; a word of three letters or fewer once folded is its own stem, so
 * the most frequent words ("the", "of", "and", "was") skip the memo, a large table whose probes miss the cache.
 */
function englishStemmer(): Stemmer {
  const stem = memoized((w) => lightEnglishStem(fold(w)));
  return (w, known) => {
    if (w.length <= 3) {
      const folded = known ?? fold(w);
      if (folded.length <= 3) return folded;
    }
    return stem(w);
  };
}

/** Snowball's name for a language is the language's English name in ISO 639-3 ('de' -> 'german'). */
function snowballFor(base: string): Stemmer {
  if (!base) return identity;
  const name = base === 'no' ? 'norwegian' : iso6393.find((l) => l.iso6391 === base)?.name.toLowerCase();
  if (!name || !algorithms().includes(name)) return identity;
  const stemmer = newStemmer(name);
  return memoized((w) => fold(stemmer.stem(w.toLowerCase())));
}

/** Words recur across articles; a bounded memo keeps the hot ones without growing forever. */
function memoized(stem: Stemmer): Stemmer {
  const memo = new Map<string, string>();
  return (w) => {
    let out = memo.get(w);
    if (out === undefined) {
      out = stem(w);
      if (memo.size > 50_000) memo.clear();
      memo.set(w, out);
    }
    return out;
  };
}

const VOWEL = /[aeiouy]/;
/** Endings that look inflected but are not: "crisis", "virus", "business", "analysis". */
const NOT_PLURAL = /(?:ss|us|is)$/;
const SIBILANT_PLURAL = /(?:ch|sh|x|z)es$/;
/** A doubled final consonant left by "-ed"/"-ing" ("stopped" -> "stopp"), except those English keeps ("kill", "press"). */
const DOUBLED = /([b-df-hj-km-np-rtv-xz])\1$/;
/** Words whose ending only looks like an inflection ("according" is not a form of "accord"). */
const KEEP = new Set([
  'according', 'accordingly', 'during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'thing', 'things',
  'king', 'ring', 'spring', 'string', 'wing', 'news', 'series', 'species', 'always', 'perhaps', 'various', 'ceiling',
]);

/** Inflections only, of a folded word; phrases and text go through the same function, so consistency matters more than linguistics. */
export function lightEnglishStem(word: string): string {
  let w = word;
  if (w.length <= 3 || KEEP.has(w)) return w;
  if (/ie[sd]$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (NOT_PLURAL.test(w)) return w;
  if (SIBILANT_PLURAL.test(w)) return w.slice(0, -2);
  // "-ed"/"-ing" already took the silent e with them ("voted", "voting" -> "vot"; "agreed" -> "agre").
  // Plural "-ing" nouns meet their verb: "meetings", "paintings" -> "meet", "paint".
  if (w.endsWith('ings') && hasStem(w.slice(0, -4))) return undouble(w.slice(0, -4));
  if (w.endsWith('ing') && hasStem(w.slice(0, -3))) return undouble(w.slice(0, -3)).replace(/ee$/, 'e');
  if (w.endsWith('ed') && hasStem(w.slice(0, -2))) return undouble(w.slice(0, -2));
  if (w.endsWith('s')) w = w.slice(0, -1);
  // The silent e goes so that "vote"/"votes" meet "voted"/"voting" at "vot".
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** What remains after cutting a suffix must look like a word: three letters or more, with a vowel ("bring", "need" stay). */
function hasStem(rest: string): boolean {
  return rest.length >= 3 && VOWEL.test(rest);
}

function undouble(w: string): string {
  return DOUBLED.test(w) ? w.slice(0, -1) : w;
}
