/**
 * Words of judgement that only describe: a participle set off after a noun with its agent ("Le gouvernement, soutenu
 * par l'armée, affirme …") says who backs the noun, and only an actor as that agent reacted ("soutenu par la France");
 * a stock ("le riserve di gas", "las reservas de crudo") is no reservation; the political opposition ("dans
 * l'opposition", "principal parti d'opposition") is no opposition voiced, while "son opposition au projet" is.
 * Sentences written for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', "Le gouvernement malien, soutenu par l'armée, affirme avoir visé des « terroristes ».", []],
  ['fr', 'Le plan, soutenu par la France, a été adopté.', ['country:FR supportive']],
  ['it', 'Il governo maliano, sostenuto dai militari, afferma di aver colpito «terroristi».', []],
  ['es', 'El gobierno maliense, respaldado por los militares, afirma haber atacado a «terroristas».', []],
  ['it', "L'Algeria possiede alcune delle maggiori riserve di gas dell'Africa.", []],
  ['it', "Roma ha espresso riserve sull'accordo.", ['country:IT cautious']],
  ['es', 'Argelia tiene grandes reservas de gas natural.', []],
  ['fr', "Au Mali, où l'opposition est muselée depuis 2021, le scrutin a été reporté.", []],
  ['fr', 'Paris a réaffirmé son opposition au projet.', ['country:FR opposed']],
];

describe('descriptions, stocks and the opposition are no reactions', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
