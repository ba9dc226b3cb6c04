/**
 * Vetoes, calling something a threat or a setback, and calling it unjust, in sentences written for this test (not from
 * any corpus); and who judges when a copula calls a named actor something and a later clause says who said so ("Der
 * Iran sei eine Bedrohung, sagte …": the speaker, not Iran). Anger as a noun stays no cue: "la colère des
 * agriculteurs" is rarely a state's reaction.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  // vetoes
  ['de', 'Die Slowakei legte ihr Veto gegen das Paket ein.', ['country:SK opposed']],
  ['fr', 'La Slovaquie a opposé son veto au paquet de sanctions.', ['country:SK opposed']],
  ['es', 'Eslovaquia vetó el paquete de sanciones.', ['country:SK opposed']],
  ['it', 'La Slovacchia ha posto il veto sul pacchetto.', ['country:SK opposed']],
  ['ru', 'Словакия наложила вето на пакет санкций.', ['country:SK opposed']],
  ['ru', 'Словакия не стала накладывать вето на пакет.', []],
  // threats and setbacks, as a naming verb or a copula calls something
  ['de', 'Litauen bezeichnete die Manöver als Bedrohung.', ['country:LT opposed']],
  ['de', 'Lettland sprach von einem Rückschlag für den Friedensprozess.', ['country:LV opposed']],
  ['fr', 'La Lituanie a qualifié ces manœuvres de menace.', ['country:LT opposed']],
  ['it', 'La Lituania ha definito le manovre una minaccia.', ['country:LT opposed']],
  ['ru', 'Литва назвала учения угрозой.', ['country:LT opposed']],
  ['de', 'Die Bedrohung durch Waldbrände wächst in Griechenland.', []],
  // calling something unjust
  ['de', 'Vietnam nannte die Zölle ungerecht.', ['country:VN opposed']],
  ['fr', 'Le Vietnam a jugé ces droits de douane injustes.', ['country:VN opposed']],
  ['es', 'Vietnam calificó los aranceles de injustos.', ['country:VN opposed']],
  ['it', 'Il Vietnam ha definito i dazi ingiusti.', ['country:VN opposed']],
  ['ru', 'Вьетнам назвал пошлины несправедливыми.', ['country:VN opposed']],
  ['ru', 'Вьетнам гневно отреагировал на пошлины.', ['country:VN opposed']],
  // a copula judging a named actor, attributed by a later clause
  ['de', 'Nordkorea sei eine Bedrohung für die Region, sagte Südkoreas Präsident.', ['country:KR opposed']],
  ['fr', "La Corée du Nord est une menace pour la région, a déclaré le président sud-coréen.", ['country:KR opposed']],
  ['de', 'Die Entscheidung sei ein Rückschlag, sagte Lettland.', ['country:LV opposed']],
  // anger as a noun is no cue
  ['fr', 'La colère des agriculteurs français ne faiblit pas.', []],
  ['de', 'Die Wut der Bauern richtete sich gegen die Regierung in Paris.', []],
];

describe('vetoes, threats and unjust measures', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = languageReactionPairs(language, text);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});
