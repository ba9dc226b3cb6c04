/**
 * French and Italian verbs of upholding ("soutenir", "sostenere") also report a claim: before
 * "that", or set off after a comma with their subject after them, they say something, they support nothing. Before an
 * object they still support. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', "Le ministère grec de l'Intérieur soutient au contraire que les garde-côtes patrouillaient dans ses eaux.", []],
  ['it', 'Il governo di Atene sostiene invece che i pescatori erano in acque greche.', []],
  ['it', 'I pescherecci, sostiene il governo turco, erano in acque internazionali.', []],
  ['es', 'El gobierno de Lima sostiene que la patrulla nunca cruzó la frontera.', []],
  ['fr', 'La Grèce soutient le plan de la Commission.', ['country:GR supportive']],
  ['it', "L'Austria sostiene il piano della Commissione.", ['country:AT supportive']],
];

describe('a verb of upholding that reports a claim', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual(expected);
  });
});
