import { describe, expect, it } from 'vitest';
import { normalizeLanguage } from '../../../src/ingest/normalize/language.ts';

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en'],
    ['EN', 'en'],
    ['en-us', 'en-US'],
    ['en_GB', 'en-GB'],
    ['  de-de  ', 'de-DE'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['fr, en', 'fr'],
    ['pt-BR;q=0.9', 'pt-BR'],
    ['fil', 'fil'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeLanguage(input)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['   '], ['english'], ['x'], ['en-!!'], ['und'], ['12'], ['en--us']])(
    'junk %s -> null',
    (input) => {
      expect(normalizeLanguage(input)).toBeNull();
    },
  );
});
