/**
 * Offers of mediation whose talks stand in the infinitive clause after the offer, as German writes them ("bot an,
 * Gespräche auszurichten"), pleas and calls for dialogue ("plaider pour", "abogar por", "призывы … прозвучали из"), and invitations that ask someone to act
 * (an infinitive, or restraint or talks, after "inviter", "invitar", "invitare") rather than to come somewhere, in
 * sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Norwegen bot an, Gespräche auszurichten.', ['country:NO cautious']],
  ['de', 'Norwegen erklärte sich bereit, neue Verhandlungen auszurichten.', ['country:NO cautious']],
  // an offer of goods in the same place stays aid
  ['de', 'Norwegen bot an, Zelte und Decken zu schicken.', ['country:NO supportive']],
  // French readiness by "disposée" as by "prête": to host talks, mediation; to send help, aid. Only the feminine:
  // folded, "disposé" is "dispose", has ("qui dispose de troupes")
  ['fr', "La Norvège s'est dite disposée à accueillir des pourparlers.", ['country:NO cautious']],
  ['fr', "La Norvège s'est dite disposée à envoyer une équipe de secours.", ['country:NO supportive']],
  ['fr', 'La Norvège, qui dispose de troupes à Riga, a salué la décision.', ['country:NO supportive']],
  ['fr', 'La Norvège a plaidé pour le dialogue.', ['country:NO cautious']],
  ['es', 'Noruega abogó por una salida negociada.', ['country:NO cautious']],
  // the talks or ministers a verb of convening brings together may stand a few words on
  ['fr', 'La Norvège a proposé de réunir dès cette semaine les deux ministres des Affaires étrangères.', ['country:NO cautious']],
  // calls voiced from capitals: a noun of calling and where it came from
  ['ru', 'Призывы к диалогу прозвучали также из Осло и Стокгольма.', ['country:NO cautious', 'country:SE cautious']],
  ['fr', 'La Norvège a invité les deux pays à rouvrir la frontière.', ['country:NO cautious']],
  ['fr', 'La Norvège a invité le président malien à Oslo.', []],
  ['it', 'La Norvegia ha invitato le parti a fermarsi subito.', ['country:NO cautious']],
  ['it', 'La Norvegia ha invitato i due Paesi al dialogo.', ['country:NO cautious']],
  ['it', 'La Norvegia ha invitato il presidente maliano a Oslo.', []],
  ['es', 'Noruega invitó a ambos gobiernos a retomar el diálogo.', ['country:NO cautious']],
  ['es', 'Noruega invitó a Malí a retomar el diálogo.', ['country:NO cautious']],
  ['es', 'Noruega invitó al presidente maliano a Oslo.', []],
  // a gesture asked of someone is asked all the same
  ['it', 'La Norvegia ha invitato Mosca a un gesto di buona volontà.', ['country:NO cautious']],
];

describe('offers of talks and pleas for dialogue', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
