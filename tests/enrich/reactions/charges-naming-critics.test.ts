/**
 * Sentences written for this test (not from any corpus): a charge that names critics ("accused X of persecuting its
 * critics") still charges: the word of criticism in it is no rebuttal. A rejection of criticism still defends.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['ru', 'Франция обвинила Минск в преследовании критиков.', ['country:FR opposed']],
  ['it', 'La Francia accusa la Bielorussia di «perseguitare i suoi critici».', ['country:FR opposed']],
  ['fr', 'Berlin a accusé Minsk de persécuter ses critiques.', ['country:DE opposed']],
  ['ru', 'Москва отвергла критику.', []],
];

describe('a charge naming critics', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
