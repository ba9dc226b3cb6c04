/**
 * Sentences written for this test (not from any corpus): Russian "прав" in "прав человека" is the noun "rights", not the
 * short adjective "right": a description of a place as a danger to human rights praises nothing.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['ru', 'Amnesty International назвала лагерь «зоной беззакония для прав человека».', ['org:amnesty-international opposed']],
  ['ru', 'Human Rights Watch назвала тюрьму «ямой для прав человека».', []],
  ['ru', 'Amnesty International назвала лагерь «могилой прав человека».', []],
  ['ru', 'Amnesty International назвала закон «нарушением прав человека».', ['org:amnesty-international opposed']],
];

describe('rights are no judgement', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
