/**
 * A name after a comma opens a clause of its own, even where the word before the comma is a preposition elsewhere (a
 * German separable verb's particle: "kündigte Hilfe an, Frankreich verurteilte …"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'China kündigte Hilfe an, Frankreich verurteilte den Angriff.', ['country:CN supportive', 'country:FR opposed']],
  ['de', 'China bot Hilfe an, Mauritius schickte ein Schiff mit Hilfsgütern.', ['country:CN supportive', 'country:MU supportive']],
  ['de', 'Frankreich protestierte gegen Russland.', ['country:FR opposed']],
  ['de', 'Die Kritik an Russland wuchs, Frankreich verurteilte den Angriff.', ['country:FR opposed']],
];

describe('a name after a comma', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual(expected);
  });
});
