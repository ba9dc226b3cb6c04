/**
 * A name spelled out before its acronym in parentheses: "la Fédération des entreprises du Congo (FEC)", "the
 * Citizens Coalition for Change (CCC)", "Южноафриканское сообщество развития (САДК)", "la Central Obrera Boliviana
 * (Cob)". The acronym's letters are the
 * initials of the name's words, function words aside. The phrase is one organization's name: a country or a demonym
 * inside it ("du Congo", "Южноафриканское") describes the organization, it does not speak.
 */
import { stopwords, type WordToken } from '../../../text/index.ts';

export interface AcronymPhrase {
  /** Token index of the name's first word and of the acronym. */
  first: number;
  acronym: number;
  /** The name as written, without the acronym. */
  name: string;
}

/** In capitals, or with only its first letter capital as Italian and Spanish papers write many ("Cob", "Fpcci"). */
const ACRONYM = /^\p{Lu}(?:\p{Lu}{1,7}|\p{Ll}{1,7})$/u;
/** The most words between a name's first word and its acronym. */
const MAX_WORDS = 10;

export function acronymPhrases(text: string, tokens: readonly WordToken[], language: string): AcronymPhrase[] {
  const out: AcronymPhrase[] = [];
  let common: ReadonlySet<string> | null = null;
  for (let a = 1; a < tokens.length; a++) {
    const t = tokens[a]!;
    if (!ACRONYM.test(t.surface) || !/\(\s*$/u.test(text.slice(tokens[a - 1]!.end, t.start)) || !/^\s*\)/u.test(text.slice(t.end))) continue;
    common ??= stopwords(language);
    const letters = [...t.surface.toUpperCase()];
    const words = common;
    // Reading back from the acronym, a word spells the next letter or, a function word, is passed over; a function
    // word with the right initial may do either ("al" before "Ayuda" in "… de Ayuda al Refugiado (CEAR)").
    const spell = (j: number, need: number): number => {
      if (need < 0) return j + 1;
      if (j < Math.max(0, a - MAX_WORDS)) return -1;
      const w = tokens[j]!;
      if (w.breakBefore && j < a - 1 && need === letters.length - 1) return -1;
      const skippable = words.has(w.folded);
      if ([...w.surface][0]!.toUpperCase() === letters[need]) {
        const spelled = spell(j - 1, need - 1);
        if (spelled >= 0 || !skippable) return spelled;
      }
      return skippable ? spell(j - 1, need) : -1;
    };
    const first = spell(a - 1, letters.length - 1);
    if (first < 0) continue;
    out.push({ first, acronym: a, name: text.slice(tokens[first]!.start, tokens[a - 1]!.end) });
  }
  return out;
}
