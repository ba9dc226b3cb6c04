/**
 * Understanding shown for a move is support for it in every language, as English "expressed understanding" is; the
 * noun elsewhere in a sentence ("per una migliore comprensione") is no one's reaction. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs, englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', "Moscow expressed understanding for Ouagadougou's reasons.", ['country:RU supportive']],
  ['it', 'Mosca ha espresso «comprensione» per le ragioni di Ouagadougou.', ['country:RU supportive']],
  ['de', 'Moskau zeigte Verständnis für die Entscheidung.', ['country:RU supportive']],
  ['fr', 'Moscou a exprimé sa compréhension pour la décision.', ['country:RU supportive']],
  ['es', 'Moscú expresó su comprensión por la decisión.', ['country:RU supportive']],
  ['ru', 'Москва выразила понимание решения.', ['country:RU supportive']],
  ['it', 'La Francia ha pubblicato uno studio per una migliore comprensione del fenomeno.', []],
];

describe('understanding expressed', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(language === 'en' ? englishReactionPairs(text) : distinctLanguageReactionPairs(language, text)).toEqual(expected);
  });
});
