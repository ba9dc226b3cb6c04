/**
 * Sentences written for this test (not from any corpus): the "que" of "mientras que" ("whereas") belongs to the word
 * of contrast. What follows is a clause with a subject of its own, not a "that"-clause reported by the verb before
 * it.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['es', 'Alemania saludó el acuerdo, mientras que Noruega dijo que la decisión es un error.', ['country:DE supportive', 'country:NO opposed']],
  ['es', 'Italia celebró el pacto, mientras que Suecia afirmó que el texto es un error.', ['country:IT supportive', 'country:SE opposed']],
  ['es', 'Alemania saludó el acuerdo, mientras que Noruega lo condenó.', ['country:DE supportive', 'country:NO opposed']],
  ['fr', "L'Allemagne a salué l'accord, tandis que la Norvège a estimé que la décision était une erreur.", ['country:DE supportive', 'country:NO opposed']],
];

describe('a clause opened by a word of contrast', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
