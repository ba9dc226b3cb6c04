/**
 * Sentences written for this test (not from any corpus): a promise of relief goods or cash, a gift of cash and funds
 * released or unblocked are aid; a promise to help with something else, or a release of prisoners, is not.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'Norway promised shiploads of relief once the port reopens.', ['country:NO supportive']],
  ['en', 'Qatar said it would give emergency cash to the families of the victims.', ['country:QA supportive']],
  ['en', 'The party promised to help voters understand the reform.', []],
  ['es', 'Noruega liberó 3 millones de dólares para los damnificados.', ['country:NO supportive']],
  ['es', 'Suecia desbloqueó 2 millones de euros de ayuda de emergencia.', ['country:SE supportive']],
  ['es', 'El tribunal ordenó liberar a los detenidos.', []],
  // Specialists, engineers and equipment offered are aid too.
  ['en', 'Norway and Iceland offered specialists from their coast guards.', ['country:IS supportive', 'country:NO supportive']],
  ['en', 'Norway sent engineers to repair the dam.', ['country:NO supportive']],
  ['de', 'Norwegen stellte Löschtechnik bereit.', ['country:NO supportive']],
  ['de', 'Norwegen bot Spezialisten der Küstenwache an.', ['country:NO supportive']],
];

describe('promised and released aid', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(language === 'en' ? englishReactionPairs(text) : languageReactionPairs(language, text)).toEqual(expected);
  });
});
