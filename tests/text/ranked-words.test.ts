/**
 * The ranked word lists: an everyday word of any news language, English among them, is no name to match on its own;
 * English words are told apart in another language's text.
 */
import { describe, expect, it } from 'vitest';
import { isEnglishWord, isEverydayWord } from '../../src/text/ranked-words.ts';

describe('ranked words', () => {
  it.each([
    ['frieden', true],
    ['justice', true],
    ['young', true],
    ['Middle', true],
    ['zelenskyy', false],
    ['mbasogo', false],
  ])('everyday word %s: %s', (word, expected) => {
    expect(isEverydayWord(word)).toBe(expected);
  });

  it.each([
    ['middle', true],
    ['justice', true],
    ['deutscher', false],
    ['reeder', false],
  ])('English word %s: %s', (word, expected) => {
    expect(isEnglishWord(word)).toBe(expected);
  });
});
