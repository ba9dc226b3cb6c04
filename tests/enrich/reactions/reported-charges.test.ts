/**
 * A charge of violating law or rights is its reporter's reaction: "X said the deal violates international law" opposes
 * in every language read, and the names charged are not the reporter. The same verb in a plain report of the event
 * ("jets violated the airspace") is no one's reaction, and the noun forms ("violations") are not the verb. A charge
 * named by a naming verb ("parlato di «punizione collettiva»") opposes too. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs, englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'France said the agreement violates international law.', ['country:FR opposed']],
  ['en', 'Brazil said the new rules infringe on the rights of coastal states.', ['country:BR opposed']],
  ['en', 'Russian jets violated Estonian airspace on Monday.', []],
  ['de', 'Frankreich erklärte, das Abkommen verstoße gegen das Völkerrecht.', ['country:FR opposed']],
  ['de', 'Brasilien erklärte, das türkische Vorgehen verletze die Rechte der Küstenstaaten.', ['country:BR opposed']],
  ['de', 'Bei dem Angriff wurden drei Soldaten verletzt.', []],
  ['de', 'Russische Kampfjets verstießen am Montag gegen den estnischen Luftraum.', []],
  ['fr', "La France a affirmé que l'accord viole le droit international.", ['country:FR opposed']],
  ['es', 'Brasil recordó que el acuerdo vulnera los derechos de los Estados ribereños.', ['country:BR opposed']],
  ['es', 'El programa protege a las familias más vulnerables.', []],
  ['it', "Secondo il ministero degli Esteri brasiliano, l'accordo viola il diritto internazionale.", ['country:BR opposed']],
  ['ru', 'Бразилия заявила, что соглашение нарушает международное право.', ['country:BR opposed']],
  ['ru', 'Российские самолёты нарушили воздушное пространство Эстонии.', []],
  ['ru', 'Наблюдатели сообщили о нарушениях на участках.', []],
  // A charge named by a naming verb: a massacre, a murder, a crime, a punishment of the innocent.
  ['it', 'Il Cile ha parlato di «punizione collettiva».', ['country:CL opposed']],
  ['es', 'Chile calificó el bloqueo de «castigo colectivo».', ['country:CL opposed']],
  ['de', 'Chile sprach von einem „Blutbad“.', ['country:CL opposed']],
  ['de', 'Chile verurteilte die Tat.', ['country:CL opposed']],
];

describe('charges of violating law or rights', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(language === 'en' ? englishReactionPairs(text) : distinctLanguageReactionPairs(language, text)).toEqual(expected);
  });
});
