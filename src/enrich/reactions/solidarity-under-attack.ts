/**
 * Solidarity with the party attacked opposes the attack (the labelling guide's rule): "Washington was quick to stand
 * by its treaty ally", "expressed its solidarity … with Israel in the face of the attacks". An attack is what the
 * article's lead reports with a verb of force in the CAMEO dictionary (18 assault, 19 fight, 20 mass violence:
 * "attacked", "struck", "shelled", "rammed"); elsewhere (an earthquake, an election) solidarity stays support.
 */
import type { EntityRef, ExtractedReaction } from '../../domain/enrichment.ts';
import type { ActorFinder, ActorMention } from './actor-mention.ts';
import { cameoLexicon } from './cameo-lexicon.ts';

/** CAMEO families of force. */
const FORCE = /^(?:18|19|20)/;
/** Verbs of force that earthquakes and storms also do ("a quake struck Peru, killing 40"): no sign of an attack. */
const NATURAL = new Set(['kill', 'strike', 'hit', 'destroy', 'damage', 'wound', 'injure']);
/** Cues of solidarity: an empathetic comment naming solidarity (018), or standing with, by or siding with someone (030). */
const SOLIDARITY = /\bsolidarity\b|\b(?:stand|stands|stood|standing)\b.*\b(?:with|by|behind)\b|\b(?:sided|sides|siding|side)\b/iu;
const WORD = /[a-z]+/g;

/** Where in the lead verbs of force stand (their words' offsets). */
function forcesAt(lead: string): number[] {
  const lexicon = cameoLexicon();
  const out: number[] = [];
  for (const match of lead.toLowerCase().matchAll(WORD)) {
    const lemma = lexicon.forms.get(match[0]);
    const code = lemma && !NATURAL.has(lemma) ? lexicon.lemmas.get(lemma)?.code : null;
    if (code && FORCE.test(code)) out.push(match.index);
  }
  return out;
}

/** Whether a lead reports force: one of its words is a form of a CAMEO verb of force. */
export function reportsForce(lead: string): boolean {
  return forcesAt(lead).length > 0;
}

/** The state or organization a mention stands for, a capital for its state ("solidarity with Caracas"). */
function speaksFor(m: ActorMention): EntityRef | null {
  return m.actor ?? m.seatOf;
}

/**
 * The actors a lead names as the attackers: those named before a verb of force in the verb's own line and sentence
 * ("A Kuwaiti coastguard patrol fired on an Iraqi fishing boat"), and never after one there.
 */
function attackersIn(lead: string, forces: readonly number[], findActors: ActorFinder): Set<string> {
  const mentions = findActors(lead).filter((m) => speaksFor(m));
  const before = new Set<string>();
  const after = new Set<string>();
  for (const at of forces) {
    const from = Math.max(lead.lastIndexOf('\n', at), lead.lastIndexOf('. ', at)) + 1;
    const ends = [lead.indexOf('\n', at), lead.indexOf('. ', at)].filter((k) => k >= 0);
    const to = ends.length > 0 ? Math.min(...ends) : lead.length;
    for (const m of mentions) if (m.start >= from && m.end <= to) (m.end <= at ? before : after).add(speaksFor(m)!.key);
  }
  for (const key of after) before.delete(key);
  return before;
}

/** Whether an English cue is one of solidarity or of siding with someone. */
export function isSolidarityCue(cue: string): boolean {
  return SOLIDARITY.test(cue);
}

/** The states and organizations a sentence names, a capital for its state. */
export function actorsNamed(text: string, findActors: ActorFinder): ReadonlySet<string> {
  return new Set(findActors(text).flatMap((m) => (speaksFor(m) ? [speaksFor(m)!.key] : [])));
}

/**
 * Supportive solidarity turned opposed where the lead reports an attack; the attacker's own words are not touched, and
 * solidarity with the attacker ("declared its full solidarity with Kuwait" after Kuwait's patrol fired) stays support.
 */
export function solidarityUnderAttack(reactions: ExtractedReaction[], lead: () => string, findActors: ActorFinder): ExtractedReaction[] {
  const solidarity = (r: ExtractedReaction) => r.stance === 'supportive' && isSolidarityCue(r.cue);
  if (!reactions.some(solidarity)) return reactions;
  const text = lead();
  const forces = forcesAt(text);
  if (forces.length === 0) return reactions;
  const attackers = attackersIn(text, forces, findActors);
  // Whom the solidarity is with: the first actor named after its cue's first word, inside the cue when it holds one
  // ("took Ouagadougou's side").
  const withAttacker = (r: ExtractedReaction) => {
    const cue = r.evidence.indexOf(r.cue);
    if (cue < 0) return false;
    const next = findActors(r.evidence).find((m) => m.start > cue && speaksFor(m) !== null && speaksFor(m)!.key !== r.actor.key);
    return next !== undefined && attackers.has(speaksFor(next)!.key);
  };
  return reactions.map((r) => (solidarity(r) && !withAttacker(r) ? { ...r, stance: 'opposed' } : r));
}
