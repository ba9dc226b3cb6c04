/**
 * A demand that a measure be lifted, revoked or annulled opposes the measure, as a demand that captives be freed or
 * troops withdrawn does, in sentences written for this test; with a call for restraint in the sentence it stays a
 * call for caution.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', 'La Norvège a demandé la levée immédiate des restrictions.', ['country:NO opposed']],
  ['it', 'La Norvegia ha chiesto la revoca immediata del divieto.', ['country:NO opposed']],
  ['es', 'Noruega pidió la revocación inmediata de las restricciones.', ['country:NO opposed']],
  ['de', 'Norwegen forderte die sofortige Aufhebung des Verbots.', ['country:NO opposed']],
  ['ru', 'Норвегия потребовала немедленно снять запрет.', ['country:NO opposed']],
  // a call for calm in the same sentence keeps the demand a call for caution
  ['fr', 'La Norvège a appelé au calme et demandé la levée des restrictions.', ['country:NO cautious']],
];

describe('demands to undo a measure', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
