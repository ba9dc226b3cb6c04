/**
 * Organizations named by their kind in the languages, in sentences written for this test: a union centre ("la
 * centrale syndicale", "Gewerkschaftszentrale", "профсоюзный центр") is a kind; a Russian name opened by a capitalised
 * adjective before its kind and closed by its short name in parentheses is that organization's, a country inside it
 * describing it; a state's adjective among the words before a kind describes the organization, no state speaks; a
 * group of people "из" an organization opening the clause speaks for it; a shipping company and an employers' organization ("la patronal", "le patronat") are kinds, and a city's
 * capitalised adjective before a kind with a proper name after it describes the organization. A one-word name in Cyrillic
 * is keyed by its Latin spelling. A lone common German noun after a kind is no name ("bot seiner Partnerorganisation
 * Hilfe an").
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['fr', "La centrale syndicale PIT-CNT a dénoncé l'accord.", ['org:pit-cnt opposed']],
  ['it', "La centrale sindacale Pit-Cnt ha denunciato l'accordo.", ['org:pit-cnt opposed']],
  ['es', 'La central sindical PIT-CNT rechazó el acuerdo.', ['org:pit-cnt opposed']],
  ['de', 'Die Gewerkschaftszentrale PIT-CNT verurteilte das Abkommen.', ['org:pit-cnt opposed']],
  ['ru', 'Профсоюзный центр PIT-CNT осудил соглашение.', ['org:pit-cnt opposed']],
  ['ru', 'Национальная конфедерация промышленности Бразилии (CNI) осудила соглашение.', ['org:cni opposed']],
  ['ru', 'Национальная конфедерация промышленности (CNI) осудила соглашение.', ['org:cni opposed']],
  ['fr', "L'association Ensemble contre la peine de mort (ECPM) a dénoncé le verdict.", ['org:ecpm opposed']],
  ['ru', 'Намибийская правозащитная организация NamRights осудила решение.', ['org:namrights opposed']],
  ['ru', 'Намибийская организация NamRights осудила решение.', ['org:namrights opposed']],
  ['ru', 'Намибия осудила решение.', ['country:NA opposed']],
  // A name of one word in Cyrillic is keyed by its Latin spelling; one of several words gives no actor.
  ['ru', 'Оппозиционная партия ТЕКОЛ осудила решение.', ['org:tekol opposed']],
  ['ru', 'Центристская Народная партия (НАРПА) осудила решение.', ['org:narpa opposed']],
  ['ru', 'Партия «Зарница» осудила решение.', ['org:zarnica opposed']],
  // A group of people "из" an organization, opening the clause, speaks for it; not for a state.
  ['ru', 'Экологи из Greenpeace осудили проект.', ['org:greenpeace opposed']],
  ['ru', 'Эксперты из России осудили проект.', []],
  ['ru', 'Он вернулся из Greenpeace и осудил проект.', []],
  // A shipping company is a kind; a city's capitalised adjective before it describes it ("die Hamburger Reederei").
  ['de', 'Die Bremer Reederei Nordfracht bezweifelte, dass die Zusagen halten.', ['org:nordfracht skeptical']],
  ['de', 'Die Reederei Nordfracht kritisierte die Entscheidung.', ['org:nordfracht opposed']],
  // A lone common German noun after the kind is the clause's object, no name; a number closes a name, though.
  ['de', 'Japan bot seiner Partnerorganisation Hilfe an.', ['country:JP supportive']],
  ['de', 'Japan schickte der Hilfsorganisation Geld und Zelte.', ['country:JP supportive']],
  ['de', 'Die Umweltorganisation Global 2000 kritisierte die Entscheidung.', ['org:global-2000 opposed']],
  ['fr', "L'armateur Nordfracht a dénoncé la décision.", ['org:nordfracht opposed']],
  ['es', 'La naviera Nordfracht criticó la decisión.', ['org:nordfracht opposed']],
  ['it', "L'armatore Nordfracht ha criticato la decisione.", ['org:nordfracht opposed']],
  // an employers' organization is a kind
  ['es', 'La patronal pesquera Marisur criticó la decisión.', ['org:marisur opposed']],
  ['fr', 'Le patronat Nordfracht a dénoncé la décision.', ['org:nordfracht opposed']],
  ['es', 'La patronal criticó la decisión.', []],
  // A capitalised adjective before a kind with no proper name after it opens the name ("die Grüne Partei").
  ['de', 'Die Grüne Partei Irlands kritisierte die Entscheidung.', []],
];

describe('organizations named by their kind', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual(expected);
  });
});
