/**
 * Reactions named as a noun with their source: "the plan faced vocal opposition from Mexico", "drew sharp criticism
 * from the EU", "won praise from Kenya and Ghana", "criticism came from Brazil". The actors after "from" reacted, whoever the sentence's subject
 * is; the noun's stance comes from the opinion lexicon (negative: opposed, positive: supportive), with concern read
 * as cautious and doubt as skeptical, as the labelling guide reads them. Negated or hypothetical ("did not draw
 * criticism from", "could face opposition from") are not reactions.
 */
import type { EntityRef, Stance } from '../../domain/enrichment.ts';
import type { ClauseStance } from './clause-stance.ts';
import { opinionRating } from './opinion-polarity.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { SentenceView } from './sentence-view.ts';

/** Modifiers allowed between the verb and the noun ("drew sharp and swift criticism"). */
const MAX_MODIFIERS = 3;

export interface NominalReaction {
  actor: EntityRef;
  stance: ClauseStance;
}

/** Cheap test before tagging: a verb of receiving followed shortly by "from". */
export function mayNameNominalReaction(view: SentenceView, g: ReactionGrammar): boolean {
  const { norms } = view;
  for (let k = 0; k < norms.length; k++) {
    if (norms[k] !== 'from') continue;
    for (let j = Math.max(0, k - MAX_MODIFIERS - 2); j < k; j++) if (g.receivingVerbs.matchAt(norms, j) > 0 || g.arrivingVerbs.has(norms[j] ?? '')) return true;
  }
  return false;
}

export function nominalReactions(view: SentenceView, g: ReactionGrammar): NominalReaction[] {
  const { norms, tokens } = view;
  const out: NominalReaction[] = [];
  for (let k = 1; k < norms.length; k++) {
    if (norms[k] !== 'from' || tokens[k]?.quoted) continue;
    // "Criticism came from Brazil", "Sharp criticism also came from …", "Praise poured in from …": the noun opens the
    // phrase before a verb of arriving; otherwise it stands right before "from", after a verb of receiving.
    const arrived = arrivalNoun(norms, k, g);
    const noun = norms[arrived >= 0 ? arrived : k - 1] as string;
    const stance = nounStance(noun, g);
    if (!stance) continue;
    const opening = arrived >= 0 ? arrived : receivingVerbBefore(view, k, g);
    if (opening < 0 || negatedOrHypothetical(norms, opening, g)) continue;
    const first = tokens[opening];
    const last = tokens[k];
    const cue = first && last ? view.text.slice(first.start, last.end) : noun;
    for (const actor of actorsAfter(view, k + 1, g)) out.push({ actor, stance: { stance, cue, cameo: null } });
  }
  return out;
}

/** The verb of receiving before the noun right before "from" at k, and the noun's modifiers ("drew sharp criticism from"), or -1. */
function receivingVerbBefore(view: SentenceView, k: number, g: ReactionGrammar): number {
  const { norms } = view;
  for (let j = k - 2; j >= Math.max(0, k - 2 - MAX_MODIFIERS); j--) {
    const n = g.receivingVerbs.matchAt(norms, j);
    if (n > 0 && j + n <= k - 1) return j;
    if (!/^[a-z-]+$/.test(norms[j] ?? '') || view.mentionAt.has(j)) return -1;
  }
  return -1;
}

/** Adverbs allowed between a reaction noun and its verb of arriving ("criticism also came from"). */
const ARRIVAL_ADVERBS = new Set(['also', 'quickly', 'swiftly', 'soon', 'too']);

/** The token of the reaction noun before a verb of arriving that closes right before "from" at k, or -1. */
function arrivalNoun(norms: readonly string[], k: number, g: ReactionGrammar): number {
  let j = k - 1;
  // "poured in from": a particle between the verb and "from".
  if (norms[j] === 'in') j--;
  if (!g.arrivingVerbs.has(norms[j] ?? '')) return -1;
  j--;
  while (j >= 0 && ARRIVAL_ADVERBS.has(norms[j] ?? '')) j--;
  return j >= 0 && g.arrivingNouns.has(norms[j] ?? '') ? j : -1;
}

function nounStance(noun: string, g: ReactionGrammar): Stance | null {
  if (g.concernNouns.has(noun)) return 'cautious';
  if (g.doubtNouns.has(noun)) return 'skeptical';
  const rating = opinionRating(noun);
  if (rating < 0) return 'opposed';
  if (rating > 0) return 'supportive';
  return null;
}

function negatedOrHypothetical(norms: readonly string[], verb: number, g: ReactionGrammar): boolean {
  for (let k = Math.max(0, verb - 3); k < verb; k++) {
    const norm = norms[k] ?? '';
    if (g.negations.matchAt(norms, k) > 0 || norm.endsWith("n't") || g.hypotheticals.matchAt(norms, k) > 0) return true;
  }
  return false;
}

/** The actors listed right after "from": "from Mexico", "from the EU and Japan", "from President X, whose …". */
function actorsAfter(view: SentenceView, at: number, g: ReactionGrammar): EntityRef[] {
  const { norms } = view;
  const actors: EntityRef[] = [];
  let k = at;
  for (;;) {
    while (!view.mentionAt.has(k) && g.determiners.has(norms[k] ?? '')) k++;
    // "from President Donald Trump": a title before a named person.
    let titled = k;
    while (titled < k + 3 && !view.mentionAt.has(titled) && (g.stateTitles.has(norms[titled] ?? '') || g.honorifics.has(norms[titled] ?? ''))) titled++;
    if (view.mentionAt.get(titled)?.mention.entity.kind === 'person') k = titled;
    const hit = view.mentionAt.get(k);
    const actor = hit ? (hit.mention.actor ?? hit.mention.seatOf) : null;
    // "from Mexican officials" is a demonym before its speaker; "from Mexico's neighbours" names someone else.
    if (!hit || !actor || hit.mention.via === 'demonym' || norms[hit.end] === "'s") break;
    actors.push(actor);
    k = hit.end;
    if (norms[k] === ',') k++;
    if (norms[k] === 'and') k++;
    else if (norms[k - 1] !== ',') break;
  }
  return actors;
}
