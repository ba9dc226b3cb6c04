/**
 * English: a demonym describing the kind of an organization named next ("the Norwegian shipping company Fjordline",
 * "Swedish mining giant Nordgruva") makes that organization the speaker, not the state; a company "giant", "lender"
 * or "carrier" is a kind like "company". A support refused until a condition is met ("would not send its ships back
 * until …") waits on it: cautious, not opposed. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string[]][] = [
  ['The Norwegian shipping company Fjordline criticised the decision.', ['org:fjordline opposed']],
  ['Swedish mining giant Nordgruva criticised the decision.', ['org:nordgruva opposed']],
  ['The Swiss lender Bergbank welcomed the decision.', ['org:bergbank supportive']],
  // A demonym before a state's own speaker noun still speaks for the state; a known state after "giant" is that state.
  ['The Turkish presidency condemned the attack.', ['country:TR opposed']],
  ['Asian giant China criticised the decision.', ['country:CN opposed']],
  ['The carrier Fjordline said it would not send its ships back through the strait until the mines had been cleared.', ['org:fjordline cautious']],
  ['Japan said it would not send its ships back through the strait.', ['country:JP opposed']],
];

describe('organizations described by a demonym and a kind, and support refused until a condition', () => {
  it.each(CASES)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
});
