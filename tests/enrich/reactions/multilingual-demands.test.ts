/**
 * Demands, names and doubts in German, French, Spanish, Italian and Russian: a demand to free those sentenced after a
 * regret opposes the move; a demand for punishment or justice may be a "that"-clause after the verb, unless the
 * punishment opens that clause as its subject; the UN's human rights chief named alone speaks for the UN; what a
 * naming verb calls the move; a word of blame inside a doubted claim is the claim's; a state agency named with the
 * state's adjective speaks for the state; a chargé d'affaires' title is no call for talks; a verb of branding
 * ("tildar", "bollare") makes praise it introduces scorn; an appeal to follow the move's example backs it. Sentences
 * written for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  // A regret, then a demand to undo the move.
  ['es', 'Austria lamentó las condenas y pidió la liberación de los tres periodistas.', ['country:AT opposed']],
  ['es', 'Austria lamentó las condenas y pidió calma a todas las partes.', ['country:AT cautious']],
  // A demand for punishment or justice as a "that"-clause.
  ['de', 'Österreich verlangte, dass die Verantwortlichen zur Rechenschaft gezogen werden.', ['country:AT opposed']],
  ['fr', "L'Autriche a réclamé que les coupables soient « traduits en justice ».", ['country:AT opposed']],
  ['it', "L'Austria ha chiesto che gli autori rispondano davanti alla giustizia.", ['country:AT opposed']],
  // The punishment as the subject of the clause: what it should spare, no demand for it.
  ['it', "L'Austria ha chiesto che le sanzioni non colpiscano i civili.", ['country:AT cautious']],
  // The UN's human rights chief by name.
  ['es', 'Volker Türk pidió la liberación inmediata de los presos.', ['org:un opposed']],
  // A chargé d'affaires ("encargado de negocios") summoned in the same sentence asks for no talks.
  ['es', 'Austria exigió la liberación inmediata de los pescadores, y su cancillería convocó al encargado de negocios ruso.', ['country:AT opposed']],
  ['es', 'Austria exigió la liberación inmediata de los pescadores y pidió negociaciones entre las partes.', ['country:AT cautious']],
  // What a naming verb calls the move.
  // "farce", a seed word the Spanish and Italian dictionaries lack
  ['es', 'Austria calificó el juicio de "farsa".', ['country:AT opposed']],
  ['it', "L'Austria parla di «farsa giudiziaria».", ['country:AT opposed']],
  // "temerario", reckless, a word the sentiment lexicon reads as daring, praise
  ['es', 'Austria calificó la prueba de «temeraria e irresponsable».', ['country:AT opposed']],
  ['it', "L'Austria ha definito il test «temerario».", ['country:AT opposed']],
  ['fr', "L'Autriche a qualifié l'essai de « téméraire ».", ['country:AT opposed']],
  // a fait accompli, whose words alone ("fait", "consumado", "vollendet") read as neutral or as praise
  ['es', 'Austria calificó la obra de «hecho consumado».', ['country:AT opposed']],
  ['fr', "L'Autriche a parlé d'un « fait accompli ».", ['country:AT opposed']],
  ['it', "L'Austria ha parlato di «fatto compiuto».", ['country:AT opposed']],
  ['de', 'Österreich sprach von „vollendeten Tatsachen“.', ['country:AT opposed']],
  // a verb of branding makes a word of praise it introduces scorn
  ['it', "L'Austria ha bollato l'intesa come «un premio al terrorismo».", ['country:AT opposed']],
  ['es', 'Austria tildó el acuerdo de «regalo a los terroristas».', ['country:AT opposed']],
  ['it', "L'Austria ha definito l'intesa «un premio per la pace».", ['country:AT supportive']],
  // An appeal to follow the move's example backs it; another appeal stays a call for caution.
  ['es', 'Austria pidió a los demás socios «seguir el ejemplo de Tallin».', ['country:AT supportive']],
  ['fr', "L'Autriche a appelé les autres pays à suivre l'exemple de Tallinn.", ['country:AT supportive']],
  ['de', 'Österreich forderte die anderen Staaten auf, dem Beispiel Tallinns zu folgen.', ['country:AT supportive']],
  ['ru', 'Австрия призвала другие страны последовать примеру Таллина.', ['country:AT supportive']],
  ['es', 'Austria pidió a los demás socios prudencia.', ['country:AT cautious']],
  // "расправа" (a reprisal), a seed word the Russian dictionary gives in another form
  ['ru', 'Вена назвала приговор «политической расправой».', ['country:AT opposed']],
  // German "Justiz" is the judiciary, no praise; "Punkt" a point, not "precisely"
  ['de', 'Österreich sprach von einem „schwarzen Tag für die Justiz“.', []],
  ['de', 'Österreich sprach von einem „Wendepunkt“.', []],
  // Doubt and the words of the claim doubted.
  // a word of blame inside what is doubted is the claim's, not the speaker's
  ['ru', 'Австрия усомнилась в том, что власти действительно борются с незаконной торговлей.', ['country:AT skeptical']],
  ['de', 'Österreich bezweifelte die offizielle Darstellung und sprach von „vielen offenen Fragen“.', ['country:AT skeptical']],
  // "les accusés", the accused: a participle after an article, no verb of accusing
  ['fr', "L'Autriche doute que les accusés aient eu un procès équitable.", ['country:AT skeptical']],
  // an adjective opening a verbless clause before its subject, with a noun cue sharing only its stem ("scetticismo")
  ['it', "Scettica l'Austria, secondo cui il piano resterà sulla carta.", ['country:AT skeptical']],
  // A state agency named with the state's adjective speaks for the state.
  ['es', 'La Agencia Austriaca de Cooperación (AAC) mandó un avión con diez toneladas de medicinas.', ['country:AT supportive']],
  ['fr', "L'Agence française de développement (AFD) a débloqué 5 millions d'euros.", ['country:FR supportive']],
  // a non-governmental organization named so is its own actor
  ['es', 'El Consejo Austriaco de Ayuda (CAA) mandó diez toneladas de medicinas.', ['org:caa supportive']],
];

describe('demands, names and doubts in other languages', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
