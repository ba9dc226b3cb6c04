import { recentMemo } from '../../text/index.ts';

/** One word or punctuation mark of a sentence, with its offsets in that sentence. */
export interface Token {
  /** As written. */
  text: string;
  /** Lowercased, curly apostrophes and quotes made straight: what cue patterns and word lists compare with. */
  norm: string;
  start: number;
  end: number;
  /** Inside a quotation: the words of whoever is quoted, not the sentence's own structure. */
  quoted: boolean;
}

// Order matters: possessive 's first, then numbers, then a word opening with letters: an abbreviation with inner
// dots (U.S.) where one follows, else a word (hyphens and contractions stay inside); then any other single character.
// The letters are read once for both word readings: trying each as its own alternative read every word twice.
const TOKEN = /['’]s\b|\p{N}+(?:[.,]\p{N}+)*[\p{L}\p{N}-]*|\p{L}+(?:(?:\.\p{L}+)+\.?|[\p{L}\p{N}]*(?:[-'’](?!s\b)[\p{L}\p{N}]+)*)|\S/gu;
const OPEN_QUOTES = new Set(['“', '‘', '«']);
const CLOSE_QUOTES = new Set(['”', '’', '»']);

/**
 * The sentences tokenized last, most recent last: the reaction reader views a sentence several times (the clause
 * reader, the domestic-event check, the checks on a reaction found), about three reads a text. The tokens depend on
 * the text alone; each caller gets its own array, of tokens no one changes.
 */
const recent = recentMemo(256, readTokens);

export function tokenize(sentence: string): Token[] {
  return recent(sentence).slice();
}

function readTokens(sentence: string): Token[] {
  const tokens: Token[] = [];
  let inQuote = false;
  const n = sentence.length;
  for (let at = 0; at < n; ) {
    const c = sentence.charCodeAt(at);
    if (c === 32 || (c >= 9 && c <= 13)) {
      at++;
      continue;
    }
    let start = at;
    let end = c < 128 ? asciiTokenEnd(sentence, at, c) : -1;
    if (end < 0) {
      // exec over the one global pattern: matchAll would build a new regex for every sentence.
      TOKEN.lastIndex = at;
      const match = TOKEN.exec(sentence);
      if (match === null) break;
      start = match.index;
      end = start + match[0].length;
    }
    at = end;
    const text = sentence.slice(start, end);
    const isQuote = end - start === 1 && (OPEN_QUOTES.has(text) || CLOSE_QUOTES.has(text) || text === '"');
    if (isQuote) {
      // A straight quote toggles; curly ones say which side they are on.
      inQuote = text === '"' ? !inQuote : OPEN_QUOTES.has(text);
      tokens.push({ text, norm: '"', start, end, quoted: false });
      continue;
    }
    tokens.push({ text, norm: normalizeWord(text), start, end, quoted: inQuote });
  }
  return tokens;
}

/**
 * TOKEN's match at `at` read by code unit where the token and the character after it are ASCII (most of English
 * text), else -1 and the regex reads it: a regex match per token was most of this tokenizer's time. Each branch is
 * one of TOKEN's alternatives in its order; a non-ASCII character where the pattern would have to classify it
 * (letter? number?) hands the token back to the regex. The curly apostrophe is the one non-ASCII character read here.
 */
function asciiTokenEnd(s: string, at: number, c: number): number {
  // ['’]s\b: \b is ASCII-only without the i flag, so any non-ASCII character after the s is a boundary.
  if (c === APOSTROPHE) return s.charCodeAt(at + 1) === S && !isWordChar(s, at + 2) ? at + 2 : at + 1;
  const cls = CLASS[c] as number;
  if (cls === DIGIT) return numberEnd(s, at);
  if (cls === LETTER) return wordEnd(s, at);
  // \S: one ASCII character that is neither white space nor the start of a word or number.
  return at + 1;
}

