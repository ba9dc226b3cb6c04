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

// A terminator, any closing quotes or brackets, then space and something that can open a sentence.
const BOUNDARY = /[.!?]+["”’»)\]]*(?=\s+["“‘«(\[]?[\p{Lu}\p{N}])/gu;
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
    if (match[0].startsWith('.') && !match[0].startsWith('..') && isAbbreviation(line.slice(from, match.index + 1), line.slice(end))) continue;
    spans.push([from, end]);
    from = end;
  }
  if (from < line.length) spans.push([from, line.length]);
  return spans;
}

/**
 * WORD_BEFORE's word: an end-anchored pattern tries every start, so it runs on the last characters only, and on the
 * whole text just when the word may reach back further.
 */
function wordBefore(before: string): string | undefined {
  if (before.length <= TAIL) return WORD_BEFORE.exec(before)?.[1];
  const m = WORD_BEFORE.exec(before.slice(-TAIL));
  // A match at the cut (or one after it, where the cut may split a surrogate pair) may continue before it.
  return m && m.index <= 1 ? WORD_BEFORE.exec(before)?.[1] : m?.[1];
}

/** The text before a dot ends in an abbreviation or an initial, so the dot does not end the sentence. */
function isAbbreviation(before: string, after: string): boolean {
  const word = wordBefore(before);
  if (!word) return false;
  if (/^(?:no|nos|art|p|pp)$/i.test(word)) return /^\s+\d/.test(after); // "No. 10", "p. 4"
  if (word.includes('.')) return true; // U.S., U.N., a.m.
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}
