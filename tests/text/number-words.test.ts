/** Number words come from CLDR's spelled-out cardinals: every gender and case, no joiners inside longer counts. */
import { describe, expect, it } from 'vitest';
import { numberWords } from '../../src/text/number-words.ts';

describe('number words', () => {
  it.each([
    ['en', 'two', true], ['en', 'twenty', true], ['en', 'hundred', true], ['en', 'and', false],
    ['de', 'zwei', true], ['de', 'eine', true], ['de', 'einundzwanzig', true], ['de', 'und', false],
    ['fr', 'deux', true], ['fr', 'vingt', true], ['fr', 'et', false],
    ['es', 'dos', true], ['es', 'veintitres', true], ['es', 'y', false],
    ['it', 'quattro', true], ['it', 'ventitre', true], ['it', 'e', false],
    ['ru', 'два', true], ['ru', 'двух', true], ['ru', 'тысячи', true], ['ru', 'и', false],
  ])('%s %s: %s', (language, word, expected) => {
    expect(numberWords(language).has(word)).toBe(expected);
  });
  it('knows no words for a language without data', () => {
    expect(numberWords('xx').size).toBe(0);
    expect(numberWords(null).size).toBe(0);
  });
});
