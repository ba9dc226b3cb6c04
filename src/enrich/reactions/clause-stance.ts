/**
 * The stance a clause's cues give its subject, after dropping cues that are negated ("did not welcome"),
 * hypothetical ("could object", "is expected to welcome"), about the past ("has previously called …", "has long
 * rejected …") or, for the actors whose move the headline reports, weak ("said the changes were needed").
 */
import type { Stance } from '../../domain/enrichment.ts';
import type { Clause } from './read-clauses.ts';
import type { CueMatch } from './find-cues.ts';
import type { ReactionGrammar } from './reaction-grammar.ts';
import type { SentenceView } from './sentence-view.ts';
import { isAidCode, isAppealCode } from './cameo-lexicon.ts';
import { opensCondition } from './condition-words.ts';

export interface ClauseStance {
  stance: Stance;
  /** The cue that decided it, as written. */
  cue: string;
  /** Its CAMEO code, where it has one. */
  cameo: string | null;
}

/** Which stance wins when one clause carries several cues. */
export const STANCE_PRIORITY: Record<Stance, number> = { opposed: 5, skeptical: 4, cautious: 3, supportive: 2, neutral: 1 };
const PAST_LOOKAHEAD = 3;
const LOCAL_NEGATION = 3;

export function clauseStance(
  view: SentenceView,
  clause: Clause,
  matches: readonly CueMatch[],
  g: ReactionGrammar,
  options: { allowWeak: boolean },
): ClauseStance | null {
  const found: Array<{ stance: Stance; match: CueMatch }> = [];
  for (const [from, to] of clause.ranges) {
    for (const match of matches) {
      if (match.start < from || match.end > to) continue;
      if (clause.subject.skipped.some(([a, b]) => match.start >= a && match.end <= b)) continue;
      // The headline's agent also appeals about its own move ("the Comoros asked the UN to …"): no reaction to it.
      if ((match.cue.weak || isAppealCode(match.cue.cameo)) && !options.allowWeak) continue;
      const stance = readCue(view, clause, match, from, to, g);
      if (stance) found.push({ stance, match });
    }
  }
  if (found.length === 0) return null;
  let best = found[0] as { stance: Stance; match: CueMatch };
  for (const f of found) if (STANCE_PRIORITY[f.stance] > STANCE_PRIORITY[best.stance]) best = f;
  // "wants the package adopted and has asked for a lower cap", "welcomed the truce and called for talks": asking for
  // more after backing it is support, as the languages' appeals yield to a welcome; aid beside an appeal is no backing
  // ("offered any help needed and called for a joint commission").
  const backing = found.find((f) => f.stance === 'supportive' && !isAppealCode(f.match.cue.cameo) && !isAidCode(f.match.cue.cameo) && f.match.end <= best.match.start);
  if (best.stance === 'cautious' && isAppealCode(best.match.cue.cameo) && backing && !restricted(view, backing.match.end, best.match.start, g)) best = backing;
  // "We have serious concerns that the announced result does not reflect the will of the people": a concern that
  // something is not so doubts it.
  if (best.stance === 'cautious' && deniedContent(view, best.match.end, clause.end)) {
    return { stance: 'skeptical', cue: best.match.text, cameo: best.match.cue.cameo };
  }
  // "welcomed the deal but criticized the delay": a welcome, a contrast, then criticism is a mixed verdict.
  const welcome = found.find((f) => f.stance === 'supportive' && f.match.end <= best.match.start);
  if ((best.stance === 'opposed' || best.stance === 'skeptical') && welcome && restricted(view, welcome.match.end, best.match.start, g)) {
    return { stance: 'cautious', cue: `${welcome.match.text} … ${best.match.text}`, cameo: best.match.cue.cameo };
  }
  if (best.stance === 'supportive' && restricted(view, best.match.end, clause.end, g)) {
    return { stance: 'cautious', cue: `${best.match.text} … ${restrictionText(view, best.match.end, clause.end, g)}`, cameo: best.match.cue.cameo };
  }
  return { stance: best.stance, cue: best.match.text, cameo: best.match.cue.cameo };
}

