/**
 * A list of donors whose verb is written once: "Japón comprometió 10 millones de dólares, y España 6 millones de euros",
 * "Deutschland sagte 10 Millionen Euro zu, Frankreich 5 Millionen", "Евросоюз выделит 10 млн евро, Германия — 4 млн",
 * "La Grecia ha inviato due Canadair, Israele quattro aerei, l'Egitto e la Giordania due elicotteri ciascuno". A later
 * donor is a name right after a comma or a list join, followed at once by a count in digits or words (a dash may stand
 * for the verb, a distributive may open the count: "Иордания и Египет — по два вертолёта"), with no verb of its own:
 * it gave aid as the first did. Names joined by a list join before such a count share it. In Russian the dash alone
 * marks the verb left out, whatever was given ("…, а Турция — палатки").
 */
import type { WordToken } from '../../../text/index.ts';

/** An amount in digits opening right after a name: a digit, or a currency sign before one, after a gapped verb's dash. */
const AMOUNT = /^(?:[—–-]\s*)?(?:[$€£]\s*)?\p{N}/u;
/** Only spaces, or a comma, between a name and what it gave. */
const COMMA_ONLY = /^(?:\s*,)?\s*$/u;
/** Only a gapped verb's dash (or nothing) between a name and its count. */
const DASH_ONLY = /^\s*(?:[—–-]\s*)?$/u;

export interface GapWords {
  joins: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** The language's number words, folded. */
  counts: ReadonlySet<string>;
  /** Words that open a count given to each ("по два"). */
  distributives: ReadonlySet<string>;
  /** Where a dash stands for the verb whatever follows it: the words that may open that clause ("а"); else empty. */
  dashJoins: ReadonlySet<string>;
  /** The language's negations: "Германия — нет" gave nothing. */
  negations: ReadonlySet<string>;
  /** Whether a word names aid ("carpas", "Zelte"): what a later donor gave may follow it with no count. */
  aidNoun?: (t: WordToken) => boolean;
}

/** How many names a list join may chain before their shared count ("Jordan and Egypt two helicopters each"). */
const CHAIN = 4;
/** A dash standing for a verb, alone between a name and what it gave. */
const DASH = /^\s*[—–]\s*$/u;
/** What a dash after a name may also be: a copula ("Турция — это …"). */
const COPULAS = new Set(['это']);

/** The indexes of the names (given by their first and last token) that continue an aid verb at token `verb`. */
export function gappedDonors(text: string, tokens: readonly WordToken[], names: readonly { token: number; last?: number }[], verb: number, words: GapWords): number[] {
  const startsAt = new Map<number, number>();
  const open = (name: { token: number }): number => {
    // An article may open the name ("e la Spagna", "l'Espagne"; an elided one is a letter).
    let at = name.token;
    const before = tokens[at - 1];
    if (before && (words.articles.has(before.folded) || (before.folded.length === 1 && /^['’]?$/u.test(text.slice(before.end, tokens[at]!.start))))) at--;
    return at;
  };
  names.forEach((name, index) => startsAt.set(name.token, index));
  /** Whether a count follows the name at once, or after a join and another name that a count follows. */
  const counted = (index: number, depth: number): boolean => {
    const name = names[index]!;
    const end = name.last ?? name.token;
    const after = tokens[end + 1];
    if (!after) return false;
    const gap = text.slice(tokens[end]!.end, after.start);
    if (AMOUNT.test(text.slice(tokens[end]!.end, after.end).trim())) return true;
    // … or what it gave, right after it or a comma, when that is aid ("y Japón, carpas y generadores").
    if (words.aidNoun && COMMA_ONLY.test(gap)) {
      const given = words.articles.has(after.folded) ? tokens[end + 2] : after;
      if (given && words.aidNoun(given)) return true;
    }
    // Russian marks the verb left out with a dash whatever was given ("…, а Турция — палатки и продовольствие").
    if (words.dashJoins.size > 0 && DASH.test(gap) && !COPULAS.has(after.folded) && !words.negations.has(after.folded)) return true;
    if (DASH_ONLY.test(gap)) {
      // A distributive before the count ("по два"), written in words or digits.
      const count = words.distributives.has(after.folded) ? tokens[end + 2] : after;
      if (count && (words.counts.has(count.folded) || (count !== after && /^\p{N}/u.test(count.surface)))) return true;
    }
    // "Jordan and Egypt two helicopters each": a join, then a name with its count.
    if (depth < CHAIN && gap.trim() === '' && words.joins.has(after.folded)) {
      // The next name, or an article before it ("l'Egitto e la Giordania").
      const next = startsAt.get(end + 2) ?? (words.articles.has(tokens[end + 2]?.folded ?? '') ? startsAt.get(end + 3) : undefined);
      if (next !== undefined && counted(next, depth + 1)) return true;
    }
    return false;
  };
  const out: number[] = [];
  names.forEach((name, index) => {
    const at = open(name);
    if (at <= verb + 1 || at < 1) return;
    const before = tokens[at - 1]!;
    const gap = text.slice(before.end, tokens[at]!.start);
    // The join alone, or a comma, before the name ("…, y España", "…, Frankreich").
    if (!gap.includes(',') && !words.joins.has(before.folded) && !words.dashJoins.has(before.folded)) return;
    if (counted(index, 0)) out.push(index);
  });
  return out;
}
