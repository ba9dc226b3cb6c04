import { transliterate } from 'transliteration';

/** Matching keys: lower case, accents and apostrophe variants folded ("Élysée" -> "elysee", "Putin’s" -> "putin's"). */
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´]/g;

const ASCII = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  // Most words of most news are ASCII: nothing to decompose, and the backtick is the only apostrophe variant.
  if (ASCII.test(text)) return (text.includes('`') ? text.replace(APOSTROPHES, "'") : text).toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

/**
 * Latin letters that no accent folding reduces to ASCII, spelled as their languages transliterate them
 * ("Bændasamtök" -> "baendasamtok", "Verkalýðsfélag" -> "verkalydsfelag"), so that a key keeps the whole name.
 */
const LETTERS: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ð: 'd', þ: 'th', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', ħ: 'h' };
const UNFOLDED = /[æœøðþßłđıħ]/gu;

/**
 * A letter of another script than Latin. A one-word name in such a script ("ДИКО", "Чадема") is a proper name that
 * other languages write letter for letter, so it is keyed by its Latin spelling (the `transliteration` package); a
 * name of several words ("Партия национального единства") is translated in other languages, not spelled: it has no
 * Latin key.
 */
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** 'Vladimir Putin' -> 'vladimir-putin', 'ДИКО' -> 'diko'; stable ids for keys. */
export function slugify(text: string): string {
  return fold(NON_LATIN.test(text) && !/\s/u.test(text.trim()) ? transliterate(text) : text)
    .replace(UNFOLDED, (c) => LETTERS[c]!)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
