/**
 * Appeals addressed to both sides of a dispute and offers to bring the sides together, in sentences written for this
 * test: asking both governments (or all parties, or the two sides) to act takes neither's side, a call for caution,
 * unless it asks them to take up the move itself or follows a welcome; readiness to mediate, convene, host or help the
 * two sides is mediation, also cautious. "Asked that …" is an appeal like "urged".
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const ENGLISH_CASES: [string, string[]][] = [
  // an appeal to both sides, whatever it asks
  ['Norway urged both governments to stick to the old treaty and keep meeting.', ['country:NO cautious']],
  ['Sweden called on all parties to stop the shelling.', ['country:SE cautious']],
  ['Sweden called on all parties to return to the table.', ['country:SE supportive']],
  ['Norway urged the government to return to the table.', ['country:NO supportive']],
  // asking them to take up the move backs it; so does an appeal after a welcome
  ['Norway called on both sides to seize this opportunity.', ['country:NO supportive']],
  ['Norway welcomed the accord and urged both sides to publish its annexes.', ['country:NO supportive']],
  // "asked" with both sides as its object
  ['Chile and Peru asked both governments to reopen the bridge.', ['country:CL cautious', 'country:PE cautious']],
  ['Chile asked the two sides to meet again.', ['country:CL cautious']],
  // readiness to mediate, convene, host or help the two sides
  ['Norway said it was ready to convene the two defence ministers in Oslo.', ['country:NO cautious']],
  ['Ghana said it stood ready to help the two countries find a settlement.', ['country:GH cautious']],
  ['Senegal said it was willing to host talks between the rivals.', ['country:SN cautious']],
  ['Ghana said it stood ready to help the flood victims.', ['country:GH supportive']],
  // "asked that" is an appeal too: after "but", a reservation
  ['Norway said it understood the decision but asked that aid convoys be let through.', ['country:NO cautious']],
  ['Norway asked that an independent inquiry be opened.', ['country:NO cautious']],
];

describe('even-handed appeals and offers to mediate', () => {
  it.each(ENGLISH_CASES)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
});
