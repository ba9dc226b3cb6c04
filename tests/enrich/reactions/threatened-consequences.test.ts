/**
 * Warning that a move will have consequences, or that those behind it will face them, threatens (CAMEO 130): an
 * opposed reaction in every language read, where a plain warning would only be cautious. A move said to have no
 * consequences, and consequences on a condition, are no threat. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'Norway warned that firms taking part could face "serious consequences".', ['country:NO opposed']],
  ['en', 'Norway said the decision would have consequences for the partnership.', ['country:NO opposed']],
  ['en', 'Norway warned of consequences for the fishing accord.', ['country:NO opposed']],
  ['fr', 'La Norvège a prévenu que la décision aura des conséquences pour le partenariat.', ['country:NO opposed']],
  ['es', 'Noruega advirtió que la medida "tendrá consecuencias" para la cooperación.', ['country:NO opposed']],
  ['it', 'La Norvegia ha avvertito che la scelta avrà conseguenze sulla cooperazione.', ['country:NO opposed']],
  ['it', 'La Norvegia ha fatto sapere che la decisione non avrà conseguenze per i suoi pescatori.', []],
  ['ru', 'Норвегия предупредила, что это решение будет иметь последствия для сотрудничества.', ['country:NO opposed']],
];

describe('threatened consequences', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = language === 'en' ? englishReactionPairs(text) : languageReactionPairs(language, text);
    expect([...found].sort()).toEqual(expected);
  });
});
