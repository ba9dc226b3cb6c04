/**
 * A verb of judging or considering ("a jugé le projet « dangereux »", "lo consideró «una buena noticia»", "hielt den
 * Schritt für einen Fehler", "считают решение ошибочным") introduces the speaker's word of praise or blame as a verb of
 * describing does: the word keeps its own stance, so a judgement of "insufficient" doubts rather than opposes. Sentences
 * written for this test; a court that tries people judges no move.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', 'La Serbie a jugé le projet « dangereux ».', ['country:RS opposed']],
  ['fr', "La Serbie a jugé l'accord « insuffisant ».", ['country:RS skeptical']],
  ['fr', 'Un tribunal de Belgrade a jugé trois hommes.', []],
  ['es', 'Argentina lo consideró «una buena noticia».', ['country:AR supportive']],
  ['es', 'Argentina consideró la medida «tardía e insuficiente».', ['country:AR skeptical']],
  ['it', 'Il Cile ha giudicato «vergognoso» l\'accordo.', ['country:CL opposed']],
  ['it', 'Il Cile ritiene l\'accordo «un errore».', ['country:CL opposed']],
  ['de', 'Chile hielt den Schritt für einen Fehler.', ['country:CL opposed']],
  ['de', 'Chile hält das Abkommen für „gefährlich“.', ['country:CL opposed']],
  ['ru', 'В Чили считают решение ошибочным.', ['country:CL opposed']],
  ['ru', 'Чили считает соглашение «ошибкой».', ['country:CL opposed']],
];

describe('verbs of judging', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
