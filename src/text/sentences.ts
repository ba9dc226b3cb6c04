/**
 * Sentences of plain text, exactly as written, with their place: one line of the text is a paragraph or a list item,
 * and no sentence crosses a line. A sentence ends at . ! ? (or a CJK, Arabic or Devanagari stop) with any closing
 * quotes or brackets, when what follows can open a sentence: an upper-case letter, a number, an opening quote, or a
 * letter of a script without case. Abbreviations, initials, dotted acronyms ("U.S.") and, where a language writes
 * them so, ordinals ("am 3. Juni") do not end one.
 */
import { ORDINAL_DOT_LANGUAGES, abbreviations } from './abbreviations.ts';
import { fold } from './fold.ts';
import { baseLanguage } from './language-tags.ts';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the text line it is on. */
  line: number;
  /** The first sentence of its line: where a round-up's "Actor: statement" label can stand. */
  opensLine: boolean;
}

// A Latin-style terminator run, closing marks, then white space and a possible opener; or a full-width stop, which
// needs no space after it. Each branch is a single pass over distinct character classes.
// The terminator run is taken whole (nothing of it before or after), so a failed look-ahead never retries inside it.
// « and „ only open a quotation, so a space may stand after them ("décision. « C'est …"); after a straight quote a
// space means it closes one.
const BOUNDARY = /(?<![.!?؟।])[.!?؟।]+(?![.!?؟।])["”’»)\]]*(?=\s+(?:["“‘(\[¿¡]|[«„‚]\s?)?[\p{Lu}\p{Lt}\p{Lo}\p{N}])|[。！？]+[」』”’)）]*/gu;
const WORD_BEFORE = /([\p{L}.]+)\.$/u;
const NUMBER_BEFORE = /(?:^|\s)\p{N}{1,2}\.$/u;

export function splitSentences(text: string, language: string | null = null): Sentence[] {
  const lang = baseLanguage(language);
  const abbrev = abbreviations(lang);
  const ordinals = lang !== null && ORDINAL_DOT_LANGUAGES.has(lang);
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let line = 0;
  for (const raw of text.split('\n')) {
    let first = true;
    for (const [start, end] of splitLine(raw, abbrev, ordinals)) {
      const leading = raw.slice(start, end).search(/\S/);
      if (leading < 0) continue;
      const body = raw.slice(start + leading, end).trimEnd();
      sentences.push({ text: body, start: lineStart + start + leading, end: lineStart + start + leading + body.length, line, opensLine: first });
      first = false;
    }
    lineStart += raw.length + 1;
    line++;
  }
  return sentences;
}

function splitLine(line: string, abbrev: ReadonlySet<string>, ordinals: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !match[0].startsWith('..')) {
      // Bounded views: a line of a thousand abbreviations must not cost a thousand times its length.
      const before = line.slice(Math.max(from, match.index - 40), match.index + 1);
      if (isAbbreviation(before, line.slice(end, end + 8), abbrev) || (ordinals && NUMBER_BEFORE.test(before))) continue;
    }
    spans.push([from, end]);
    from = end;
  }
  if (from < line.length) spans.push([from, line.length]);
  return spans;
}

/** English months' short forms, read as abbreviations only beside a number. */
const MONTHS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** The text before a dot ends in an abbreviation or an initial, so the dot does not end the sentence. */
function isAbbreviation(before: string, after: string, abbrev: ReadonlySet<string>): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word) return false;
  const key = fold(word);
  if (key === 'no' || key === 'nos' || key === 'art' || key === 'p' || key === 'pp' || key === 'nr') return /^\s+\d/.test(after); // "No. 10", "p. 4"
  if (word.includes('.')) return true; // U.S., U.N., a.m.
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  // A month's short form is one beside a day ("Mar. 5", "5 Mar."); elsewhere it may be a word ("del mar." is the sea's).
  if (MONTHS.has(key)) return abbrev.has(key) && (/^\s+\d/.test(after) || /\d\s+[\p{L}]+\.$/u.test(before));
  return abbrev.has(key);
}
