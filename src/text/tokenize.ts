/**
 * Word tokens of any language, with offsets: letters, marks and numbers of alphabetic scripts (inner apostrophes
 * kept, English possessives and French/Italian elisions split off), and dictionary words of scripts written without
 * spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) through Intl.Segmenter. Linear in the text: one regex pass
 * with no nested quantifiers, and the segmenter (whose cost grows faster than its input) only ever sees short pieces.
 */
import { ORDINAL_DOT_LANGUAGES, abbreviations } from './abbreviations.ts';
import { asciiWordEnd, skipAsciiGap } from './ascii-words.ts';
import { fold } from './fold.ts';
import { baseLanguage } from './language-tags.ts';
import { SPACELESS_RUN, hasSpacelessScript, segmenterLocale } from './scripts.ts';

export interface WordToken {
  /** As written, possessive or elision removed ("Putin's" -> "Putin", "l'ONU" -> "ONU"). */
  surface: string;
  /** The matching form: folded (lower case, optional accents removed). */
  folded: string;
  start: number;
  end: number;
  /** A sentence or clause break (. ! ? ; : a line break, or a CJK stop) lies between this token and the one before. */
  breakBefore: boolean;
  /** Ended by an English possessive ('s). */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
/** Elided articles and prepositions: "l'Union", "d'Italia", "dell'ONU", "qu'il". */
const ELISION = /^\p{L}{1,6}['’](?=[\p{L}\p{N}])/u;
const ELIDING_LANGUAGES = new Set(['fr', 'it', 'ca', 'oc']);
/** A stop in the gap before a token; a period only before whitespace, so "U.S." and "3.5" are not breaks. */
const GAP_BREAK = /[!?;:\n。！？；：؟।]|\.(?=\s)/u;
/** The longest piece of a spaceless run given to the segmenter at once. */
const SEGMENT_PIECE = 48;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

export function tokenize(text: string, language: string | null = null): WordToken[] {
  const lang = baseLanguage(language);
  const elides = lang !== null && ELIDING_LANGUAGES.has(lang);
  const abbrev = abbreviations(lang);
  const ordinals = lang !== null && ORDINAL_DOT_LANGUAGES.has(lang);
  const out: WordToken[] = [];
  let last = 0;
  let lastFolded = '';
  const push = (surface: string, start: number, possessive: boolean, folded = fold(surface)) => {
    // Most words follow one space, which is never a break.
    const oneSpace = start === last + 1 && text.charCodeAt(last) === 32;
    const gap = oneSpace ? ' ' : text.slice(last, start);
    const breakBefore = out.length > 0 && !oneSpace && GAP_BREAK.test(gap) && !abbreviationDot(gap, lastFolded, abbrev, ordinals);
    out.push({ surface, folded, start, end: start + surface.length, breakBefore, possessive });
    last = start + surface.length + (possessive ? 2 : 0);
    lastFolded = folded;
  };
  for (let at = skipAsciiGap(text, 0); at < text.length; at = skipAsciiGap(text, at)) {
    const wordEnd = asciiWordEnd(text, at);
    if (wordEnd !== -1) {
      // A plain ASCII word: no elision, no possessive, nothing to segment, and folding it is lower-casing it.
      const surface = text.slice(at, wordEnd);
      push(surface, at, false, surface.toLowerCase());
      at = wordEnd;
      continue;
    }
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (m === null) break;
    let raw = m[0];
    let start = m.index;
    at = start + raw.length;
    const ascii = isAscii(raw);
    if (elides) {
      const e = ELISION.exec(raw);
      // "l'Union", "dell'ONU"; not an English possessive inside the text ("Putin's").
      if (e && raw.length - e[0].length > 1) {
        push(raw.slice(0, e[0].length - 1), start, false);
        last = start + e[0].length;
        start += e[0].length;
        raw = raw.slice(e[0].length);
      }
    }
    if (!ascii && hasSpacelessScript(raw)) {
      for (const piece of splitSpaceless(raw, lang)) push(piece.text, start + piece.offset, false);
      continue;
    }
    const possessive = raw.length > 2 && endsPossessive(raw);
    push(possessive ? raw.slice(0, -2) : raw, start, possessive);
  }
  return out;
}

// Two tests made per word of every text: by code unit, as a regex call per word showed in enrichment profiles.
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Ends in 's or ’s, either case (and ſ, which a case-insensitive Unicode pattern also reads as s). */
function endsPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const before = word.charCodeAt(word.length - 2);
  return (last === 0x73 || last === 0x53 || last === 0x17f) && (before === 0x27 || before === 0x2019);
}

/** "Dr. Müller", "St. Petersburg", "J. Smith": the dot ends an abbreviation or an initial, not a sentence. */
function abbreviationDot(gap: string, previous: string, abbrev: ReadonlySet<string>, ordinals: boolean): boolean {
  if (gap.trimEnd() !== '.') return false;
  if (ordinals && /^\p{N}{1,2}$/u.test(previous)) return true; // "am 3. Juni"
  return abbrev.has(previous) || (previous.length === 1 && /\p{L}/u.test(previous));
}

/** The words of a token that mixes or consists of spaceless scripts: its runs segmented, the rest kept whole. */
function splitSpaceless(token: string, lang: string | null): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  for (const run of token.matchAll(SPACELESS_RUN)) {
    if (run.index > from) out.push({ text: token.slice(from, run.index), offset: from });
    const seg = segmenter(segmenterLocale(run[0], lang));
    for (let p = 0; p < run[0].length; p += SEGMENT_PIECE) {
      const piece = run[0].slice(p, p + SEGMENT_PIECE);
      for (const s of seg.segment(piece)) if (s.isWordLike) out.push({ text: s.segment, offset: run.index + p + s.index });
    }
    from = run.index + run[0].length;
  }
  if (from < token.length) out.push({ text: token.slice(from), offset: from });
  return out;
}
