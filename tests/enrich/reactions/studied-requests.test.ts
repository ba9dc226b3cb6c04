/**
 * What a speaker says it is studying or examining is no reaction of its own, in sentences written for this test: the
 * request studied may hold words of appeal or aid ("la demande", "inviare osservatori"), but they are someone else's.
 * The same speaker's own appeal in another clause still counts.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', 'La Norvège a indiqué qu’elle examinait la demande du Mali visant à envoyer des observateurs.', []],
  ['fr', 'La Suède étudie une demande de réunion urgente.', []],
  ['it', 'La Norvegia sta valutando la richiesta del Mali di inviare osservatori.', []],
  ['es', 'Noruega estudia la petición de Malí de enviar observadores.', []],
  ['de', 'Norwegen prüft die Bitte Malis, Beobachter zu entsenden.', []],
  ['ru', 'Норвегия изучает просьбу Мали направить наблюдателей.', []],
  // the speaker's own appeal, in a clause of its own, stays
  ['fr', 'La Norvège examine la demande du Mali, mais elle a appelé au calme.', ['country:NO cautious']],
  ['fr', 'La Norvège a demandé l’envoi d’observateurs.', ['country:NO cautious']],
];

describe('what a speaker studies is not its reaction', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
