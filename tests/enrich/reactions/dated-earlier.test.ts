/**
 * A reaction dated before the article is background, not a response to its event: a sentence opening with a dating
 * preposition and an earlier year ("In 2023 …", "В 2023 году …"), a dating phrase a few words after the cue in its
 * clause ("protested the ruling in 2023"), or a phrase of then ("at the time", "damals"). A year further on dates the
 * object's own noun, unless it closes the clause with nothing between that opens a complement of the object ("refused
 * to join the patrol in 2019"); this year's dates stay. Sentences written for this test; the articles are dated 2026.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs, englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'In 2023 the court struck down the treaty, a ruling Kuwait protested.', []],
  ['en', 'In 2023, Kuwait protested the ruling.', []],
  ['en', 'Kuwait protested the ruling in 2023.', []],
  ['en', 'Zambia criticised the step at the time as alarmist.', []],
  ['en', 'Kuwait protested the ruling on Monday.', ['country:KW opposed']],
  ['en', 'Kuwait protested irregularities in the 2025 elections.', ['country:KW opposed']],
  ['en', 'Kuwait blames Iraq for breaches of its maritime border in 2019 and 2020.', ['country:KW opposed']],
  ['en', 'Kuwait refused to join the joint naval patrols of the Gulf states in 2019.', ['country:KW opposed']],
  ['en', 'Kuwait also refused to join the joint naval patrol in 2019.', []],
  ['en', 'Kuwait condemned the decision that Iraq announced in 2019.', ['country:KW opposed']],
  ['en', 'Kuwait condemned the seizure and Iraq expelled its envoys in 2019.', ['country:KW opposed']],
  ['en', 'In 2026, Kuwait protested the ruling.', ['country:KW opposed']],
  ['de', 'Kuwait protestierte im Jahr 2023 gegen das Urteil.', []],
  ['de', 'Kuwait protestierte damals gegen das Urteil.', []],
  ['de', 'Kuwait protestierte gegen das Urteil.', ['country:KW opposed']],
  ['fr', 'En 2023, le Koweït a protesté contre la décision.', []],
  ['fr', 'Le Koweït a protesté contre la décision en 2023.', []],
  ['es', 'Kuwait protestó en 2023 contra la decisión.', []],
  ['it', 'Il Kuwait aveva protestato nel 2023 contro la decisione.', []],
  ['ru', 'В 2023 году Кувейт осудил решение.', []],
  ['ru', 'Кувейт осудил решение.', ['country:KW opposed']],
];

describe('reactions dated before the article', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(language === 'en' ? englishReactionPairs(text) : distinctLanguageReactionPairs(language, text)).toEqual(expected);
  });
});
