/**
 * Sentences written for this test (not from any corpus): an appeal noun naming a court ("cour d'appel", "tribunale
 * d'appello", "tribunal de apelaciones") is the court's name, no one's appeal; asking for asylum, a visa or citizenship
 * is a person's own request of a state, no reaction. An appeal to a court, or a call to restore citizenship, still is.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', "Une cour d'appel vénézuélienne a confirmé lundi la peine de douze opposants.", []],
  ['it', "La corte d'appello di Caracas ha confermato la pena di dodici oppositori venezuelani.", []],
  ['es', 'Un tribunal de apelaciones venezolano confirmó la pena de doce opositores.', []],
  ['fr', "Plus de 7 000 Vénézuéliens ont demandé l'asile en Espagne l'an dernier.", []],
  ['it', 'Oltre 7.000 venezuelani hanno chiesto asilo in Spagna.', []],
  ['es', 'Más de 7.000 venezolanos pidieron asilo en España el año pasado.', []],
  ['de', 'Mehr als 7.000 Venezolaner haben in Spanien Asyl beantragt.', []],
  ['ru', 'Более 7 тысяч венесуэльцев попросили убежища в Испании.', []],
  ['fr', 'La France a lancé un appel au calme.', ['country:FR cautious']],
  ['it', "L'Unione europea ha chiesto di restituire la cittadinanza agli oppositori.", ['org:eu cautious']],
  ['fr', "L'Espagne a demandé l'ouverture d'un dialogue.", ['country:ES cautious']],
];

describe('court names and asylum requests', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
