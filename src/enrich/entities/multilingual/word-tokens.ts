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


export function wordTokens(text: string, language: string | null = null): WordToken[] {
  const out: WordToken[] = [];
  let last = 0;
  const push = (piece: string, start: number, norm: string, breakBefore: boolean): void => {
    const gap = text.slice(last, start);
    const paragraphStart = out.length === 0 || gap.includes('\n');
    out.push({
      text: piece,
      norm,
      start,
      end: start + piece.length,
      gap,
      cap: startsCapitalized(piece),
      allCaps: isAllCaps(piece),
      sentenceStart: paragraphStart || breakBefore,
      paragraphStart,
    });
    last = start + piece.length;
  };
  for (const t of tokenize(text, language)) {
    // Names never hold an apostrophe inside a word ("Côte d'Ivoire" is three words); split what the tokenizer kept.
    if (!hasApostrophe(t.surface)) {
      push(t.surface, t.start, t.folded, t.breakBefore);
      continue;
    }
    const pieces = splitApostrophes(t.surface, t.start);
    pieces.forEach((piece, i) => push(piece.text, piece.start, pieces.length === 1 ? t.folded : fold(piece.text), i === 0 && t.breakBefore));
  }
  return out;
}

/** The first character changes when lower-cased (read by code unit for ASCII, as most words are: no case map). */
function startsCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word[0] as string;
  return first !== first.toLowerCase();
}

/** An apostrophe inside the word, straight or curly: tested without a regex call per word. */
function hasApostrophe(word: string): boolean {
  return word.includes("'") || word.includes('’');
}

/** Two or more letters, none lower case, once digits and marks are set aside (ONU, ООН, EU, G20). */
function isAllCaps(word: string): boolean {
  // ASCII letters and digits (most words) are counted by code unit, without the regex and the case maps.
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c < 48 || c > 57) return isAllCapsUnicode(word);
  }
  return letters >= 2;
}

function isAllCapsUnicode(word: string): boolean {
  const letters = word.replace(/[\p{N}\p{M}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
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
