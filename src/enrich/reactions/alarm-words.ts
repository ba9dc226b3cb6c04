/**
 * Words of alarm a speaker gives the move ("called the suspension 'worrying'", "said the decision was troubling"):
 * concern, a call for caution in the labelling guide, as the other languages read "besorgniserregend" and "inquiétant".
 * Not condemnation (a bad name) and not doubt (the pessimistic comment CAMEO's verb "worry" would make of it).
 */
const ALARMING = new Set(['worrying', 'worrisome', 'alarming', 'troubling', 'disturbing', 'concerning', 'unsettling', 'disquieting']);

/** Whether a normalised word is a word of alarm. */
export function isAlarmWord(norm: string): boolean {
  return ALARMING.has(norm);
}
