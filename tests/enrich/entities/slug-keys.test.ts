/**
 * Keys keep the whole name: accents fold away, and letters no folding reduces to ASCII are spelled as their languages
 * transliterate them, instead of breaking the key ("Bændasamtök" was "b-ndasamtok"). A one-word name in another script
 * ("ДИКО") is spelled in Latin letters: other languages write it letter for letter.
 */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/enrich/entities/fold.ts';

const CASES: [string, string][] = [
  ['Vladimir Putin', 'vladimir-putin'],
  ['Élysée', 'elysee'],
  ['Bændasamtök', 'baendasamtok'],
  ['Verkalýðsfélag Akraness', 'verkalydsfelag-akraness'],
  ['Þingvellir', 'thingvellir'],
  ['Jonas Gahr Støre', 'jonas-gahr-store'],
  ['Łódź', 'lodz'],
  ['Straße des 17. Juni', 'strasse-des-17-juni'],
  ['Œuvre d’Orient', 'oeuvre-dorient'],
  ['Sea Shepherd', 'sea-shepherd'],
  // A one-word name in another script is spelled in Latin letters; a name of several words has no Latin key.
  ['ДИКО', 'diko'],
  ['Чадема', 'chadema'],
  ['Партия национального единства', ''],
];

describe('slugify', () => {
  it.each(CASES)('%s -> %s', (name, key) => {
    expect(slugify(name)).toBe(key);
  });
});
