/**
 * An organization the gazetteer lacks, spelled out before its acronym, speaks under that acronym, the short name papers
 * go on using; a function word whose initial happens to be the next letter may still be passed over ("… de Ayuda al
 * Refugiado (CEAR)"). A demonym written with a capital where the language writes it in lower case, after a capitalised
 * word or an opening quotation mark, is a word of an organization's name, no state speaking; a state's agency keeps
 * its state. A Spanish or French name keeps its small words in another language's sentence ("движение Unión Campesina
 * por la Tierra"). Sentences written for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['es', 'La Asociación Chilena de Ayuda al Migrante (ACHAM) condenó las expulsiones.', ['org:acham opposed']],
  ['fr', "L'Union des Associations Burkinabè (UAB) a dénoncé les expulsions.", ['org:uab opposed']],
  ['it', "L'Associazione Nazionale per la Tutela dei Migranti (Antm) ha criticato le espulsioni.", ['org:antm opposed']],
  ['es', 'La Iniciativa Peruana por los Derechos Humanos puso en duda el balance oficial.', []],
  ['ru', '«Перуанская сеть защиты прав человека» усомнилась в официальном числе погибших.', []],
  ['es', 'El Gobierno peruano puso en duda el balance oficial.', ['country:PE skeptical']],
  ['es', 'La Agencia Peruana de Cooperación Internacional (APCI) anunció el envío de 20 toneladas de ayuda.', ['country:PE supportive']],
  // A Spanish or French name's small words inside another language's sentence belong to the name.
  ['ru', 'Крестьянское движение Unión Campesina por la Tierra осудило указ.', ['org:union-campesina-por-la-tierra opposed']],
  ['de', 'Die Bauernbewegung Union Paysanne pour la Terre verurteilte das Dekret.', ['org:union-paysanne-pour-la-terre opposed']],
];

describe('organizations spelled out and demonyms in names', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
