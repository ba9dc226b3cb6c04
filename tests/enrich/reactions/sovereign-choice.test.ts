/**
 * Sentences written for this test (not from any corpus): calling a move a sovereign decision or choice defends it
 * (support), in French, Spanish, Italian and Russian as in German; the noun of sovereignty stays no judgement ("un
 * attacco alla sovranità" opposes by its attack). Russian "страны" (a country's) is no form of "странный" (strange).
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['it', 'Pechino parla di «una scelta sovrana» del governo di Harare.', ['country:CN supportive']],
  ['es', 'China calificó la reforma de «decisión soberana».', ['country:CN supportive']],
  ['fr', 'Pékin a qualifié la réforme de « choix souverain ».', ['country:CN supportive']],
  ['ru', 'Пекин назвал реформу «суверенным выбором».', ['country:CN supportive']],
  ['it', 'Pechino ha parlato di «un attacco alla sovranità» dello Zimbabwe.', ['country:CN opposed']],
  ['ru', 'В Москве назвали это «выбором дружественной страны».', ['country:RU supportive']],
];

describe('a sovereign choice', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
