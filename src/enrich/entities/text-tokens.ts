/**
 * Word tokens with their offsets and the facts the matchers need: case, possessive, hyphen joins and sentence
 * starts. One pass of one regex: this runs over every stored article.
 */
import { fold } from './fold.ts';

export interface Token {
  start: number;
  end: number;
  /** as written, possessive included ("Putin’s") */
  text: string;
  /** folded, possessive removed: the lookup form ("putin") */
  norm: string;
  /** first letter upper case */
  cap: boolean;
  /** two or more letters, all upper case ("US", "U.S.", "NATO") */
  allCaps: boolean;
  possessive: boolean;
  /** joined to the previous token by a hyphen ("Guinea-Bissau", "Moscow-based") */
  hyphenBefore: boolean;
  /** first token of a sentence, heading or paragraph */
  sentenceStart: boolean;
  /** nothing but spaces between this token and the previous one (no comma, quote, bracket…) */
  tightBefore: boolean;
}

// Dotted abbreviations first ("U.S.", "D.C."), then words with inner apostrophes ("d'Ivoire", "Putin’s").
const WORD = /(?:\p{Lu}\.){2,}(?:['’]s)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$|(?<=s)['’]$/u;
const SENTENCE_GAP = /[.!?:;\n•|]/;
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'prof', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'mt', 'vs', 'v', 'sgt', 'maj', 'adm', 'capt', 'rev', 'ft', 'inc', 'corp', 'co', 'ltd']);
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    // A trailing apostrophe-less possessive (Reuters’) is rare; a trailing 's is common.
    const possessive = POSSESSIVE.test(raw) && raw.length > 2;
    const bare = possessive ? raw.replace(POSSESSIVE, '') : raw;
    const gap = text.slice(prevEnd, start);
    const prev = tokens[tokens.length - 1];
    const first = bare.charAt(0);
    tokens.push({
      start,
      end: start + raw.length,
      text: raw,
      norm: fold(bare).replace(/\.$/, ''),
      cap: UPPER.test(first),
      allCaps: !LOWER.test(bare) && (bare.match(/\p{Lu}/gu)?.length ?? 0) >= 2,
      possessive,
      hyphenBefore: prev !== undefined && gap === '-',
      sentenceStart: prev === undefined || isSentenceGap(gap, prev),
      tightBefore: prev !== undefined && gap.trim() === '',
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}

function isSentenceGap(gap: string, prev: Token): boolean {
  if (!SENTENCE_GAP.test(gap)) return false;
  // "Dr. Müller", "St. Petersburg": the dot ends an abbreviation, not a sentence.
  return !(gap.trimEnd() === '.' && (ABBREVIATIONS.has(prev.norm) || (prev.norm.length === 1 && prev.cap)));
}
