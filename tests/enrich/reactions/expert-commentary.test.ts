/**
 * A sentence an expert is quoted or reported in is the expert's analysis: the states named in it react in no way there,
 * however its words read; the same words said by a state still react. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', "« Le Chili a besoin d'un geste fort pour rassurer un électorat sceptique », analyse Anne Martin, chercheuse à l'université de Genève.", []],
  ['fr', 'Pour Paul Girard, politologue, le Pérou espère surtout gagner du temps.', []],
  ['fr', 'Le Pérou espère surtout gagner du temps.', ['country:PE supportive']],
  ['it', "Secondo Luca Bianchi, analista, «il Cile chiede da anni una soluzione negoziata».", []],
  ['it', 'Il Cile chiede da anni una soluzione negoziata.', ['country:CL cautious']],
  ['es', 'Según el analista Jorge Ruiz, Chile rechaza cualquier mediación.', []],
  ['de', 'Chile lehne jede Vermittlung ab, sagte der Politologe Jan Weber.', []],
  ['ru', 'По мнению политолога Ивана Петрова, Чили отвергает любое посредничество.', []],
];

describe("an expert's analysis", () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect([...new Set(languageReactionPairs(language, text))].sort()).toEqual(expected);
  });
});