/** The cue's stance in its context, or null when the context says it is not a reaction. */
function readCue(view: SentenceView, clause: Clause, match: CueMatch, from: number, to: number, g: ReactionGrammar): Stance | null {
  const { norms, tokens } = view;
  const quotedCue = tokens[match.start]?.quoted === true;
  // The subject's own verb group runs up to the first reporting verb; after it comes what was reported.
  let report = -1;
  for (let k = from; k < match.start; k++) {
    if (!tokens[k]?.quoted && g.reportingVerbs.matchAt(norms, k) > 0) {
      report = k;
      break;
    }
  }
  // "said Chad had every right to …" defends the move; "Chad has the right to appeal" in narration is no one's reaction.
  if (match.cue.reported === true && report < 0 && !quotedCue) return null;
  const mainEnd = report >= 0 ? report : match.start;
  if (!quotedCue) {
    for (let k = from; k < mainEnd; k++) {
      if (tokens[k]?.quoted) continue;
      if (isNegation(norms, k, g) || g.hypotheticals.matchAt(norms, k) > 0) return null;
    }
  }
  // "Tehran had threatened to attack …": the past perfect in the subject's own verb group tells what came before the
  // event; in reported words ("said it had been shocked") it is only the tense of reporting.
  if (report < 0 && !quotedCue && pluperfect(norms, match.start, from)) return null;
  const pastEnd = Math.min(to, match.end + PAST_LOOKAHEAD);
  for (let k = Math.max(from, clause.subjectStart); k < pastEnd; k++) {
    if (clause.subject.skipped.some(([a, b]) => k >= a && k < b)) continue;
    // The cue's own words mark no earlier time ("recalled its ambassador" is the recall, not a memory).
    if (k >= match.start && k < match.end) continue;
    if (g.pastMarkers.matchAt(norms, k) > 0) return null;
  }
  // A fronted "In the past," or "Previously," dates the statement; a fronted "Earlier on Thursday," does not.
  for (let k = clause.start; k < clause.subjectStart; k++) {
    if (g.pastMarkers.matchAt(norms, k) > 0 && norms[k] !== 'earlier') return null;
  }
  // Reported or direct: "said it could send aid if …", "offered to host talks should both sides wish".
  if (conditionalOffer(norms, report >= 0 ? report : from - 1, match, to)) return null;
  if (inCondition(norms, from, match.start)) return null;
  if (conditionBeforeSubject(view, from)) return null;
  const stance = match.cue.stance;
  // Negation right before a reported cue: "said it would not support" opposes; "not yet ready to" is guarded.
  if (report >= 0 || quotedCue) {
    const negFrom = Math.max(report + 1, match.start - LOCAL_NEGATION, from);
    let negated = false;
    let notYet = false;
    for (let k = negFrom; k < match.start; k++) {
      if (isNegation(norms, k, g)) negated = true;
      if (norms[k] === 'yet') notYet = true;
    }
    if (negated) {
      if (stance !== 'supportive') return null;
      // "would not send its vessels back until security is confirmed", "will not back it unless …": a condition for
      // doing it, as "not yet" is.
      const conditioned = norms.slice(match.end, Math.min(to, match.end + CONDITION_REACH)).some((n) => UNTIL.has(n));
      return notYet || conditioned ? 'cautious' : 'opposed';
    }
  }
  return stance;
}

/** Words after a negated support that make it wait on a condition. */
const UNTIL = new Set(['until', 'unless', 'till']);
/** Modals and readiness that, with a condition after the cue, make an offer or a threat, not a reaction. */
const OFFERING = new Set(['could', 'would', 'can', 'will', 'ready', 'prepared', 'willing']);
/** How far after the cue its condition may stand ("could send its vessel Arkona 'if Estonia requests it'"). */
const CONDITION_REACH = 12;

/**
 * "said it could send aid if Estonia asked", "was ready to open a camp, but only if donors paid": a reported offer on
 * a condition is no reaction yet. "Even if" and "as if" concede or compare; they set no condition.
 */
function conditionalOffer(norms: readonly string[], report: number, match: CueMatch, to: number): boolean {
  let offered = false;
  // The readiness may be the cue's own first words ("stood ready to help").
  for (let k = report + 1; k < match.end; k++) if (OFFERING.has(norms[k] ?? '')) offered = true;
  // Or the cue is an offer itself ("offered to host talks 'should both countries so wish'").
  if ((norms[match.start] ?? '').startsWith('offer')) offered = true;
  if (!offered) return false;
  for (let k = match.end; k < Math.min(norms.length, match.end + CONDITION_REACH); k++) {
    const norm = norms[k] ?? '';
    if (norm === ';' || norm === '.') return false;
    if (opensCondition(norms, k)) return true;
    // An inverted condition: "should they wish", "were the parties to ask".
    if (INVERTED_CONDITION.has(norm) && INVERSION_SUBJECTS.has(norms[k + 1] ?? '')) return true;
  }
  return false;
}

