/**
 * Sentences written for this test (not from any corpus): what a speaker calls something in French, Spanish or
 * Italian is read through the look-alikes of the English opinion lexicon's words ("imprudent", "represión",
 * "persecuzione"), found in the language's spelling dictionary, where the bilingual dictionaries have no entry.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', "Ottawa a parlé d'un geste « imprudent ».", ['country:CA opposed']],
  ['es', 'Chile calificó la medida de "represión".', ['country:CL opposed']],
  ['es', 'Noruega consideró el plan "coherente con el derecho internacional".', ['country:NO supportive']],
  ['it', "La Grecia ha definito la legge «un'autorizzazione alla persecuzione».", ['country:GR opposed']],
  // Only as what a speaker calls something: a word of the narration judges nothing.
  ['es', 'La represión de las protestas dejó tres muertos.', []],
];

describe('judgements in words that look like English ones', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
