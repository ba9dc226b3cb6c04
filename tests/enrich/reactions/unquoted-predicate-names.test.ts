/**
 * Sentences written for this test (not from any corpus): in Russian, an unquoted adjective in the instrumental that
 * a naming verb predicates of its object, closing the clause, is the speaker's verdict ("назвала закон
 * дискриминационным"); an adjective with more after it, or the naming verb's object itself, is not.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['ru', 'Франция назвала закон дискриминационным.', ['country:FR opposed']],
  ['ru', 'Правозащитники из Amnesty International назвали меру дискриминационной и предупредили о последствиях.', ['org:amnesty-international opposed']],
  ['ru', 'Франция назвала закон дискриминационным для мигрантов.', []],
];

describe('an unquoted predicate of a naming verb', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
