/**
 * A first-person pronoun before a cue in a quotation makes the quotation's speaker its subject: the state named after
 * the verb is whom the help or the blame is for ("«Мы готовы оказать Бишкеку помощь», — заявила …" is Russia's offer
 * to Kyrgyzstan). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['ru', '«Мы готовы оказать Бишкеку любую необходимую помощь», — заявила официальный представитель МИД России.', ['country:RU supportive']],
  ['ru', '«Мы готовы оказать помощь», — заявила официальный представитель МИД России.', ['country:RU supportive']],
  ['ru', '«Бишкек готов оказать помощь», — заявила официальный представитель МИД России.', ['country:KG supportive']],
  ['fr', "« Nous sommes prêts à apporter toute l'aide nécessaire à Bichkek », a déclaré la porte-parole de la diplomatie russe.", ['country:RU supportive']],
];

describe('a first-person quotation and its speaker', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual(expected);
  });
});
