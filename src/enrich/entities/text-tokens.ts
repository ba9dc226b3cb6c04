/**
 * Word tokens with their offsets and the facts the matchers need: case, possessive, hyphen joins and sentence
 * starts. One pass of one regex: this runs over every stored article.
 */
import { asciiWordEnd, skipAsciiGap } from '../../text/ascii-words.ts';
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

/** Texts at least this long are remembered: an article body is read by entities and reactions more than once. */
const MEMO_MIN_CHARS = 200;
/**
 * One text: the body, remembered from the title-and-body pass, is what entities and reactions read again. Keeping
 * earlier articles' tokens too (four texts) kept them alive across young-generation collections, so they were
 * copied and promoted: about five times the promoted bytes and twice the scavenge time per article.
 */
const MEMO_SIZE = 1;
const memo = new Map<string, Token[]>();

/**
 * The tokens of a text. A long text tokenized again (the reaction extractor reads the body for its actors, its
 * gazetteer mentions and its known names) gets the same array back: callers must not modify it.
 */
export function tokenize(text: string): Token[] {
  if (text.length < MEMO_MIN_CHARS) return tokenizeText(text);
  let tokens = memo.get(text);
  if (!tokens) {
    tokens = tokenizeText(text);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(text, tokens);
  }
  return tokens;
}

/**
 * Remembers the tokens of `whole.slice(from)` (an article body after its title) as derived from the whole's tokens,
 * so the body read again on its own is not tokenized twice. Exact: the word pattern looks at nothing before a
 * match, so after whitespace the tail's tokens are the whole's, shifted; only the first one loses its predecessor.
 */
export function rememberTail(whole: string, tokens: readonly Token[], from: number): void {
  const tail = whole.slice(from);
  if (tail.length < MEMO_MIN_CHARS || memo.has(tail) || from === 0 || !/\s/u.test(whole.charAt(from - 1))) return;
  let first = tokens.length;
  while (first > 0 && (tokens[first - 1] as Token).start >= from) first--;
  if (first > 0 && (tokens[first - 1] as Token).end > from) return;
  const shifted: Token[] = [];
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    shifted.push(
      k === first
        ? { ...t, start: t.start - from, end: t.end - from, hyphenBefore: false, sentenceStart: true, tightBefore: false }
        : { ...t, start: t.start - from, end: t.end - from },
    );
  }
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(tail, shifted);
}

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (let at = skipAsciiGap(text, 0); at < text.length; at = skipAsciiGap(text, at)) {
    let raw: string;
    let start = at;
    const wordEnd = asciiWordEnd(text, at);
    // A single capital before a dot may open a dotted abbreviation ("U.S."): the regex reads that.
    const plain = wordEnd !== -1 && !(wordEnd === at + 1 && text.charCodeAt(wordEnd) === 46 /* . */ && isUpper(text.charAt(at)));
    if (plain) {
      raw = text.slice(at, wordEnd);
    } else {
      WORD.lastIndex = at;
      const match = WORD.exec(text);
      if (match === null) break;
      raw = match[0];
      start = match.index;
    }
    at = start + raw.length;
    // A trailing apostrophe-less possessive (Reuters’) is rare; a trailing 's is common.
    const possessive = raw.length > 2 && isPossessive(raw);
    const bare = possessive ? raw.replace(POSSESSIVE, '') : raw;
    const prev = tokens[tokens.length - 1];
    // Most tokens follow one space: no hyphen, no sentence gap, tight.
    const oneSpace = start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32;
    const gap = oneSpace ? ' ' : text.slice(prevEnd, start);
    // A plain ASCII word has no apostrophe or backtick: folding it is lower-casing it.
    const folded = plain ? bare.toLowerCase() : fold(bare);
    tokens.push({
      start,
      end: start + raw.length,
      text: raw,
      norm: folded.endsWith('.') ? folded.slice(0, -1) : folded,
      cap: isUpper(bare),
      allCaps: isAllCaps(bare),
      possessive,
      hyphenBefore: prev !== undefined && gap === '-',
      sentenceStart: prev === undefined || (!oneSpace && isSentenceGap(gap, prev)),
      tightBefore: prev !== undefined && (oneSpace || gap.trim() === ''),
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}

/** POSSESSIVE.test without the regex: ends in 's or ’s, or in s' or s’. */
function isPossessive(raw: string): boolean {
  const last = raw.charCodeAt(raw.length - 1);
  const before = raw.charCodeAt(raw.length - 2);
  if (last === 115 /* s */) return before === 39 || before === 0x2019;
  return (last === 39 || last === 0x2019) && before === 115;
}

/** The first UTF-16 unit is an upper-case letter (ASCII decided without a regex). */
function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word.charAt(0));
}

/** No lower-case letter and two or more upper-case ones ("US", "U.S.", "NATO"). */
function isAllCaps(word: string): boolean {
  let upper = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return !LOWER.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper++;
  }
  return upper >= 2;
}

function isSentenceGap(gap: string, prev: Token): boolean {
  if (!SENTENCE_GAP.test(gap)) return false;
  // "Dr. Müller", "St. Petersburg": the dot ends an abbreviation, not a sentence.
  return !(gap.trimEnd() === '.' && (ABBREVIATIONS.has(prev.norm) || (prev.norm.length === 1 && prev.cap)));
}