/** \p{N}+(?:[.,]\p{N}+)*[\p{L}\p{N}-]* from an ASCII digit. */
function numberEnd(s: string, at: number): number {
  let i = runOf(s, at + 1, DIGIT);
  while (s.charCodeAt(i) === DOT || s.charCodeAt(i) === COMMA) {
    const next = classAt(s, i + 1);
    if (next === OTHER_UNICODE) return -1;
    if (next !== DIGIT) break;
    i = runOf(s, i + 2, DIGIT);
  }
  for (;; i++) {
    const cls = classAt(s, i);
    if (cls === OTHER_UNICODE) return -1;
    if (cls !== LETTER && cls !== DIGIT && s.charCodeAt(i) !== HYPHEN) return i;
  }
}

/** \p{L}+(?:(?:\.\p{L}+)+\.?|[\p{L}\p{N}]*(?:[-'’](?!s\b)[\p{L}\p{N}]+)*) from an ASCII letter. */
function wordEnd(s: string, at: number): number {
  let i = runOf(s, at + 1, LETTER);
  if (s.charCodeAt(i) === DOT) {
    const next = classAt(s, i + 1);
    if (next === OTHER_UNICODE) return -1;
    // "Ab.12": no letter after the dot, no abbreviation; nor can the word go on over a dot.
    if (next !== LETTER) return i;
    // An abbreviation with inner dots: "U.S.", "e.g.".
    while (s.charCodeAt(i) === DOT) {
      const after = classAt(s, i + 1);
      if (after === OTHER_UNICODE) return -1;
      if (after !== LETTER) break;
      i = runOf(s, i + 2, LETTER);
      if (classAt(s, i) === OTHER_UNICODE) return -1;
    }
    return s.charCodeAt(i) === DOT ? i + 1 : i;
  }
  // Letters and digits, and hyphens and apostrophes between them unless an "s" and a word boundary follow.
  for (;;) {
    i = alnumEnd(s, i);
    if (i < 0) return -1;
    const c = s.charCodeAt(i);
    if (c !== HYPHEN && c !== APOSTROPHE && c !== CURLY_APOSTROPHE) return i;
    const next = classAt(s, i + 1);
    if (next === OTHER_UNICODE) return -1;
    if (next !== LETTER && next !== DIGIT) return i;
    if (s.charCodeAt(i + 1) === S && !isWordChar(s, i + 2)) return i;
    i++;
  }
}

/** The end of the ASCII letters and digits from `i`; -1 where a non-ASCII character other than ’ ends them. */
function alnumEnd(s: string, i: number): number {
  for (;; i++) {
    const cls = classAt(s, i);
    if (cls === LETTER || cls === DIGIT) continue;
    return cls === OTHER_UNICODE && s.charCodeAt(i) !== CURLY_APOSTROPHE ? -1 : i;
  }
}

function runOf(s: string, i: number, cls: number): number {
  while (classAt(s, i) === cls) i++;
  return i;
}

/** \w as \b reads it without the i flag: ASCII letters, digits and the underscore. */
function isWordChar(s: string, i: number): boolean {
  const cls = classAt(s, i);
  return cls === LETTER || cls === DIGIT || s.charCodeAt(i) === UNDERSCORE;
}

/** The class of the character at `i`: an ASCII letter, digit or other character, a non-ASCII one, or the end. */
function classAt(s: string, i: number): number {
  if (i >= s.length) return END;
  const c = s.charCodeAt(i);
  return c < 128 ? (CLASS[c] as number) : OTHER_UNICODE;
}

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const S = 115;
const DOT = 46;
const COMMA = 44;
const HYPHEN = 45;
const UNDERSCORE = 95;
const OTHER_ASCII = 0;
const LETTER = 1;
const DIGIT = 2;
const OTHER_UNICODE = 3;
const END = 4;
/** ASCII letters and digits: the only ASCII characters in \p{L} and \p{N}. */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) CLASS[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : c >= 48 && c <= 57 ? DIGIT : OTHER_ASCII;

function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Normalized forms joined by single spaces, and where each starts in that string. One join, not a concatenation per
 * token: the string a cue pattern runs on is then flat from the start, with no chain of partial strings behind it.
 */
export function joinTokens(norms: readonly string[]): { joined: string; offsets: number[] } {
  const offsets = new Array<number>(norms.length);
  let at = 0;
  for (let i = 0; i < norms.length; i++) {
    offsets[i] = at;
    at += (norms[i] as string).length + 1;
  }
  return { joined: norms.join(' '), offsets };
}
