/**
 * Sentences written for this test (not from any corpus): Russian "поддерживать" also means keeping something up;
 * keeping in touch with the authorities, or keeping order, backs no one. Supporting a decision or a state still does.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['ru', 'Посольство Чехии поддерживает связь с местными властями.', []],
  ['ru', 'МИД Польши поддерживает контакты с властями Литвы.', []],
  ['ru', 'Египет поддерживает отношения с обеими сторонами.', []],
  ['ru', 'Египет поддерживает решение суда.', ['country:EG supportive']],
  ['ru', 'Чехия поддержала Литву.', ['country:CZ supportive']],
];

describe('keeping in touch is no support', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
