/**
 * A demand that a measure be lifted, revoked, annulled or abandoned opposes the measure, as a demand that captives be
 * freed or troops withdrawn does, in sentences written for this test; with a call for restraint in the sentence it
 * stays a call for caution, and an appeal not to abandon something asks to keep it. In English, an appeal to undo the
 * move itself (named again by "the", "its", "it") opposes it; one to halt a practice named by a bare noun is a call for
 * caution.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs, englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', 'La Norvège a demandé la levée immédiate des restrictions.', ['country:NO opposed']],
  ['it', 'La Norvegia ha chiesto la revoca immediata del divieto.', ['country:NO opposed']],
  ['es', 'Noruega pidió la revocación inmediata de las restricciones.', ['country:NO opposed']],
  ['de', 'Norwegen forderte die sofortige Aufhebung des Verbots.', ['country:NO opposed']],
  ['ru', 'Норвегия потребовала немедленно снять запрет.', ['country:NO opposed']],
  // a call for calm in the same sentence keeps the demand a call for caution
  ['fr', 'La Norvège a appelé au calme et demandé la levée des restrictions.', ['country:NO cautious']],
  // abandoning the plan
  ['fr', "Le Chili a appelé à l'abandon du barrage.", ['country:CL opposed']],
  ['es', 'Chile exigió abandonar la construcción de la represa.', ['country:CL opposed']],
  ['it', 'Il Cile ha chiesto di abbandonare il progetto della diga.', ['country:CL opposed']],
  ['de', 'Chile forderte die Regierung auf, das Staudammprojekt aufzugeben.', ['country:CL opposed']],
  ['ru', 'Чили призвала отказаться от строительства плотины.', ['country:CL opposed']],
  // an appeal not to abandon a path keeps it: a call for caution
  ['es', 'Chile pidió a la junta no abandonar la vía del diálogo.', ['country:CL cautious']],
  ['fr', 'Le Chili a appelé la junte à ne pas abandonner la voie du dialogue.', ['country:CL cautious']],
  // Two words joined before the release are one phrase; another speaker's call for calm after a contrast is not this one's.
  ['de', 'Norwegen forderte die sofortige und bedingungslose Freilassung der Geiseln.', ['country:NO opposed']],
  ['fr', "Oslo a réclamé la libération des otages, tandis que Stockholm a appelé au calme.", ['country:NO opposed', 'country:SE cautious']],
];

const ENGLISH: [string, string[]][] = [
  ['Chile called for the dam to be scrapped.', ['country:CL opposed']],
  ['Chile urged Lima to reverse the decision.', ['country:CL opposed']],
  ['Chile urged the junta to lift it without delay.', ['country:CL opposed']],
  ['Chile called for the contract to be cancelled.', ['country:CL opposed']],
  // stopping one thing already named opposes it; stopping acts that go on asks for caution
  ['Chile called for the project to be halted.', ['country:CL opposed']],
  ['Chile urged the junta to halt executions.', ['country:CL cautious']],
  ['Chile urged the junta to suspend the deportations.', ['country:CL cautious']],
];

describe('demands to undo a measure', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual([...expected].sort());
  });
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
});
