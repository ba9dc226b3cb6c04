/**
 * An English alias written as a region's name in the text's language names that region: Spanish "América" is the
 * continent (CLDR's region names, written into names-multilingual.json), so it is no mention of the United States,
 * where English "America" still is. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const countries = (text: string, language: string): string[] =>
  extractEntities({ title: '', text, language })
    .map((e) => e.entity.key)
    .filter((k) => k.startsWith('country:'))
    .sort();

describe('region names are no countries', () => {
  it.each([
    ['es', 'Las exportaciones de América Latina cayeron un 4 %.', []],
    ['es', 'Los productores de América del Norte y de Europa protestaron.', []],
    ['es', 'Estados Unidos y Brasil firmaron el acuerdo.', ['country:BR', 'country:US']],
    ['en', 'America and Brazil signed the deal.', ['country:BR', 'country:US']],
  ])('%s: %s', (language, text, expected) => {
    expect(countries(text, language)).toEqual(expected);
  });

  it('reads no state in a Spanish region name, and the United States in English "America"', () => {
    expect(languageReactionPairs('es', 'La comisión regional de la ONU para América Latina advirtió que las exportaciones caerán.')).toEqual(['org:un cautious']);
    expect(languageReactionPairs('es', 'Desde América Latina se advirtió que las exportaciones caerán.')).toEqual([]);
    expect(englishReactionPairs('America warned that exports would fall.')).toEqual(['country:US cautious']);
  });
});
