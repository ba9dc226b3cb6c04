/**
 * Word tokens for multilingual name matching: runs of letters, marks and digits with their offsets, in any script.
 * Apostrophes and hyphens split words ("l'ONU", "dell'Onu", "EU-Kommission" give "ONU", "Onu", "EU", "Kommission"), so
 * elided articles and compounds expose the name; the gap before each token is kept to decide whether two tokens may
 * belong to one name. One regex pass without nested quantifiers: linear in the text.
 */
import { fold } from '../fold.ts';

export interface WordToken {
  text: string;
  /** lower case, accents folded: the matching form */
  norm: string;
  start: number;
  end: number;
  /** the text between the previous token and this one */
  gap: string;
  /** first letter upper case */
  cap: boolean;
  /** two or more letters, all upper case (ONU, ООН, EU) */
  allCaps: boolean;
  /** first token of a paragraph or after a sentence stop */
  sentenceStart: boolean;
  /** first token of a paragraph */
  paragraphStart: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SENTENCE_STOP = /[.!?…:;]\s|[.!?…]["»”’)]\s/u;

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    const gap = text.slice(last, start);
    const paragraphStart = out.length === 0 || gap.includes('\n');
    const first = word[0] as string;
    const letters = word.replace(/[\p{N}\p{M}]/gu, '');
    out.push({
      text: word,
      norm: fold(word),
      start,
      end: start + word.length,
      gap,
      cap: first !== first.toLowerCase(),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      sentenceStart: paragraphStart || SENTENCE_STOP.test(gap),
      paragraphStart,
    });
    last = start + word.length;
  }
  return out;
}

/** May the token continue a name begun before it? Spaces, one hyphen or apostrophe, or the dot of an abbreviation ("EE. UU."). */
export function joins(prev: WordToken, next: WordToken): boolean {
  const gap = next.gap;
  if (/^[ \t\u00a0]{1,2}$/u.test(gap) || gap === '-' || gap === "'" || gap === '’') return true;
  return (gap === '.' || gap === '. ') && prev.allCaps && prev.text.length <= 3;
}