/**
 * Whether the cue stands in a condition ("would prepare sanctions if Russia sent more troops"): what the condition
 * supposes is no one's reaction. A comma after the "if" ends a fronted condition before the main clause.
 */
function inCondition(norms: readonly string[], from: number, cue: number): boolean {
  for (let k = cue - 1; k >= from; k--) {
    const norm = norms[k] ?? '';
    if (norm === ',' || norm === ';') return false;
    if (opensCondition(norms, k)) return true;
  }
  return false;
}

/** Words of a subject's list between its names ("if Nairobi and Kampala asked"). */
const LIST_WORDS = new Set(['and', 'or', 'the', 'both', ',']);

/**
 * Whether the condition's word stands right before the clause's subject, across the subject's list of names: "ready to
 * host talks if Nairobi and Kampala asked for them" (the clause of "Kampala" starts after the word).
 */
function conditionBeforeSubject(view: SentenceView, from: number): boolean {
  const { norms, tokens } = view;
  let k = from - 1;
  // The condition's word itself may be capitalised ("If Nairobi and Kampala …"): it stops the walk first.
  while (k >= 0 && !opensCondition(norms, k) && (LIST_WORDS.has(norms[k] ?? '') || /^\p{Lu}/u.test(tokens[k]?.text ?? ''))) k--;
  return k >= 0 && opensCondition(norms, k);
}

/** Auxiliaries that open a condition when the subject follows them. */
const INVERTED_CONDITION = new Set(['should', 'were']);
/** Subjects after such an auxiliary: a pronoun or an article ("should the parties ask"). */
const INVERSION_SUBJECTS = new Set(['they', 'it', 'he', 'she', 'we', 'you', 'the', 'both', 'either', 'any']);

/** How far after a concern its "that" may stand, and how far after "that" its negated verb. */
const CONTENT_REACH = 3;
const NEGATION_REACH = 10;
/** Verbs that state a fact in the indicative, before "not": "does not reflect", "was not credible". */
const FACTUAL = new Set(['does', 'do', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * A concern's "that" clause stating that something is not so ("that the result does not reflect …", "that the vote
 * was not free"). A modal makes it a worry about what may come ("that the truce may not hold"): not doubt.
 */
function deniedContent(view: SentenceView, from: number, to: number): boolean {
  const { norms, tokens } = view;
  let that = -1;
  for (let k = from; k < Math.min(to, from + CONTENT_REACH); k++) if (norms[k] === 'that') that = k;
  if (that < 0) return false;
  for (let k = that + 1; k < Math.min(to, that + NEGATION_REACH); k++) {
    if (tokens[k]?.quoted && !tokens[that]?.quoted) return false;
    const norm = norms[k] ?? '';
    if (norm === ',' || norm === ';') return false;
    if (norm === 'not' || norm.endsWith("n't")) return FACTUAL.has(norms[k - 1] ?? '') || /^(?:does|do|did|is|are|was|were|has|have|had)n't$/.test(norm);
  }
  return false;
}

/** How many adverbs may stand between "had" and its participle ("had repeatedly warned", "had long since rejected"). */
const PLUPERFECT_GAP = 2;

/** "had" right before the cue, an adverb or two between: the subject's verb is in the past perfect. */
function pluperfect(norms: readonly string[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 1 - PLUPERFECT_GAP); k--) {
    const norm = norms[k] ?? '';
    if (norm === 'had' || norm === "'d") return true;
    if (!/^[a-z]+ly$|^(?:already|long|since|also|earlier|previously)$/.test(norm)) return false;
  }
  return false;
}

function isNegation(norms: readonly string[], k: number, g: ReactionGrammar): boolean {
  const norm = norms[k] ?? '';
  return g.negations.matchAt(norms, k) > 0 || norm.endsWith("n't") || norm === 'cannot';
}

function restricted(view: SentenceView, from: number, to: number, g: ReactionGrammar): boolean {
  return restrictionAt(view, from, to, g) >= 0;
}

function restrictionAt(view: SentenceView, from: number, to: number, g: ReactionGrammar): number {
  for (let k = from; k < to; k++) {
    if (g.restrictions.matchAt(view.norms, k) > 0 && !(view.norms[k] === 'but' && view.norms[k + 1] === 'also')) return k;
  }
  return -1;
}

function restrictionText(view: SentenceView, from: number, to: number, g: ReactionGrammar): string {
  const k = restrictionAt(view, from, to, g);
  const n = g.restrictions.matchAt(view.norms, k);
  return view.tokens.slice(k, k + n).map((t) => t.text).join(' ');
}
