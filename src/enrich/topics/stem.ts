/**
 * A deliberately light English stemmer: it folds the inflections news text uses ("sanction", "sanctions",
 * "sanctioned", "sanctioning"; "vote", "votes", "voted", "voting"; "country", "countries") onto one key, and nothing
 * more. Heavier stemmers (Porter) also fold derivations ("general" -> "gener"), which merges words a topic rule must keep
 * apart. Phrases and text go through the same function, so only consistency matters, not linguistic correctness.
 */
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

export function stem(word: string): string {
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
