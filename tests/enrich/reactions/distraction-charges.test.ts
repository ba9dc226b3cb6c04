/**
 * Sentences written for this test (not from any corpus): a charge or a bad name saying the move serves to distract
 * from or cover up something else doubts its motive (skeptical); so does a charge that backs a doubt the same speaker
 * voiced first. A charge alone still opposes.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'The opposition party Fretilin called the referendum "a smokescreen" to distract from rising prices.', ['org:fretilin skeptical']],
  ['en', 'The opposition party Fretilin called the referendum "a disgrace".', ['org:fretilin opposed']],
  ['de', 'Die Oppositionspartei Fretilin warf der Regierung vor, mit dem Streit von der Wirtschaftskrise abzulenken.', ['org:fretilin skeptical']],
  ['es', 'El partido opositor Fretilin acusó al gobierno de usar la disputa para tapar la crisis económica.', ['org:fretilin skeptical']],
  ['it', "Il partito d'opposizione Fretilin ha accusato il governo di voler distogliere l'attenzione dalla crisi.", ['org:fretilin skeptical']],
  ['de', 'Die Oppositionspartei Fretilin bezweifelt, dass die Reform etwas ändert, und wirft der Regierung Wortbruch vor.', ['org:fretilin skeptical']],
  ['es', 'El partido opositor Fretilin acusó al gobierno de corrupción.', ['org:fretilin opposed']],
];

describe('a charge of distracting', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(language === 'en' ? englishReactionPairs(text) : languageReactionPairs(language, text)).toEqual(expected);
  });
});
