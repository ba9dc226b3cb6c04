/**
 * Solidarity with the party attacked opposes the attack (the labelling guide's rule): "Washington was quick to stand
 * by its treaty ally", "expressed its solidarity … with Israel in the face of the attacks". An attack is what the
 * article's lead reports with a verb of force in the CAMEO dictionary (18 assault, 19 fight, 20 mass violence:
 * "attacked", "struck", "shelled", "rammed"); elsewhere (an earthquake, an election) solidarity stays support.
 */
import type { ExtractedReaction } from '../../domain/enrichment.ts';
import { cameoLexicon } from './cameo-lexicon.ts';

/** CAMEO families of force. */
const FORCE = /^(?:18|19|20)/;
/** Verbs of force that earthquakes and storms also do ("a quake struck Peru, killing 40"): no sign of an attack. */
const NATURAL = new Set(['kill', 'strike', 'hit', 'destroy', 'damage', 'wound', 'injure']);
/** Cues of solidarity: an empathetic comment naming solidarity (018), or standing with or by someone (030). */
const SOLIDARITY = /\bsolidarity\b|\b(?:stand|stands|stood|standing)\b.*\b(?:with|by|behind)\b/iu;
const WORD = /[a-z]+/g;

/** Whether a lead reports force: one of its words is a form of a CAMEO verb of force. */
export function reportsForce(lead: string): boolean {
  const lexicon = cameoLexicon();
  for (const word of lead.toLowerCase().match(WORD) ?? []) {
    const lemma = lexicon.forms.get(word);
    const code = lemma && !NATURAL.has(lemma) ? lexicon.lemmas.get(lemma)?.code : null;
    if (code && FORCE.test(code)) return true;
  }
  return false;
}

/** Supportive solidarity turned opposed where the lead reports an attack; the attacker's own words are not touched. */
export function solidarityUnderAttack(reactions: ExtractedReaction[], lead: () => string): ExtractedReaction[] {
  const solidarity = (r: ExtractedReaction) => r.stance === 'supportive' && SOLIDARITY.test(r.cue);
  if (!reactions.some(solidarity) || !reportsForce(lead())) return reactions;
  return reactions.map((r) => (solidarity(r) ? { ...r, stance: 'opposed' } : r));
}
