/**
 * Sentences written for this test (not from any corpus): saying a dispute should or must be settled through dialogue,
 * negotiation or peacefully is a call for restraint (cautious), as "called for dialogue" is; "should be resolved
 * through the courts" asks no one to hold back.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string[]][] = [
  ['India said the border question should be settled "through dialogue and consultation".', ['country:IN cautious']],
  ['Brazil said the dispute must be resolved peacefully.', ['country:BR cautious']],
  ['Norway said the matter should be handled through negotiations between the two governments.', ['country:NO cautious']],
  ['Police said the case should be resolved through the courts.', []],
];

describe('settled through dialogue', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
});
