/**
 * Sentences written for this test (not from any corpus): Russian "выступить на стороне" and Spanish "alinearse con"
 * take someone's side, as "встать на сторону" and "ponerse del lado de" do; "выступил на конференции" is no side.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['ru', 'Франция выступила на стороне Киева.', ['country:FR supportive']],
  ['ru', 'Египет и Иордания выступили на стороне Судана.', ['country:EG supportive', 'country:JO supportive']],
  ['es', 'Portugal se alineó con Lisboa y Madrid.', ['country:PT supportive']],
  ['ru', 'Министр Франции выступил на конференции в Женеве.', []],
];

describe('taking sides', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
