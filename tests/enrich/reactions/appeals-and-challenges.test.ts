/**
 * Sentences written for this test (not from any corpus):
 * - encouraging someone to act ("encouraged both sides to avoid …") is an appeal, read as "urged" is: a call for
 *   caution when it asks for restraint; encouraging a move itself ("encouraged the reforms") and being encouraged by
 *   it stay support;
 * - a hope or an appeal that the parties settle their dispute through consultations asks them to hold back: cautious,
 *   as a hope for dialogue is; a hope for the move's success stays support;
 * - announcing a challenge in court opposes the move (CAMEO 115, bringing a lawsuit), in every language; only its
 *   announcement and future forms are read, since a bare noun of a lawsuit may name the event itself;
 * - a state's adjective after a preposition of the object and its article ("gegen den norwegischen Staat") is the
 *   target, not the speaker; after one of reception ("bei der norwegischen Regierung stieß …") it still speaks;
 * - joining the call or demand of the sentence before ("schlossen sich der Forderung an", "Se sumó la Unión Europea",
 *   "joined the call") reacts as that sentence's actor did; the call's noun inside the phrase is no cue of its own;
 * - an appeal addressed to the public (its users, citizens, customers, migrants) is an actor's instruction about its own
 *   move, no reaction; one addressed to a state or its authorities still is.
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
  ['Amnesty International said it would challenge the law before the Supreme Court.', ['org:amnesty-international opposed']],
  ['Amnesty International said it would take the government to court.', ['org:amnesty-international opposed']],
  ['Amnesty International said the law would face challenges in court.', []],
  ['Germany condemned the law and demanded its repeal. Sweden echoed the demand.', ['country:DE opposed', 'country:SE opposed']],
  ['Microsoft urged users of Internet Explorer to install the update.', []],
  ['The State Department urged American citizens to leave Lebanon.', []],
  ['Germany encouraged asylum-seekers to stay in Mexico.', []],
  ['Britain urged Iranian authorities to release the crew.', ['country:GB cautious']],
];

const OTHER: [string, string, string[]][] = [
  ['ru', 'Пекин выразил надежду, что соседи урегулируют спор путём консультаций.', ['country:CN cautious']],
  ['de', 'China äußerte die Hoffnung, die Nachbarn würden ihren Streit durch Konsultationen beilegen.', ['country:CN cautious']],
  ['es', 'China expresó la esperanza de que los vecinos resuelvan la disputa mediante consultas.', ['country:CN cautious']],
  ['de', 'China äußerte die Hoffnung, dass das Abkommen hält.', ['country:CN supportive']],
  ['de', 'Amnesty International kündigte eine Verfassungsklage an.', ['org:amnesty-international opposed']],
  ['de', 'Amnesty International kündigte eine Klage gegen das Gesetz an.', ['org:amnesty-international opposed']],
  ['de', 'Amnesty International prüft eine Klage.', []],
  ['de', 'Greenpeace kündigte an, gegen den norwegischen Staat zu klagen.', ['org:greenpeace opposed']],
  ['de', 'Greenpeace kündigte an, gegen die norwegische Regierung zu protestieren.', ['org:greenpeace opposed']],
  ['de', 'Auch bei der norwegischen Regierung stieß der Plan auf Kritik.', ['country:NO opposed']],
  ['fr', 'Amnesty International a annoncé un recours devant le Conseil constitutionnel.', ['org:amnesty-international opposed']],
  ['es', 'Amnistía Internacional anunció que impugnará la ley ante la Corte Suprema.', ['org:amnesty-international opposed']],
  ['es', 'Amnistía Internacional anunció que recurrirá a los tribunales.', ['org:amnesty-international opposed']],
  ['it', 'Amnesty International ha annunciato un ricorso alla Corte costituzionale.', ['org:amnesty-international opposed']],
  ['ru', 'Amnesty International объявила, что оспорит закон в Верховном суде.', ['org:amnesty-international opposed']],
  ['fr', 'La Zambie a soutenu le droit du Malawi à saisir la justice.', ['country:ZM supportive']],
  ['de', 'Deutschland forderte die Aufhebung des Gesetzes. Die Niederlande und Schweden schlossen sich der Forderung an.', ['country:DE opposed', 'country:NL opposed', 'country:SE opposed']],
  ['es', 'Alemania condenó la ley. Se sumó la Unión Europea.', ['country:DE opposed', 'org:eu opposed']],
  ['es', 'La Unión Europea se sumó a la misión de observación.', []],
  ['ru', 'Германия потребовала отменить закон. К требованию присоединились Нидерланды.', ['country:DE opposed', 'country:NL opposed']],
  ['it', "La Germania ha chiesto il ritiro della legge. I Paesi Bassi si sono uniti all'appello.", ['country:DE opposed', 'country:NL opposed']],
  ['fr', "L'Allemagne a exigé l'abrogation de la loi. Les Pays-Bas se sont associés à cette demande.", ['country:DE opposed', 'country:NL opposed']],
];

describe('appeals and challenges', () => {
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
  it.each(OTHER)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
