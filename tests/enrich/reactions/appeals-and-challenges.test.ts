/**
 * Sentences written for this test (not from any corpus):
 * - encouraging someone to act ("encouraged both sides to avoid …") is an appeal, read as "urged" is: a call for
 *   caution when it asks for restraint; encouraging a move itself ("encouraged the reforms") and being encouraged by
 *   it stay support;
 * - a hope or an appeal that the parties settle their dispute through consultations asks them to hold back: cautious,
 *   as a hope for dialogue is; a hope for the move's success stays support.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const ENGLISH: [string, string[]][] = [
  ['Germany encouraged both sides to avoid any step that could raise tensions.', ['country:DE cautious']],
  ['Germany encouraged Kenya and Uganda to settle the matter through dialogue.', ['country:DE cautious']],
  ['Germany encouraged the reforms.', ['country:DE supportive']],
  ['The Vatican said it was encouraged by the first signs of a return to dialogue.', ['country:VA supportive']],
  ['China hoped the two neighbours would resolve the row through consultations.', ['country:CN cautious']],
  ['China hoped the agreement would hold.', ['country:CN supportive']],
];

const OTHER: [string, string, string[]][] = [
  ['ru', 'Пекин выразил надежду, что соседи урегулируют спор путём консультаций.', ['country:CN cautious']],
  ['de', 'China äußerte die Hoffnung, die Nachbarn würden ihren Streit durch Konsultationen beilegen.', ['country:CN cautious']],
  ['es', 'China expresó la esperanza de que los vecinos resuelvan la disputa mediante consultas.', ['country:CN cautious']],
  ['de', 'China äußerte die Hoffnung, dass das Abkommen hält.', ['country:CN supportive']],
];

describe('appeals and challenges', () => {
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
  it.each(OTHER)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
