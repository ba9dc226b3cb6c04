/**
 * An actor expecting others to do something ("expected all states to respect the rules") makes a demand: a call for
 * caution. Being expected to do something ("was expected to visit", "is widely expected to run") is a forecast about
 * the subject, no reaction. A matter that "concerned" someone, its object after a quotation mark or a focusing adverb,
 * is what it was about, not a concern anyone voiced. Sentences written for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string[]][] = [
  ['Norway said it expected both governments to respect the ceasefire.', ['country:NO cautious']],
  ['The European Commission expects Serbia to allow independent monitors into the area.', ['org:eu cautious']],
  ['Norway was expected to announce its decision on Friday.', []],
  ['Norway is widely expected to join the mission.', []],
  ['Norwegian diplomats expect the dispute to return at the next summit.', []],
  ['Norway and Iceland are among the countries expected to apply.', []],
  ['The Kremlin said the dispute concerned "Baku and Yerevan" alone.', []],
  ['The Kremlin said the dispute concerned only the two neighbours.', []],
  ['Russia said it was deeply concerned about the fighting.', ['country:RU cautious']],
];

describe('expectations and concerns', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
});
