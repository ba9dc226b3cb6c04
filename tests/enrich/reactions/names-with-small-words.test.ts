/**
 * Sentences written for this test (not from any corpus): a capitalised small word right after an organization's
 * capitalised name words is the name's own ("Colectivo Venezuela Nunca Más", "Fundación Bolivia Para Todos"); a
 * lower-case one still ends the name. In German, a name of Spanish, French or Italian words after a kind runs on
 * through them, where a German compound noun of the clause ends it. In English text, a Spanish, French or Italian name
 * runs on through a preposition and an article before its next capitalised word ("por la Tierra", "pour les Droits").
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['es', 'El Colectivo Venezuela Nunca Más, con sede en Madrid, denunció la detención de los periodistas.', ['org:colectivo-venezuela-nunca-mas opposed']],
  ['es', 'La Fundación Bolivia Para Todos, con sede en La Paz, denunció la detención.', ['org:fundacion-bolivia-para-todos opposed']],
  ['es', 'La Fundación Jubileo más antigua de Bolivia denunció la detención.', ['org:fundacion-jubileo opposed']],
  ['de', 'Die Menschenrechtsgruppe Colectivo Venezuela Nunca Más in Madrid verurteilte die Festnahmen.', ['org:colectivo-venezuela-nunca-mas opposed']],
  ['de', 'Saudi-Arabien kündigte über sein Hilfswerk KSrelief Lebensmittelkonvois an.', ['country:SA supportive']],
  // A kind's name of everyday words (the language's ranked list) closes with the country it belongs to; a proper
  // name's country is where it is.
  ['es', 'La asociación Médicos de Chile advirtió que los hospitales colapsarán.', ['org:medicos-de-chile cautious']],
  ['es', 'El sindicato UGT de España criticó la medida.', ['org:ugt opposed']],
];

describe('names with small words', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});

const ENGLISH: [string, string[]][] = [
  ['The Movimiento Campesino por la Tierra condemned the evictions.', ['org:movimiento-campesino-por-la-tierra opposed']],
  ['In Lyon, the Collectif pour les Droits des Locataires denounced the evictions.', ['org:collectif-pour-les-droits-des-locataires opposed']],
];

describe('Romance names with small words in English text', () => {
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
});
