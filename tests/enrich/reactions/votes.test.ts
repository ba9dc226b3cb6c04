/**
 * Votes in five languages, written for this test (not from any corpus): voting against a proposal opposes it, voting
 * for it supports it, as English "voted against the resolution" does.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Frankreich stimmte gegen die Resolution.', ['country:FR opposed']],
  ['de', 'Frankreich stimmte für die Resolution.', ['country:FR supportive']],
  ['fr', "L'Allemagne a voté contre la résolution.", ['country:DE opposed']],
  ['fr', "L'Allemagne a voté pour la résolution.", ['country:DE supportive']],
  ['es', 'Alemania votó en contra de la resolución.', ['country:DE opposed']],
  ['es', 'Alemania votó a favor de la resolución.', ['country:DE supportive']],
  ['it', 'La Germania ha votato contro la risoluzione.', ['country:DE opposed']],
  ['it', 'La Germania ha votato a favore della risoluzione.', ['country:DE supportive']],
  ['ru', 'Германия проголосовала против резолюции.', ['country:DE opposed']],
  ['ru', 'Германия проголосовала за резолюцию.', ['country:DE supportive']],
];

describe('votes for and against', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual(expected);
  });
});
