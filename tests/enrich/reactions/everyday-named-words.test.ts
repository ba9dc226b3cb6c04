/**
 * What a naming verb calls something is judged by the opinion lexicon translated by bilingual dictionaries; a foreign
 * word that is an everyday English word's first translation keeps that plain sense ("nuevo" is first "new", only then
 * "novel"; "независимый" first "independent"), so it judges nothing. Calling a move a gamble blames it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['es', 'Chile calificó la medida de "un nuevo paso".', []],
  ['it', 'Il Cile ha parlato di «un nuovo passo».', []],
  ['ru', 'Чили назвала решение «независимым».', []],
  // a word of blame beside it still judges
  ['es', 'Chile calificó la medida de "nuevo error".', ['country:CL opposed']],
  ['it', 'Il Cile ha parlato di «un nuovo errore».', ['country:CL opposed']],
  // a gamble is blame ("adventure" was this word's rated translation)
  ['ru', 'Чили назвала проект «авантюрой».', ['country:CL opposed']],
  ['de', 'Chile nannte das Projekt ein „Pokern“.', ['country:CL opposed']],
];

describe('everyday words a naming verb introduces', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual(expected);
  });
});
