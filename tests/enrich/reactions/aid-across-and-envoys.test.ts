/**
 * Two readings of who gives and who speaks, written for this test (not from any corpus):
 * - a state the headline puts a disaster in still gives aid to another when it sends it over the border or to the
 *   other struck state ("Croatia, itself hit, sent helicopters across the border"); help in its own valleys is its
 *   own response;
 * - pumps and divers sent to a flood are aid, as rescuers and helicopters are, and so are hospital beds offered;
 *   so is aid placed at someone's disposal ("ha messo a disposizione elicotteri"); a state's aid agency (AFAD, THW,
 *   the Swiss DDC/DSC, МЧС) gives for its state;
 * - an envoy, representative or mediator "for" a state ("the special envoy for Syria") is sent to it by someone else:
 *   the state does not speak. A spokesperson "for" a state is its own;
 * - an embassy placed in another capital ("the US embassy in Sarajevo") speaks for its own state, in a clause of its
 *   own after "while" too;
 * - aid a speaker reports giving ("said its teams were already treating the injured") is its aid; a need, a receipt,
 *   a withdrawal or a condition is not.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

const FLOOD_TITLES: Record<string, string> = {
  en: 'Floods kill 19 in Bosnia and Croatia',
  de: 'Hochwasser in Bosnien und Kroatien: 19 Tote',
  fr: 'Inondations en Bosnie et en Croatie : 19 morts',
  es: 'Inundaciones en Bosnia y Croacia dejan 19 muertos',
  it: 'Alluvione in Bosnia e Croazia, 19 morti',
  ru: 'Наводнение в Боснии и Хорватии: 19 погибших',
};

const AID: [string, string, string[]][] = [
  ['en', 'Croatia, itself hit by the floods, sent two army helicopters across the border at Bosnia\'s request.', ['country:HR supportive']],
  ['en', 'Croatia sent two army helicopters to its flooded villages.', []],
  ['de', 'Kroatien, selbst vom Hochwasser betroffen, schickte zwei Armeehubschrauber über die Grenze.', ['country:HR supportive']],
  ['de', 'Kroatien schickte zwei Armeehubschrauber in die überfluteten Dörfer an der Save.', []],
  ['fr', 'Zagreb a envoyé deux hélicoptères de l\'armée en Bosnie.', ['country:HR supportive']],
  ['es', 'Croacia, que también sufre las crecidas, mandó dos helicópteros militares al otro lado de la frontera.', ['country:HR supportive']],
  ['it', 'La Croazia ha inviato due elicotteri militari oltre confine.', ['country:HR supportive']],
  ['ru', 'Хорватия, которая сама пострадала от паводка, отправила в Боснию два военных вертолёта.', ['country:HR supportive']],
];

const ENVOYS_OTHER: [string, string, string[]][] = [
  ['de', 'Der Sonderbeauftragte für Syrien appellierte an beide Seiten, die Kämpfe einzustellen.', []],
  ['de', 'Ein Sprecher für Frankreich kritisierte die Entscheidung.', ['country:FR opposed']],
  ['fr', "L'envoyé spécial pour la Syrie a appelé les deux parties à la retenue.", []],
  ['fr', 'Le représentant de la France a critiqué la décision.', ['country:FR opposed']],
  ['es', 'El enviado especial para Siria pidió moderación a ambas partes.', []],
  ['it', "L'inviato speciale per la Siria ha chiesto moderazione alle parti.", []],
  ['ru', 'Спецпосланник по Сирии призвал стороны к сдержанности.', []],
  ['ru', 'Представитель России призвал стороны к сдержанности.', ['country:RU cautious']],
];

const ENVOYS_EN: [string, string[]][] = [
  ['The special envoy for Syria urged both sides to show restraint.', []],
  ['The High Representative for Bosnia urged both governments to settle the dispute.', []],
  ['A spokesman for Iran condemned the attack.', ['country:IR opposed']],
  ['UN envoy for Yemen Hans Grundberg welcomed the truce.', ['org:un supportive']],
];

describe('aid sent across a border by a struck state', () => {
  it.each(AID)('%s: %s', (language, text, expected) => {
    const input = { title: FLOOD_TITLES[language]!, text, publishedAt: '2026-03-09' };
    const found = language === 'en' ? extractReactions(input) : extractLanguageReactions(input, language);
    expect([...new Set(found.map((r) => `${r.actor.key} ${r.stance}`))].sort()).toEqual(expected);
  });
});

const FLOOD_AID: [string, string, string[]][] = [
  ['en', 'Hungary sent pumps and divers.', ['country:HU supportive']],
  ['de', 'Ungarn schickte Pumpen und Taucher.', ['country:HU supportive']],
  ['fr', 'La Hongrie a envoyé des pompes et des plongeurs.', ['country:HU supportive']],
  ['es', 'Hungría envió bombas y buzos.', ['country:HU supportive']],
  ['it', "L'Ungheria ha inviato pompe e sommozzatori.", ['country:HU supportive']],
  ['ru', 'Венгрия направила насосы и водолазов.', ['country:HU supportive']],
  // Aid placed at someone's disposal is sent.
  ['it', "L'Austria ha messo a disposizione elicotteri dell'esercito.", ['country:AT supportive']],
  ['fr', "L'Autriche a mis à disposition des hélicoptères.", ['country:AT supportive']],
  ['es', 'Austria puso a disposición helicópteros del ejército.', ['country:AT supportive']],
  ['ru', 'Австрия предоставила вертолёты.', ['country:AT supportive']],
  ['it', 'Il governo ha messo a disposizione dei giornalisti i documenti.', []],
  // Aid arriving from a state is its aid (Russian's perfective "прибыть").
  ['ru', 'Спасательные команды прибыли из Словении и Австрии.', ['country:AT supportive', 'country:SI supportive']],
  ['ru', 'Прибыль компании выросла.', []],
  // Hospital beds offered for the injured are aid.
  ['en', 'Austria offered 40 hospital beds for the injured.', ['country:AT supportive']],
  ['de', 'Österreich bot 40 Betten für die Verletzten an.', ['country:AT supportive']],
  ['fr', "L'Autriche a offert 40 lits d'hôpital pour les blessés.", ['country:AT supportive']],
  ['es', 'Austria ofreció 40 camas de hospital para los heridos.', ['country:AT supportive']],
  ['it', "L'Austria ha offerto 40 letti d'ospedale per i feriti.", ['country:AT supportive']],
  ['ru', 'Австрия предложила 40 больничных коек для раненых.', ['country:AT supportive']],
  // A state's aid agency, named by its name or acronym, gives for its state.
  ['en', 'The disaster agency AFAD sent tents and blankets.', ['country:TR supportive']],
  ['de', 'Das Technische Hilfswerk (THW) schickte Pumpen und Taucher.', ['country:DE supportive']],
  ['fr', "La Direction du développement et de la coopération (DDC) a envoyé une équipe d'experts.", ['country:CH supportive']],
  ['es', 'La AECID envió un avión con medicinas.', ['country:ES supportive']],
  ['it', 'La DSC ha stanziato due milioni di franchi per i soccorsi.', ['country:CH supportive']],
  ['ru', 'МЧС направило в регион палатки и одеяла.', ['country:RU supportive']],
];

describe('pumps and divers are flood aid', () => {
  it.each(FLOOD_AID)('%s: %s', (language, text, expected) => {
    expect([...(language === 'en' ? englishReactionPairs(text) : languageReactionPairs(language, text))].sort()).toEqual(expected);
  });
});

describe('envoys sent to a state do not speak for it', () => {
  it.each(ENVOYS_OTHER)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual([...expected].sort());
  });
  it.each(ENVOYS_EN)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
});

const SEATED: [string, string[]][] = [
  ['Serbia condemned the decision, while the US embassy in Sarajevo urged both governments to settle the matter through dialogue.', ['country:RS opposed', 'country:US cautious']],
  ['The US embassy in Sarajevo urged both governments to settle the matter through dialogue.', ['country:US cautious']],
];

describe('an embassy placed in another capital speaks for its own state', () => {
  it.each(SEATED)('en: %s', (text, expected) => {
    expect([...englishReactionPairs(text)].sort()).toEqual(expected);
  });
});

const REPORTED_AID: [string, string[]][] = [
  ['The World Food Programme said it was moving food stocks to the coast.', ['org:un supportive']],
  ['The Aga Khan Development Network said its teams were already treating the injured.', ['org:aga-khan-development-network supportive']],
  ["Russia's emergencies ministry said a plane carrying rescuers would land in Dushanbe on Sunday.", ['country:RU supportive']],
  // A need, a receipt, a withdrawal or a condition is no aid given; neither is a vessel already in the news.
  ['Bosnia said it needed tents and pumps.', []],
  ['Bosnia said it had received supplies from Croatia.', []],
  ['The WHO said its teams had been withdrawn from the area.', []],
  ['France said it would consider more funding if access was guaranteed.', []],
  ["Kuwait's interior ministry said the vessel had crossed into Kuwaiti waters.", []],
];

describe('aid a speaker reports giving', () => {
  it.each(REPORTED_AID)('en: %s', (text, expected) => {
    expect([...englishReactionPairs(text)].sort()).toEqual(expected);
  });
});
