/**
 * The sides of a deal or of relations the event establishes, as its lead names them ("Paraguay established
 * diplomatic relations with China", "ha firmato un accordo con l'Egitto", "установил дипломатические отношения с
 * КНР"): what they say of the deal describes their own deal, as signatories do (the labelling guide's "signatories
 * praising the pact"), not a reaction to it. Relations broken ("cut its ties with Taiwan") leave a side
 * that does react: only a verb of making one counts, and only within the clause part of its noun (an "and" or a comma
 * ends it: "… aufgenommen und die Beziehungen zu Taiwan abgebrochen").
 */

export interface CoPartyWords {
  /** Folded prefixes of the nouns of a deal or of relations: "relation", "accord", "отношени". */
  dealNouns: readonly string[];
  /** Folded prefixes of the verbs of making one, and of their nouns: "establish", "firm", "установ". */
  makingVerbs: readonly string[];
  /** Prepositions naming the other side, folded: "with", "avec", "zur", "с". */
  withWords: readonly string[];
  /** Coordinators that end a verb's reach, folded: "and", "und", "и". */
  coordinators: readonly string[];
}

/** How many words may stand between the noun and its preposition ("relations diplomatiques avec"). */
const NOUN_TO_PREPOSITION = 2;
/** How many words may stand between the preposition and the side's name ("con la República Popular China"). */
const PREPOSITION_TO_NAME = 4;
/** How far from the noun its verb may stand, before it or (a German verb last) after the name. */
const VERB_REACH = 4;

/**
 * The keys of the actors a lead names as the sides of a deal made: the side after "with" and the side before the
 * deal's noun. `words` are folded, one per token; `names` the actors with the token each starts at; `breaksBefore(k)`
 * tells whether a comma, colon or semicolon stands before word k.
 */
export function coParties(words: readonly string[], names: readonly { token: number; key: string }[], w: CoPartyWords, breaksBefore: (k: number) => boolean): Set<string> {
  const out = new Set<string>();
  const starts = (word: string | undefined, prefixes: readonly string[]) => word !== undefined && prefixes.some((p) => word.startsWith(p));
  const ends = (k: number) => w.coordinators.includes(words[k] ?? '') || breaksBefore(k + 1);
  for (let k = 0; k < words.length; k++) {
    if (!starts(words[k], w.dealNouns)) continue;
    let at = -1;
    for (let j = k + 1; j <= k + 1 + NOUN_TO_PREPOSITION && j < words.length && !breaksBefore(j); j++) {
      if (w.withWords.includes(words[j]!)) {
        at = j;
        break;
      }
    }
    if (at < 0) continue;
    const side = names.filter((n) => n.token > at && n.token <= at + PREPOSITION_TO_NAME && !words.slice(at + 1, n.token).some((_, i) => breaksBefore(at + 1 + i)));
    if (side.length === 0) continue;
    let made = false;
    // Before the noun, back to its clause part's start ("el establecimiento de relaciones …").
    for (let j = k - 1; j >= Math.max(0, k - VERB_REACH) && !made; j--) {
      if (ends(j)) break;
      made = starts(words[j], w.makingVerbs);
    }
    // After the name, to its clause part's end ("Beziehungen zur Volksrepublik China aufgenommen").
    const last = Math.max(...side.map((n) => n.token));
    for (let j = last + 1; j <= last + VERB_REACH && j < words.length && !made; j++) {
      if (breaksBefore(j) || ends(j)) break;
      made = starts(words[j], w.makingVerbs);
    }
    if (!made) continue;
    for (const n of side) out.add(n.key);
    // The side that made it: the first name before the noun in the same clause part, with those joined to it
    // ("Honduras established relations with …", "Chile and Peru signed …"; not "… wendet sich von Taiwan ab und …").
    const before = names.filter((n) => n.token < k && !words.slice(n.token + 1, k + 1).some((_, i) => breaksBefore(n.token + 1 + i))).sort((a, b) => a.token - b.token);
    for (const [i, n] of before.entries()) {
      if (i > 0 && !w.coordinators.includes(words[n.token - 1] ?? '')) break;
      out.add(n.key);
    }
  }
  return out;
}
