/**
 * Three ways a verb or noun of condemning or welcoming says nothing of a reaction, or less than it seems:
 * - a court's sentence ("condannato a otto anni", "zu acht Jahren Haft verurteilt"), unless an object stands between
 *   the verb and the penalty ("condenó la sentencia a ocho años": the sentence is what is condemned), and a noun of
 *   the sentence with a participle of imposing ("la condanna inflitta");
 * - a relative clause describing a thing named before it ("la coalizione che si oppone"), not its speaker;
 * - a noun of condemning opening a sentence after an article ("La condena internacional no se hizo esperar"), no verb;
 * - a person noun sharing the cue's stem ("Kritiker", "l'opposante"), unless a word makes it a verb form ("s'opposant");
 * - a welcome restricted by the same actor named again ("la Comisión … aunque recordó que la UE …") is cautious, and a
 *   verb of stressing that only attributes the statement ("…, подчеркнули в Москве") restricts nothing.
 * Sentences written for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  // Sentences passed by a court.
  ['it', 'Tra i liberati due cittadini austriaci, oltre al blogger Pavel Orlov, condannato nel 2023 a sei anni per «sedizione».', []],
  ['it', "L'Austria ha condannato con fermezza l'arresto del blogger.", ['country:AT opposed']],
  ['es', 'Entre ellos dos austriacos, entre ellos el bloguero Pavel Orlov, condenado en 2023 a seis años de prisión.', []],
  ['es', 'Austria condenó la sentencia a seis años de prisión contra el bloguero.', ['country:AT opposed']],
  ['fr', 'Parmi eux deux Autrichiens, dont le blogueur Pavel Orlov, condamné en 2023 à six ans de prison.', []],
  ['fr', "L'Autriche a condamné à nouveau l'arrestation du blogueur.", ['country:AT opposed']],
  ['de', 'Unter den Freigelassenen sind zwei Österreicher, darunter der Blogger Pavel Orlov, 2023 zu sechs Jahren Haft verurteilt.', []],
  ['de', 'Österreich verurteilte die Festnahme des Bloggers scharf.', ['country:AT opposed']],
  // The penalty after an apposition set off by commas; a noun of the sentence with its participle of imposing.
  ['fr', 'Le tribunal de Vienne a condamné Karl Huber, ancien député autrichien, à neuf ans de prison.', []],
  ['it', 'È la condanna inflitta martedì dal tribunale di Vienna al blogger austriaco.', []],
  ['es', 'Es la condena impuesta el martes por un tribunal de Viena al bloguero austriaco.', []],
  // A relative clause describing a thing named before it: its own verb is no one's reaction.
  ['it', 'Il blogger guidava la coalizione che si oppone al governo austriaco.', []],
  ['fr', "Dans le camp de Traiskirchen, qui accueille 2 000 réfugiés autrichiens, on craint l'hiver.", []],
  ['fr', "L'Autriche, qui a condamné l'arrestation, convoque l'ambassadeur.", ['country:AT opposed']],
  // A noun of condemning after an article opens the sentence: no verb continuing the subject of the sentence before.
  ['es', 'Austria sufrió un ataque en Graz. La condena internacional no se hizo esperar.', []],
  ['it', "L'Austria ha subito un attacco a Graz. La condanna internazionale non si è fatta attendere.", []],
  // People who hold a view, named by a noun of the cue's stem.
  ['de', 'Die österreichischen Kritiker des Abkommens meldeten sich zu Wort.', []],
  ['de', 'Österreich äußerte Kritik an der Entscheidung.', ['country:AT opposed']],
  ['fr', "L'opposante autrichienne a pris la parole à Vienne.", []],
  ['fr', 'Les opposants autrichiens se sont réunis à Vienne.', []],
  ['fr', "L'Autriche s'est opposée à la mesure.", ['country:AT opposed']],
  // A welcome with a restriction by the same actor named again; an attribution that restricts nothing.
  ['es', 'La Comisión Europea respaldó el derecho de Viena a proteger sus fronteras, aunque recordó que la UE exige garantizar el acceso al asilo.', ['org:eu cautious']],
  ['es', 'La Comisión Europea respaldó la decisión, aunque Hungría la criticó.', ['org:eu supportive', 'country:HU opposed']],
];

describe('court sentences, person nouns and restricted welcomes', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect([...new Set(languageReactionPairs(language, text))].sort()).toEqual([...expected].sort());
  });
});
