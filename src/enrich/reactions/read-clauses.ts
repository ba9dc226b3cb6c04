/**
 * Splits a sentence into clauses that each have their own subject ("…, while the United States said …", "…, after
 * Hungary refused …", "…, with a US official saying …"), reading each clause's subject, the actor named by a fronted
 * place ("In Moscow, a foreign ministry spokeswoman said …") and, for a sentence that opens with a quotation, the
 * quotation as part of the speaker's predicate.
 */
import type { EntityRef } from '../../domain/enrichment.ts';
import { parseSubject, type Subject } from './parse-subject.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { SentenceView } from './sentence-view.ts';

export interface Clause {
  start: number;
  end: number;
  subject: Subject;
  /** Where the subject starts (after any fronted phrase). */
  subjectStart: number;
  /** The actor of a fronted "In <capital>," / "At the United Nations,". */
  fronted: EntityRef | null;
  /** Token ranges whose cues are the subject's reaction. */
  ranges: Array<[number, number]>;
}

const MAX_FRONTED = 20;
/** The longest fronted opener without a preposition that is read as an adverbial. */
const MAX_OPENER = 5;
const MAX_TIME_OPENER = 7;

export function readClauses(view: SentenceView, g: ReactionGrammar, isVerb: (k: number) => boolean): Clause[] {
  const clauses: Clause[] = [];
  const n = view.tokens.length;
  let pos = 0;
  const opener = fronted(view, n, g, isVerb);
  if (opener) {
    if (opener.clause) clauses.push(opener.clause);
    pos = opener.next;
  }
  while (pos < n) {
    const { fronted, start } = readFronted(view, pos, n, g, isVerb);
    let subject: Subject;
    let subjectStart = start;
    const ranges: Array<[number, number]> = [];
    const quote = leadingQuote(view, start);
    if (quote) {
      let s = quote.after;
      if (view.norms[s] === ',') s++;
      const reporting = g.reportingVerbs.matchAt(view.norms, s);
      // "“…,” said the minister" or "“…,” a spokesperson said".
      subjectStart = reporting > 0 ? s + reporting : s;
      subject = parseSubject(view, subjectStart, n, g, isVerb);
      ranges.push([quote.from, quote.to]);
    } else {
      subject = parseSubject(view, start, n, g, isVerb);
    }
    const split = findSplit(view, subject.end, n, g, isVerb);
    ranges.push([subject.end, split.end]);
    clauses.push({ start: pos, end: split.end, subject, subjectStart, fronted, ranges });
    if (split.next <= pos) break;
    pos = split.next;
  }
  return clauses;
}

/** Words that open a fronted subordinate clause: "Although Paris stayed silent, Berlin welcomed …". */
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because', 'since', 'when', 'once', 'as', 'despite']);

/**
 * A fronted subordinate clause up to its comma: a clause of its own (its negation or cue is not the main clause's),
 * or, without a verb ("While in Berlin,", "Despite the objections,"), an adverbial to skip.
 */
function fronted(view: SentenceView, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): { clause: Clause | null; next: number } | null {
  const { norms, tokens } = view;
  let k = 0;
  while (['but', 'and', 'so', 'still', 'even'].includes(norms[k] ?? '')) k++;
  if (!SUBORDINATORS.has(norms[k] ?? '') || tokens[k]?.quoted) return null;
  let verb = false;
  for (let c = k + 1; c < Math.min(to, k + 1 + MAX_FRONTED); c++) {
    if (tokens[c]?.quoted) return null;
    if (norms[c] === '.' || norms[c] === ';') return null;
    if (norms[c] !== ',') {
      verb ||= isVerb(c);
      continue;
    }
    if (!verb || c === k + 1) return { clause: null, next: c + 1 };
    const subject = parseSubject(view, k + 1, c, g, isVerb);
    return { clause: { start: 0, end: c, subject, subjectStart: k + 1, fronted: null, ranges: [[subject.end, c]] }, next: c + 1 };
  }
  return null;
}

