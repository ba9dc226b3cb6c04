/**
 * A name after a comma opens a clause of its own, even where the word before the comma is a preposition elsewhere (a
 * German separable verb's particle: "kündigte Hilfe an, Frankreich verurteilte …"); and a participle right after a noun
 * describes it, its agent reacting to nothing here. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs, englishReactionPairs } from '../../support/language-reactions.ts';

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

/** A participle right after a noun describes the noun: its agent does not react ("un comité respaldado por la ONU"). */
const DESCRIBING: [string, string, string[]][] = [
  ['es', 'Un comité de expertos respaldado por la ONU declaró la hambruna.', []],
  ['es', 'El plan respaldado por la ONU fue criticado por Rusia.', ['country:RU opposed']],
  ['es', 'El plan fue respaldado por la ONU.', ['org:un supportive']],
  ['it', "Il comitato sostenuto dall'Onu ha dichiarato la carestia.", []],
  ['it', "Il piano è stato sostenuto dall'Onu.", ['org:un supportive']],
  ['fr', "Un comité soutenu par l'ONU a déclaré la famine.", []],
  ['fr', "Le plan a été soutenu par l'ONU.", ['org:un supportive']],
];

describe('a participle describing a noun', () => {
  it.each(DESCRIBING)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual(expected);
  });
});

/**
 * English: a relative pronoun after a noun, then a named actor and its verb, opens that actor's clause ("…, a plan that
 * Ottawa rejects"): the verb is that actor's, not the main clause's subject's. After a verb of saying, "that" opens
 * what was said, no relative clause.
 */
const RELATIVE: [string, string[]][] = [
  ['Norway praised the compromise, a formula that Denmark rejects.', ['country:DK opposed', 'country:NO supportive']],
  ['Norway praised the compromise, which Denmark opposes.', ['country:DK opposed', 'country:NO supportive']],
  ['Norway condemned the raid, which Denmark also condemned.', ['country:DK opposed', 'country:NO opposed']],
  ['Norway said that Denmark had praised the compromise.', ['country:NO supportive']],
];

describe('an English relative clause with its own named subject', () => {
  it.each(RELATIVE)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
});
