/**
 * Sentences written for this test (not from any corpus): a call for a gradual, coordinated or orderly withdrawal asks
 * how the move is made, a call for caution; a call for the withdrawal itself still opposes.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['it', "La Francia ha chiesto un ritiro graduale della missione dal Mali.", ['country:FR cautious']],
  ['fr', "L'Allemagne appelle à un retrait coordonné de la mission.", ['country:DE cautious']],
  ['es', 'Alemania pidió un retiro gradual de la misión.', ['country:DE cautious']],
  ['de', 'Frankreich forderte einen schrittweisen Abzug der Mission.', ['country:FR cautious']],
  ['ru', 'Германия призвала постепенно вывести миссию.', ['country:DE cautious']],
  ['it', 'La Francia ha chiesto il ritiro delle truppe russe.', ['country:FR opposed']],
  ['fr', "L'Allemagne a exigé le retrait des troupes russes.", ['country:DE opposed']],
];

describe('an orderly withdrawal', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
