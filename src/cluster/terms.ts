import { analyzerFor } from '../text/analyzer.ts';

/** Title words count this many times a body word: a headline names the event, a body wanders. */
export const TITLE_WEIGHT = 3;
/** Only the start of a long article is read: the lead carries the event, the tail background shared by many stories. */
export const MAX_BODY_TOKENS = 300;

export interface ArticleTerms {
  /** Content words, stemmed. */
  words: Map<string, number>;
  /**
   * Specifics: names written mid-sentence with a capital ('^felt') and numbers ('#23', '#2013'). Look-alike events
   * (two jewel heists in Paris, two Microsoft patches) share their words and differ in these.
   */
  specifics: Map<string, number>;
  /**
   * The lead: the headline and the first LEAD_TOKENS words, capitalized words kept as names ('^lohan'), raw counts.
   * Reports of one event agree most in their first lines; background comes later.
   */
  lead: Map<string, number>;
  /**
   * Years the text mentions (1950-2029). Two look-alike events (two heists, two patches) are told apart by their
   * dates when publication times cannot, as in a corpus with none.
   */
  years: Set<string>;
}

/** Words of the lead vector, headline included. */
export const LEAD_TOKENS = 100;
const YEAR = /\b(?:19[5-9]\d|20[0-2]\d)\b/g;
const YEAR_ONLY = /^(?:19[5-9]\d|20[0-2]\d)$/;

/**
 * An article's terms with their raw weights: function words dropped, title words counted TITLE_WEIGHT times, weights
 * sublinear (1 + ln tf) so one word repeated does not dominate.
 */
export function articleTerms(title: string, text: string, language: string | null = 'en'): ArticleTerms {
  const { tokenize, stem, isStopword } = analyzerFor(language);
  const words = new Map<string, number>();
  const specifics = new Map<string, number>();
  const add = (input: string, weight: number, limit: number) => {
    let n = 0;
    for (const t of tokenize(input)) {
      if (n++ >= limit) break;
      const w = t.folded;
      if (isStopword(w)) continue;
      const numeric = /^\p{N}+$/u.test(w);
      // Years go to `years`, not to the numbers: a year shared by every story of the season says nothing.
      if (numeric ? w.length < 2 || YEAR_ONLY.test(w) : w.length < 3) continue;
      // A capitalized word that does not open a sentence is (part of) a name.
      const name = !numeric && n > 1 && !t.breakBefore && /^\p{Lu}/u.test(t.surface);
      if (numeric || name) specifics.set(numeric ? `#${w}` : `^${w}`, (specifics.get(numeric ? `#${w}` : `^${w}`) ?? 0) + weight);
      else words.set(stem(t.surface), (words.get(stem(t.surface)) ?? 0) + weight);
    }
  };
  add(title, TITLE_WEIGHT, Number.POSITIVE_INFINITY);
  add(text, 1, MAX_BODY_TOKENS);
  for (const m of [words, specifics]) for (const [k, c] of m) m.set(k, 1 + Math.log(c));
  const lead = new Map<string, number>();
  for (const t of tokenize(`${title}\n${text}`).slice(0, LEAD_TOKENS)) {
    const w = t.folded;
    if (w.length < 3 || isStopword(w)) continue;
    const key = /^\p{Lu}/u.test(t.surface) ? `^${w}` : stem(t.surface);
    lead.set(key, (lead.get(key) ?? 0) + 1);
  }
  return { words, specifics, lead, years: new Set(`${title}\n${text}`.match(YEAR) ?? []) };
}
