/**
 * A call or warning against judging too soon or for politics doubts the charge the event rests on: skeptical, not a
 * call for caution, in English and in the other languages. Other calls for caution stay cautious. Sentences written
 * for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { reactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'Austria warned against jumping to conclusions about who was behind the blackout.', ['country:AT skeptical']],
  ['en', 'Austria urged both governments not to politicise the inquiry.', ['country:AT skeptical']],
  ['en', 'Austria cautioned against "attributing the outage to a foreign state".', ['country:AT skeptical']],
  ['en', 'Austria warned against a new arms race in the region.', ['country:AT cautious']],
  ['en', 'Austria urged both governments to settle the dispute through dialogue.', ['country:AT cautious']],
  ['de', 'Österreich warnte vor voreiligen Schlüssen über die Urheber des Angriffs.', ['country:AT skeptical']],
  ['de', 'Österreich warnte vor einer Eskalation an der Grenze.', ['country:AT cautious']],
  ['fr', "L'Autriche a appelé à ne pas tirer de conclusions hâtives sur l'origine de l'attaque.", ['country:AT skeptical']],
  ['es', 'Austria pidió no politizar el incidente.', ['country:AT skeptical']],
  ['es', 'Austria pidió calma a las dos partes.', ['country:AT cautious']],
  ['it', 'Il governo austriaco ha invitato a non trarre conclusioni affrettate sulla responsabilità di Mosca.', ['country:AT skeptical']],
  ['ru', 'Австрия призвала не делать поспешных выводов о причинах аварии.', ['country:AT skeptical']],
];

describe('warnings against hasty judgement', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(reactionPairs(language, text)).toEqual(expected);
  });
});
