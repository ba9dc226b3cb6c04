/**
 * Background word weights per language: a function word weighs less than a common content word, which weighs less
 * than a rare one, in English (SUBTLEX-US counts) and in the languages weighed by subtitle ranks; a language with no
 * list weighs every word the same.
 */
import { describe, expect, it } from 'vitest';
import { BACKGROUND_LANGUAGES, backgroundWeight } from '../../src/cluster/background-weights.ts';
import { analyzerFor } from '../../src/text/analyzer.ts';

/** [language, a function word, a common content word, a rare content word] — ordered by how common they are. */
const LADDERS: readonly [string, string, string, string][] = [
  ['en', 'the', 'government', 'earthquake'],
  ['de', 'und', 'haus', 'erdbeben'],
  ['fr', 'les', 'maison', 'séisme'],
  ['es', 'que', 'casa', 'terremoto'],
  ['it', 'che', 'casa', 'terremoto'],
  ['pt', 'que', 'casa', 'terremoto'],
  ['nl', 'het', 'huis', 'aardbeving'],
  ['ru', 'что', 'дом', 'землетрясение'],
];

describe('background weights', () => {
  it.each(LADDERS)('%s: a function word < a common word < a rare word, each within 0..1', (language, fn, common, rare) => {
    const { stem } = analyzerFor(language);
    const w = (word: string) => backgroundWeight(stem(word), language);
    expect(w(fn)).toBeLessThan(w(common));
    expect(w(common)).toBeLessThan(w(rare));
    for (const x of [fn, common, rare]) {
      expect(w(x)).toBeGreaterThanOrEqual(0);
      expect(w(x)).toBeLessThanOrEqual(1);
    }
  });

  it.each(['de', 'fr', 'es', 'it', 'ru', 'pt', 'nl', 'sv', 'da', 'no', 'ar', 'ja', 'zh'])('%s has a background', (language) => {
    expect(BACKGROUND_LANGUAGES).toContain(language);
  });

  it('weighs a word absent from the list as a word never seen (1)', () => {
    expect(backgroundWeight('zzqxv', 'de')).toBe(1);
  });

  it('weighs every word the same in a language without a background', () => {
    expect(backgroundWeight('und', 'xx')).toBe(1);
    expect(backgroundWeight('und', null)).toBe(1);
  });

  it('weighs the same word alike across languages when it is about as common in each', () => {
    // "und", "and", "et", "y" are each among the most frequent words of their language.
    const ws = [['en', 'and'], ['de', 'und'], ['fr', 'et'], ['es', 'y']].map(([l, x]) => backgroundWeight(x!, l!));
    expect(Math.max(...ws) - Math.min(...ws)).toBeLessThan(0.1);
  });
});