/** A fronted phrase closed by a comma ("In Riga,", "Hours later,", "In a statement,"), and the actor it places. */
function readFronted(view: SentenceView, pos: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): { fronted: EntityRef | null; start: number } {
  const { norms } = view;
  let k = pos;
  while (['but', 'and', 'so', 'still'].includes(norms[k] ?? '')) k++;
  if (g.frontedPrepositions.matchAt(norms, k) === 0) {
    // Any short opener without a verb or a name, closed by a comma ("Abroad,", "Separately,", "Across the region,").
    // "The president, sitting next to …, said": a speaker noun makes the opener the subject, not an adverbial.
    // A time opener may run longer ("Two days after the vote,", "A few hours after the attack,").
    const timed = norms.slice(k, k + MAX_TIME_OPENER).some((n) => g.pastBackground.timeNouns.has(n) || n === 'hours');
    for (let c = k; c < Math.min(to, k + (timed ? MAX_TIME_OPENER : MAX_OPENER)); c++) {
      if (view.tokens[c]?.quoted || isVerb(c) || view.mentionAt.has(c) || g.speakerNouns.matchAt(norms, c) > 0) break;
      if (norms[c] === ',' && c > k) return { fronted: null, start: c + 1 };
    }
    return { fronted: null, start: k };
  }
  for (let c = k + 1; c < Math.min(to, k + MAX_FRONTED); c++) {
    if (view.tokens[c]?.quoted) continue;
    if (g.reportingVerbs.matchAt(norms, c) > 0 || norms[c] === '.' || norms[c] === ';') break;
    if (norms[c] !== ',') continue;
    let fronted: EntityRef | null = null;
    if (g.locativePrepositions.matchAt(norms, k) > 0) {
      let m = k + 1;
      while (!view.mentionAt.has(m) && g.determiners.has(norms[m] ?? '')) m++;
      const hit = view.mentionAt.get(m);
      if (hit && hit.end === c) fronted = hit.mention.actor ?? hit.mention.seatOf;
    }
    return { fronted, start: c + 1 };
  }
  // No comma: "In Parliament the Communist Party of Greece accused …" — a short object, then "the" before a name.
  for (let c = k + 2; c < Math.min(to - 1, k + 2 + MAX_BARE_FRONTED); c++) {
    if (isVerb(c - 1) || view.tokens[c - 1]?.quoted) break;
    if (norms[c] === 'the' && view.mentionAt.has(c + 1)) return { fronted: null, start: c };
  }
  return { fronted: null, start: k };
}

/** How many words a fronted phrase without a comma may hold before "the" opens the subject ("In Parliament the …"). */
const MAX_BARE_FRONTED = 3;

function leadingQuote(view: SentenceView, at: number): { from: number; to: number; after: number } | null {
  if (view.norms[at] !== '"' || !view.tokens[at + 1]?.quoted) return null;
  for (let k = at + 1; k < view.tokens.length; k++) {
    if (view.norms[k] === '"' && !view.tokens[k]?.quoted && !view.tokens[k + 1]?.quoted) return { from: at + 1, to: k, after: k + 1 };
  }
  return null;
}

/** Where the clause starting its predicate at `from` ends, and where the next clause starts. */
function findSplit(view: SentenceView, from: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean): { end: number; next: number } {
  const { norms, tokens } = view;
  for (let p = from; p < to; p++) {
    if (tokens[p]?.quoted) continue;
    const norm = norms[p] ?? '';
    if (norm === ';') return { end: p, next: p + 1 };
    // "…, a formula that Nicosia rejects", "the attack, which Athens also condemned": a relative pronoun after a noun,
    // then a named actor and its verb, opens that actor's clause. Not after a verb ("said that Nicosia rejects"): that
    // is what was said.
    const noun = norms[p - 1] === ',' ? p - 2 : p - 1;
    if (RELATIVES.has(norm) && noun >= from && /^\p{L}/u.test(norms[noun] ?? '') && !isVerb(noun) && !tokens[noun]?.quoted && opensClause(view, p + 1, to, g, isVerb, ['actors'], true)) return { end: p, next: p + 1 };
    // "Elsewhere the tone was more guarded: Britain said …": a colon before an actor and its verb opens their clause.
    if (norm === ':' && opensClause(view, p + 1, to, g, isVerb, ['actors'])) return { end: p, next: p + 1 };
    if (g.alwaysClauseStarters.has(norm)) {
      const q = norms[p + 1] === ',' ? p + 2 : p + 1;
      if (opensClause(view, q, to, g, isVerb, ['actors', 'generic', 'other'])) return { end: p, next: q };
    }
    if (norm === ',' && g.subjectClauseStarters.has(norms[p + 1] ?? '')) {
      if (opensClause(view, p + 2, to, g, isVerb, ['actors', 'generic', 'other'])) return { end: p, next: p + 2 };
    } else if (g.subjectClauseStarters.has(norm) && norms[p - 1] !== ',') {
      // Without a comma before it, "and" goes on with the clause's own words unless a subject (or a prepositional
      // opener) follows at once: "trucked rice and blankets to the valley, while Norway warned" is one object list.
      const bare = g.frontedPrepositions.matchAt(norms, p + 1) === 0;
      if (opensClause(view, p + 1, to, g, isVerb, ['actors'], bare)) return { end: p, next: p + 1 };
    }
  }
  return { end: to, next: to };
}

/** Relative pronouns that may open a clause with a subject of its own. */
const RELATIVES = new Set(['that', 'which']);

/** A clause with its own subject starts at `at`, after any fronted phrase (", and afterward, Kim said"). */
function opensClause(view: SentenceView, at: number, to: number, g: ReactionGrammar, isVerb: (k: number) => boolean, kinds: string[], subjectFirst = false): boolean {
  if (at >= to) return false;
  const { start } = subjectFirst ? { start: at } : readFronted(view, at, to, g, isVerb);
  if (start >= to) return false;
  const subject = parseSubject(view, start, to, g, isVerb);
  return subject.end > start && kinds.includes(subject.kind) && isVerb(subject.end);
}
