/**
 * Splits text into the word tokens topic rules match against: each with its surface form (for case-sensitive
 * acronyms and for evidence), its folded lower-case form (for prefixes) and its stem (for phrases).
 */
import { stem } from './stem.ts';

export interface Token {
  surface: string;
  /** Lower-cased, diacritics folded ("Türkiye" -> "turkiye"). */
  folded: string;
  stem: string;
  /** A sentence break ("." "!" "?" ";" ":" or a line break) lies between this token and the one before. */
  breakBefore: boolean;
}

/** Letter/number runs, keeping inner apostrophes so "Putin's" is one token (its "'s" is dropped below). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
/** A period counts as a break only before whitespace, so "U.S." stays one phrase but "war. Crimes" does not match "war crimes". */
const BREAK = /[!?;:\n]|\.\s/;
const POSSESSIVE = /['’]s$/iu;

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function tokenize(input: string): Token[] {
  const text = input.normalize('NFKC');
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const surface = m[0].replace(POSSESSIVE, '');
    const folded = fold(surface).replace(/’/g, "'");
    const gap = text.slice(last, m.index);
    out.push({ surface, folded, stem: stem(folded), breakBefore: out.length > 0 && BREAK.test(gap) });
    last = m.index + m[0].length;
  }
  return out;
}
