/** A sentence of an article's plain text, exactly as written, with its place in the text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the text line it is on: a paragraph or a list item (the plain text keeps one per line). */
  line: number;
  /** The first sentence of its line: where a round-up's "Actor: statement" label can stand. */
  opensLine: boolean;
}

// A terminator, any closing quotes (two apostrophes in typewriter style) or brackets, then space and something that
// can open a sentence.
const BOUNDARY = /[.!?]+["”’'»)\]]*(?=\s+["“‘«(\[]?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE = /([\p{L}.]+)\.$/u;
/** Characters before a dot searched for its word (see wordBefore). */
const TAIL = 48;
/** Abbreviations that end in a dot without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt', 'maj', 'adm',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'amb', 'sec', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'mt', 'ft',
]);

/** Splits plain text into sentences; handles abbreviations ("Mr.", "U.S."), initials and closing quotes. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let line = 0;
  for (const raw of text.split('\n')) {
    let first = true;
    for (const [start, end] of splitLine(raw)) {
      const leading = raw.slice(start, end).search(/\S/);
      if (leading < 0) continue;
      const text = raw.slice(start + leading, end).trimEnd();
      sentences.push({ text, start: lineStart + start + leading, end: lineStart + start + leading + text.length, line, opensLine: first });
      first = false;
    }
    lineStart += raw.length + 1;
    line++;
  }
  return sentences;
}

function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !match[0].startsWith('..') && isAbbreviation(line, from, match.index, end)) continue;
    spans.push([from, end]);
    from = end;
  }
  if (from < line.length) spans.push([from, line.length]);
  return spans;
}

/**
 * WORD_BEFORE's word in `line.slice(from, dot + 1)`: the letters and dots right before the dot at `dot`. Read
 * backwards by code unit while they are ASCII (no slice of the text before each dot, no regex tried from every
 * start); a non-ASCII character hands the question to the regex.
 */
function wordBefore(line: string, from: number, dot: number): string | undefined {
  let start = dot;
  while (start > from) {
    const c = line.charCodeAt(start - 1);
    if (c >= 128) return wordBeforeByRegex(line.slice(from, dot + 1));
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46)) break;
    start--;
  }
  return start < dot ? line.slice(start, dot) : undefined;
}

/**
 * WORD_BEFORE's word by the regex: an end-anchored pattern tries every start, so it runs on the last characters
 * only, and on the whole text just when the word may reach back further.
 */
function wordBeforeByRegex(before: string): string | undefined {
  if (before.length <= TAIL) return WORD_BEFORE.exec(before)?.[1];
  const m = WORD_BEFORE.exec(before.slice(-TAIL));
  // A match at the cut (or one after it, where the cut may split a surrogate pair) may continue before it.
  return m && m.index <= 1 ? WORD_BEFORE.exec(before)?.[1] : m?.[1];
}

const NUMBER_AFTER = /\s+\d/y;

/** The dot at `dot` (text from `from`, the next sentence would start at `end`) ends an abbreviation or an initial. */
function isAbbreviation(line: string, from: number, dot: number, end: number): boolean {
  const word = wordBefore(line, from, dot);
  if (!word) return false;
  if (/^(?:no|nos|art|p|pp)$/i.test(word)) {
    // "No. 10", "p. 4"
    NUMBER_AFTER.lastIndex = end;
    return NUMBER_AFTER.test(line);
  }
  if (word.includes('.')) return true; // U.S., U.N., a.m.
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}
