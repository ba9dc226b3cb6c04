/**
 * A hope or wish that the parties settle their dispute ("выразил надежду, что стороны урегулируют …", "a souhaité que
 * l'incident soit réglé", "deseó que ambas partes resuelvan …") asks them to hold back: a call for caution, as a hope
 * for calm is. A wish of success to someone backs them. Sentences written for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { reactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['ru', 'Астана выразила надежду, что Баку и Ереван урегулируют спор мирным путём.', ['country:KZ cautious']],
  ['fr', 'Astana a souhaité que le différend soit réglé rapidement.', ['country:KZ cautious']],
  ['fr', "Astana a souhaité bonne chance au nouveau gouvernement.", ['country:KZ supportive']],
  ['es', 'Astaná deseó éxito al nuevo gobierno.', ['country:KZ supportive']],
  ['de', 'Astana hofft, dass beide Seiten den Streit beilegen.', ['country:KZ cautious']],
];

describe('hopes for a settlement', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(reactionPairs(language, text)).toEqual(expected);
  });
});
