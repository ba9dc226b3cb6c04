/**
 * Names converted from the PETRARCH2 actor dictionaries, whose source writes them in capitals: a possessive keeps its
 * small "s" ("Moody's", "People's") and a short word whose vowel is a final "y" is a word, not an acronym ("ARMY",
 * "ANDY"), so these names match as newspapers write them. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';

const keysOf = (text: string) => extractEntities({ title: '', text }).map((e) => e.entity.key);

describe('PETRARCH names in newspaper case', () => {
  it.each([
    ["The People's Liberation Army held drills near the strait.", 'country:CN'],
    ["The National People's Congress passed the law on Monday.", 'country:CN'],
    ["Moody's Investors Service cut the rating on Monday.", 'org:moodys-investors-service'],
  ])('%s', (text, key) => {
    expect(keysOf(text)).toContain(key);
  });
});
