/**
 * German and French reactions in sentences written for this test (not from any corpus): a negation after a verb of
 * hiding asserts ("ne cache pas son inquiétude", "verhehlte nicht"), copulas and naming verbs introduce what a speaker
 * calls something, praise included ("est une erreur", "il s'agit d'une provocation", "sei ein historischer Tag"),
 * the first person plural in quotes ("« Nous saluons … »"), inflected German adjectives in "-el" ("inakzeptablen"),
 * speech verbs naming the speaker of a quote, and the place where a reaction was met ("stieß in Berlin auf Kritik").
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  // gratitude as an adjective (the English cue "grateful")
  ['fr', "Le Chili s'est dit reconnaissant pour l'aide.", ['country:CL supportive']],
  // a demonym in the object of a German perfect is no second subject ("hat die iranischen Angriffe … verurteilt")
  ['de', 'Die Bundesregierung hat die iranischen Raketenangriffe auf Israel verurteilt.', ['country:DE opposed']],
  // a subject parted from its verb by a relative clause that runs on past a comma ("…, dans le nord de l'Arménie, …")
  ['fr', "Le Caire, qui entretient une base navale à Bérénice, dans le sud de l'Égypte, a appelé à la retenue.", ['country:EG cautious']],
  ['fr', 'Ottawa, qui dispose de troupes à Riga, près de la Lettonie, a salué la décision.', ['country:CA supportive']],
  // idioms of solidarity, mixed feelings and good news; "ob" in the next clause asks about something else
  ['de', 'Österreich nahm die Nachricht mit gemischten Gefühlen auf.', ['country:AT cautious']],
  ['de', 'Estland und Finnland erklärten sich solidarisch.', ['country:EE supportive', 'country:FI supportive']],
  ['de', 'Finnland sprach von einer „guten Nachricht für Europa“.', ['country:FI supportive']],
  ['de', 'Die Einigung sei positiv, sagte Wien.', ['country:AT supportive']],
  ['de', 'Ungarn rief beide Seiten zur Zurückhaltung auf; ob Budapest vermitteln werde, ließ der Außenminister offen.', ['country:HU cautious']],
  ['de', 'Wien ließ offen, ob es den Angriff verurteile.', []],
  // a function word sharing a cue's stem is no cue ("bereits", already, is no "bereit"); "gab … frei" still gives
  ['de', 'Bereits 2023 hatten chilenische Soldaten zwei peruanische Polizisten festgenommen.', []],
  ['de', 'Die EU-Kommission gab 2 Millionen Euro Soforthilfe frei.', ['org:eu supportive']],
  // a separable particle closes the clause of the nearest verb before it ("lehnt … ab", not "forderte … ab")
  ['de', 'Der WWF forderte strenge Auflagen, Greenpeace lehnt die Mine ab.', ['org:greenpeace opposed', 'org:wwf cautious']],
  ['fr', "La Belgique s'est rangée derrière Paris.", ['country:BE supportive']],
  ['fr', 'Le Maroc a accueilli la nouvelle avec des sentiments mitigés.', ['country:MA cautious']],
  ['fr', "Rabat a parlé d'une « bonne nouvelle ».", ['country:MA supportive']],
  ['fr', 'Berlin ne cache pas son inquiétude face à la montée des tensions.', ['country:DE cautious']],
  ['fr', "Le Brésil n'a guère condamné l'opération.", []],
  ['fr', 'Selon le Kremlin, cette décision est une grave erreur.', ['country:RU opposed']],
  ['fr', "La Chine a estimé que la mesure était une erreur.", ['country:CN opposed']],
  ['fr', "Pour Pékin, il s'agit d'une provocation.", ['country:CN opposed']],
  ['fr', '« Nous saluons cette décision », a indiqué Ottawa.', ['country:CA supportive']],
  ['fr', 'Le Mexique a remis en question la crédibilité du scrutin.', ['country:MX skeptical']],
  ['fr', 'Pour le Quai d’Orsay, la décision va dans le bon sens.', ['country:FR supportive']],
  ['fr', "L'Italie a qualifié l'accord d'historique.", ['country:IT supportive']],
  ['fr', 'Le président polonais a évoqué une journée historique.', ['country:PL supportive']],
  ['fr', 'Le centre historique de Varsovie a été rouvert.', []],
  ['fr', 'Pékin a exprimé sa colère.', ['country:CN opposed']],
  ['fr', '« C’est une erreur », a écrit le ministre polonais des Affaires étrangères sur X.', ['country:PL opposed']],
  ['fr', '« Nous sommes profondément préoccupés », a fait savoir le ministère sud-coréen des Affaires étrangères.', ['country:KR cautious']],
  ['de', 'Die Schweiz verhehlte nicht ihre Enttäuschung.', ['country:CH opposed']],
  ['de', 'Mexiko stellte die Glaubwürdigkeit der Wahl infrage.', ['country:MX skeptical']],
  ['de', 'Italien stellte das Ergebnis in Frage.', ['country:IT skeptical']],
  ['de', 'Eine Teilnahme kommt für Italien nicht in Frage.', []],
  ['de', 'Es sei ein historischer Tag, sagte der italienische Regierungschef.', ['country:IT supportive']],
  ['de', 'Der Kreml reagierte verärgert.', ['country:RU opposed']],
  ['de', 'Die Türkei zeigte sich erfreut über die Einigung.', ['country:TR supportive']],
  ['de', 'Die Nato sprach von einem inakzeptablen Verhalten.', ['org:nato opposed']],
  ['de', 'Man begrüße die Einigung, fügte der Sprecher des japanischen Außenministeriums hinzu.', ['country:JP supportive']],
  ['de', 'Das Vorgehen sei „völlig inakzeptabel“, schrieb der polnische Außenminister auf der Plattform X.', ['country:PL opposed']],
  ['de', 'Die Entscheidung stieß in Berlin auf scharfe Kritik.', ['country:DE opposed']],
  ['de', 'Der Vorschlag fand in Rom Zustimmung.', ['country:IT supportive']],
  ['de', 'Die Entscheidung stieß bei der Türkei auf Kritik.', ['country:TR opposed']],
  ['de', 'Der Gipfel fand in Rom statt.', []],
  ['de', 'Am Montag unterstützte Italien den Plan.', ['country:IT supportive']],
  ['de', 'Die Regierung in Kiew bezeichnete das Referendum als Farce.', ['country:UA opposed']],
  ['de', 'Der griechische Außenminister äußerte sich am Abend. Das sei inakzeptabel, sagte er.', ['country:GR opposed']],
  ['fr', 'Le ministre grec des Affaires étrangères s’est exprimé lundi. « Nous condamnons cette violence », a-t-il déclaré.', ['country:GR opposed']],
  ['de', 'Der griechische Außenminister äußerte sich am Abend. Man begrüße die Einigung ausdrücklich.', ['country:GR supportive']],
  ['de', 'Das Treffen dauerte drei Stunden. Man verurteile die Gewalt.', []],
  // Calling a move unjustified or incomprehensible criticises it; the adjective alone describes.
  ['de', 'Die Slowakei nannte die neuen Zölle ungerechtfertigt.', ['country:SK opposed']],
  ['de', 'Norwegen bezeichnete das Urteil als unverständlich.', ['country:NO opposed']],
  ['de', 'Die Anleitung war für viele Nutzer unverständlich.', []],
];

describe('German and French reactions', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = languageReactionPairs(language, text);
    expect(found.sort()).toEqual([...expected].sort());
  });
});
