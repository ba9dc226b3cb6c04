/**
 * Sentences written for this test (not from any corpus): Spanish "oponerse" opposes in its reflexive forms, the
 * irregular past among them.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['es', 'Chile se opuso a la reforma del tratado.', ['country:CL opposed']],
  ['es', 'Uruguay y Paraguay se opusieron a la reforma.', ['country:UY opposed', 'country:PY opposed']],
];

describe('verbs of opposing', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
