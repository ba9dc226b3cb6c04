/**
 * Declining to comment is no reaction ("se negó a hacer comentarios", "a refusé tout commentaire"), but rejecting what
 * someone said is one ("rechazó las declaraciones del ministro"): the words of commenting after an article are a
 * rejected object, not a refused act. Sentences written for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['es', 'Honduras rechazó las declaraciones del embajador.', ['country:HN opposed']],
  ['es', 'Honduras se negó a hacer comentarios.', []],
  ['fr', "Le Gabon a rejeté les déclarations de l'ambassadeur.", ['country:GA opposed']],
  ['fr', 'Le Gabon a refusé tout commentaire.', []],
  ['fr', 'Le Gabon a refusé de commenter.', []],
  ['it', "L'Albania ha respinto le dichiarazioni dell'ambasciatore.", ['country:AL opposed']],
  ['it', "L'Albania si è rifiutata di commentare.", []],
];

describe('rejected statements and declined comments', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = languageReactionPairs(language, text);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});
