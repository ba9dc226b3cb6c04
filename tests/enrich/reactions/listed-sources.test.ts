/**
 * A preposition of origin or of place governs the whole list of capitals after it: "Kritik kam aus Paris und Rom",
 * "condanna anche da Londra e Berlino", "stieß in Paris und Rom auf Kritik", "осудили в Варшаве и Вильнюсе". Sentences
 * written for this test, not from any corpus. A verb of arriving closes the reaction noun's phrase: the name after it
 * is the source, whatever complement the noun had ("Critiche alla Grecia sono arrivate anche da Oslo").
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Kritik kam aus Oslo und Kopenhagen.', ['country:NO opposed', 'country:DK opposed']],
  ['de', 'Der Vorschlag stieß in Oslo und Stockholm auf Ablehnung.', ['country:NO opposed', 'country:SE opposed']],
  ['it', 'Condanna anche da Oslo e Copenaghen.', ['country:NO opposed', 'country:DK opposed']],
  // whatever order the names finder returns the capitals in (Будапешт is found by its transliterated skeleton)
  ['ru', 'Поддержали соглашение в Анкаре и Будапеште.', ['country:TR supportive', 'country:HU supportive']],
  ['ru', 'В Анкаре и Будапеште поддержали соглашение.', ['country:TR supportive', 'country:HU supportive']],
  ['ru', 'Критика прозвучала из Осло и Копенгагена.', ['country:NO opposed', 'country:DK opposed']],
  ['ru', 'Решение осудили в Осло и Копенгагене.', ['country:NO opposed', 'country:DK opposed']],
  ['ru', 'В Осло и Копенгагене осудили решение.', ['country:NO opposed', 'country:DK opposed']],
  // a capital after the list, in a clause of its own, keeps its own role
  ['de', 'Kritik kam aus Oslo, während Stockholm den Vorschlag begrüßte.', ['country:NO opposed', 'country:SE supportive']],
  ['it', 'Critiche alla decisione di Atene sono arrivate anche da Oslo.', ['country:NO opposed']],
  ['es', 'Las críticas a la decisión de Atenas llegaron también desde Oslo.', ['country:NO opposed']],
  ['de', 'Kritik an der Entscheidung Athens kam auch aus Oslo.', ['country:NO opposed']],
];

describe('lists of capitals after a preposition', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = languageReactionPairs(language, text);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});
