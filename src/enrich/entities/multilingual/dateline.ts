/**
 * Whether a place name opening a paragraph is its dateline ("MOSKAU –", "Moskau (dpa) –", "Madrid, 5 mar (EFE).-",
 * "Москва, 5 марта —"): read by the dateline's form, not by the place's position. After the name comes a dash, an
 * agency in parentheses, or a comma and, before any lower-case word, a date (a day number, a month or weekday name).
 * A capital opening a paragraph as a subject ("Moskau hat …", "Pékin a …", "Pekín, en cambio, criticó …") is no
 * dateline: its state speaks.
 */
import { calendarWords } from '../../../text/calendar-words.ts';
import type { WordToken } from './word-tokens.ts';

/** How many words after the comma a dateline's date may stand ("Bruselas, Bélgica, 5 de marzo"). */
const DATE_REACH = 4;
/** Abbreviated month and weekday names this short ("so", "do", "di") are common words too. */
const MIN_CALENDAR_WORD = 3;

export function isDateline(tokens: readonly WordToken[], first: number, last: number, language: string): boolean {
  const head = tokens[first]!;
  if (!head.paragraphStart) return false;
  const next = tokens[last + 1];
  if (!next) return true;
  const gap = next.gap;
  // "MOSKAU – Die …", "Moskau (dpa) –", "PARIS. –", "Madrid/Berlín"
  if (/^\s*(?:[(–—/-]|\.\s*[-–—])/u.test(gap)) return true;
  if (gap.trimStart().startsWith(',')) {
    const calendar = calendarWords(language);
    for (let k = last + 1; k < Math.min(tokens.length, last + 1 + DATE_REACH); k++) {
      const t = tokens[k]!;
      if (k > last + 1 && /[(–—]|\s-\s/u.test(t.gap)) return true;
      if (/^\p{N}/u.test(t.text) || (t.norm.length >= MIN_CALENDAR_WORD && calendar.has(t.norm))) return true;
      if (!t.cap) return false;
    }
    return false;
  }
  // An all-capital place before a lower-case word is a subject in capitals ("PÉKIN a …" in a headline style); before
  // anything else, a dateline ("MOSKAU Die Regierung …").
  return head.allCaps && !(/^[ \u00a0]+$/u.test(gap) && !next.cap);
}
