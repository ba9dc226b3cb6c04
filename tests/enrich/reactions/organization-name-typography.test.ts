/**
 * Organizations named the way each language's typography marks a name, written for this test (not from any corpus):
 * an organization's name used as the modifier of its own kind noun ("the UGTT labour union"), the kind in capitals
 * before a name ("the NGO Tamkeen"; "a local NGO" alone is no one), a hyphenated name introduced by its kind ("the
 * environmental group Eco-Batken"), a name in quotation marks after its kind ("партия «Новая Грузия»", "die Partei
 * „Neues Georgien“"), and a German name opened by a capitalised adjective ("die Umweltorganisation Grüne Zukunft").
 * A Romance name's capitalised words joined by small words ("la ONG Médicos del Mundo") are one name.
 * A country inside such a name describes it and does not speak. A regional branch ("Greenpeace Africa") or a section
 * or chapter ("Amnesty International's Kenya section") speaks for its organization.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const ENGLISH: [string, string[]][] = [
  ['The UGTT union denounced the verdict.', ['org:ugtt opposed']],
  ['The powerful UGTT labour union, which has clashed with the president, denounced the verdict.', ['org:ugtt opposed']],
  ['The NATO alliance condemned the attack.', ['org:nato opposed']],
  ['The Hamas movement rejected the plan.', ['org:hamas opposed']],
  ['The environmental group Eco-Batken condemned the decision.', ['org:eco-batken opposed']],
  // A kind noun that is the object's, not the subject's: no reaction of the organization.
  ['The UGTT union report was published on Monday.', []],
  // The kind in capitals before the name introduces it; a kind alone is no one.
  ['The NGO Tamkeen welcomed the deal.', ['org:tamkeen supportive']],
  ['A local NGO condemned the decision.', []],
  ['Several MNCs criticised the tax.', []],
  // A regional branch named by its region, a chapter or section of the organization: the organization speaks.
  ['Greenpeace Africa condemned the spill.', ['org:greenpeace opposed']],
  ["Amnesty International's Kenya section condemned the killings.", ['org:amnesty-international opposed']],
  ["Transparency International's Bosnian chapter doubted that the money would arrive.", ['org:transparency-international skeptical']],
  ["Amnesty International's report condemned the killings.", []],
];

const OTHER: [string, string, string[]][] = [
  ['ru', 'Экологическая организация «Зелёное будущее» осудила решение.', []],
  ['ru', 'Оппозиционная партия «Новая Грузия» осудила решение.', []],
  ['ru', 'Правозащитная организация «Amnesty International» осудила решение.', ['org:amnesty-international opposed']],
  ['de', 'Die Partei „Neues Georgien“ kritisierte die Entscheidung.', ['org:neues-georgien opposed']],
  ['de', 'Die Organisation „Grüne Zukunft“ verurteilte die Entscheidung.', ['org:grune-zukunft opposed']],
  ['de', 'Die Umweltorganisation Grüne Zukunft verurteilte die Entscheidung.', ['org:grune-zukunft opposed']],
  ['de', 'Die Hilfsorganisation Caritas begrüßte die Entscheidung.', ['org:caritas supportive']],
  // An English name with "without", a name closed by a number.
  ['de', 'Die Umweltorganisation Rivers without Boundaries kritisierte die Entscheidung.', ['org:rivers-without-boundaries opposed']],
  ['de', 'Die Umweltorganisation Global 2000 kritisierte die Entscheidung.', ['org:global-2000 opposed']],
  ['fr', 'Le parti « Nouvelle Géorgie » a condamné la décision.', ['org:nouvelle-georgie opposed']],
  ['es', 'El partido «Nueva Georgia» condenó la decisión.', ['org:nueva-georgia opposed']],
  ['it', 'Il partito «Nuova Georgia» ha condannato la decisione.', ['org:nuova-georgia opposed']],
  // A name's capitalised words joined by small words ("del", "de la", "per i"); a known place after one says where
  // the organization is, not what it is called.
  ['es', 'La organización Médicos del Mundo condenó la decisión.', ['org:medicos-del-mundo opposed']],
  ['es', 'La ONG Ángeles de la Frontera condenó la decisión.', ['org:angeles-de-la-frontera opposed']],
  ['es', 'La ONG Cáritas de Bolivia condenó la decisión.', ['org:caritas opposed']],
  ['fr', "L'ONG Anges de la Frontière a condamné la décision.", ['org:anges-de-la-frontiere opposed']],
  ['it', 'La ong Medici per i Diritti Umani ha condannato la decisione.', ['org:medici-per-i-diritti-umani opposed']],
  ['it', "L'associazione Antigone di Roma ha condannato la decisione.", ['org:antigone opposed']],
];

describe('organization names by typography', () => {
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
  it.each(OTHER)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
