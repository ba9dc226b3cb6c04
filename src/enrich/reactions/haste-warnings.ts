/**
 * A call or warning against judging the event too soon or for politics ("warned against jumping to conclusions",
 * "urged all sides not to politicise the incident", "cautioned against attributing the attack") doubts the charge the
 * event rests on: skeptical, as the labelling guide reads doubts about a claim, not a call for caution.
 */
import type { CueMatch } from './find-cues.ts';
import { COMPLEMENT_ENDS } from './restraint-appeals.ts';
import type { SentenceView } from './sentence-view.ts';

/** Judging for politics or on guesswork. */
const HASTE = new Set([
  'politicise', 'politicize', 'politicising', 'politicizing', 'politicisation', 'politicization',
  'speculation', 'speculating', 'speculate', 'attributing', 'attribution',
]);
/** Words that make "conclusions" premature ("jumping to conclusions", "hasty conclusions"). */
const PREMATURE = new Set(['jump', 'jumping', 'rush', 'rushing', 'hasty', 'premature', 'early', 'quick']);
/** Words after the cue that its complement may run to. */
const REACH = 8;

/** The match made skeptical when its call for caution is against hasty judgement; the match itself otherwise. */
export function hasteWarning(view: SentenceView, match: CueMatch): CueMatch {
  if (match.cue.stance !== 'cautious') return match;
  const { norms } = view;
  for (let k = match.end; k < Math.min(norms.length, match.end + REACH); k++) {
    const w = norms[k] ?? '';
    if (COMPLEMENT_ENDS.has(w) && !view.tokens[k]?.quoted) break;
    const premature = w === 'conclusions' && [norms[k - 1], norms[k - 2]].some((p) => PREMATURE.has(p ?? ''));
    if (HASTE.has(w) || premature) return { ...match, cue: { ...match.cue, stance: 'skeptical' } };
  }
  return match;
}
