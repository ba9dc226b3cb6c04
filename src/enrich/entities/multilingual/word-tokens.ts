/**
 * Word tokens for multilingual name matching, read through the shared text module (src/text tokenize: letters,
 * marks and digits of any script, elisions split off in French and Italian, dictionary words for Chinese, Japanese
 * and Thai), with what name matching needs on top: the gap before each token (may two tokens belong to one name?),
 * capitalization, and sentence and paragraph starts. Hyphens and apostrophes separate words, so "l'ONU",
 * "dell'Onu" and "EU-Kommission" expose "ONU", "Onu" and "EU".
 */
import { fold, tokenize } from '../../../text/index.ts';

export interface WordToken {
  text: string;
  /** the shared fold (lower case, optional accents removed): the matching form */
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

const INNER_APOSTROPHE = /['’]/u;

export function wordTokens(text: string, language: string | null = null): WordToken[] {
  const out: WordToken[] = [];
  let last = 0;
  for (const t of tokenize(text, language)) {
    // Names never hold an apostrophe inside a word ("Côte d'Ivoire" is three words); split what the tokenizer kept.
    const pieces = INNER_APOSTROPHE.test(t.surface) ? splitApostrophes(t.surface, t.start) : [{ text: t.surface, start: t.start }];
    for (const [i, piece] of pieces.entries()) {
      const gap = text.slice(last, piece.start);
      const paragraphStart = out.length === 0 || gap.includes('\n');
      const first = piece.text[0] as string;
      const letters = piece.text.replace(/[\p{N}\p{M}]/gu, '');
      out.push({
        text: piece.text,
        norm: pieces.length === 1 ? t.folded : fold(piece.text),
        start: piece.start,
        end: piece.start + piece.text.length,
        gap,
        cap: first !== first.toLowerCase(),
        allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        sentenceStart: paragraphStart || (i === 0 && t.breakBefore),
        paragraphStart,
      });
      last = piece.start + piece.text.length;
    }
  }
  return out;
}

function splitApostrophes(surface: string, start: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let offset = 0;
  for (const part of surface.split(/['’]/u)) {
    if (part) out.push({ text: part, start: start + offset });
    offset += part.length + 1;
  }
  return out;
}

/** May the token continue a name begun before it? Spaces, one hyphen or apostrophe, or the dot of an abbreviation ("EE. UU."). */
export function joins(prev: WordToken, next: WordToken): boolean {
  const gap = next.gap;
  if (/^[ \t\u00a0]{1,2}$/u.test(gap) || gap === '-' || gap === "'" || gap === '’' || gap === '') return true;
  // A dash or middle dot between the halves of one name: "Папуа — Новая Гвинея", "تيمور - ليشتي", "アンティグア・バーブーダ".
  if (/^[ \u00a0]?[-–—·・][ \u00a0]?$/u.test(gap)) return true;
  // An abbreviation's point: "EU. Kommission" style acronyms, and "St. Kitts".
  return (gap === '.' || gap === '. ') && (prev.allCaps || prev.cap) && prev.text.length <= 3;
}
