/**
 * A known person's full name holds no state's demonym, in sentences written for this test: Italian "albanese" is
 * Albanian, but "Anthony Albanese" is Australia's prime minister; the demonym alone still names Albania.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['it', 'Il premier Anthony Albanese ha condannato l’attacco.', ['country:AU opposed']],
  ['it', 'Il governo albanese ha condannato l’attacco.', ['country:AL opposed']],
];

describe('person names and demonyms', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
