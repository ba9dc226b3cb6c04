/**
 * Sentences written for this test (not from any corpus): when a subject waits before a parenthetical or participial
 * clause, a name right after the verb that opens the next clause is that verb's object, not a new subject.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', 'Pékin, premier créancier du pays, aurait assuré La Paz de son soutien.', ['country:CN supportive']],
  ['ru', 'Комиссия по реке Меконг (MRC), объединяющая Камбоджу, Лаос, Таиланд и Вьетнам, призвала Вьентьян обмениваться данными.', ['org:mekong-river-commission cautious']],
  // a guard: the waiting subject speaks when no name follows the verb
  ['fr', 'Berlin, qui préside le groupe, a salué la décision.', ['country:DE supportive']],
];

describe('a clause opened by its verb while a subject waits', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
