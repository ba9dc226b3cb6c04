/**
 * Reactions in German, French, Spanish, Italian and Russian sentences written for this test (not from any corpus):
 * verbs and adjectives of censure beyond "criticize" (translated from English seeds through the bilingual
 * dictionaries, or, for a few common German verbs and the "speak out against" phrases, from the supplement),
 * French adjectives agreeing in number ("déçus"), and a bare ministry that another state's adjective owns
 * ("Японский МИД" is Japan's, not Russia's).
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  // censure verbs, in the past, the present and the perfect
  ['de', 'Lettland tadelte das Vorgehen der Behörden.', ['country:LV opposed']],
  ['de', 'Estland hat die Festnahmen gebrandmarkt.', ['country:EE opposed']],
  ['de', 'Litauen geißelt die Angriffe auf Journalisten.', ['country:LT opposed']],
  ['de', 'Kroatien bemängelte fehlende Garantien für Minderheiten.', ['country:HR opposed']],
  ['de', 'Slowenien monierte die kurze Frist.', ['country:SI opposed']],
  ['de', 'Bulgarien beanstandete die Auswahl der Beobachter.', ['country:BG opposed']],
  ['de', 'Die Schweiz billigte den Kompromiss.', ['country:CH supportive']],
  ['de', 'Serbien tadelte die Entscheidung nicht.', []],
  ['ru', 'Литва упрекнула власти в бездействии.', ['country:LT opposed']],
  ['ru', 'Эстония заклеймила приговор.', ['country:EE opposed']],
  ['es', 'Ecuador reprendió al embajador por sus declaraciones.', ['country:EC opposed']],
  // adjectives of censure, called so by a naming verb or a copula
  ['de', 'Lettland nannte die Auflagen kontraproduktiv.', ['country:LV opposed']],
  ['de', 'Estland bezeichnete das Urteil als skandalös.', ['country:EE opposed']],
  ['it', 'Per Vienna, i dazi sono controproducenti.', ['country:AT opposed']],
  ['es', 'Para Lima, los aranceles son contraproducentes.', ['country:PE opposed']],
  ['ru', 'Литва назвала пошлины контрпродуктивными.', ['country:LT opposed']],
  ['ru', 'Эстония назвала приговор возмутительным.', ['country:EE opposed']],
  // speaking out against, or for, a move
  ['fr', "La Finlande s'est prononcée contre le projet de taxe.", ['country:FI opposed']],
  ['fr', "L'Irlande s'est prononcé en faveur du compromis.", ['country:IE supportive']],
  ['es', 'Uruguay se pronunció en contra del bloqueo.', ['country:UY opposed']],
  ['es', 'Costa Rica se ha pronunciado a favor del acuerdo.', ['country:CR supportive']],
  ['it', "L'Irlanda si è espressa contro il progetto di tassa.", ['country:IE opposed']],
  ['it', 'Il Portogallo si è schierato contro la proposta.', ['country:PT opposed']],
  ['it', "L'Austria si è opposta al piano di ripartizione.", ['country:AT opposed']],
  ['it', "L'Austria si oppone al piano.", ['country:AT opposed']],
  ['it', "L'Austria non si è opposta al piano.", []],
  // French adjectives in the plural
  ['fr', 'Les Pays-Bas se sont dits déçus par le vote.', ['country:NL opposed']],
  ['fr', 'Les Philippines se sont dites déçues du verdict.', ['country:PH opposed']],
  // a ministry owned by the adjective before it
  ['ru', 'Японский МИД приветствовал договорённость.', ['country:JP supportive']],
  ['ru', 'Французский МИД осудил задержание журналиста.', ['country:FR opposed']],
  ['ru', 'МИД осудил задержание журналиста.', ['country:RU opposed']],
];

describe('censure verbs, agreement and owned ministries', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = languageReactionPairs(language, text);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});
