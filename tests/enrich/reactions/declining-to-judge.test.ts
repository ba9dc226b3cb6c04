/**
 * What a speaker says while declining to comment on the matter is no judgement of it, in sentences written for this
 * test; declining to say more keeps what was said, and a verb of judging keeps its own reading.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string[]][] = [
  ['The IMF said its involvement was "limited and purely procedural" and declined to comment on the substance.', []],
  ['Norway said the plan was "reckless and dangerous" but declined to comment further.', ['country:NO opposed']],
  ['Norway criticized the plan but declined to comment on the vote.', ['country:NO opposed']],
];

describe('declining to judge', () => {
  it.each(CASES)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
});
