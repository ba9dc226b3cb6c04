import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/enrich/entities/extract-entities.ts';
import { mergePeople, type PersonData } from '../../../src/enrich/entities/gazetteer-data.ts';
import { gazetteer } from '../../../src/enrich/entities/gazetteer.ts';
import { languageReactionPairs } from '../../support/language-reactions.ts';

/** The country of the one person the text names, or all persons' countries when it names more or fewer. */
function personCountries(text: string): Array<string | null> {
  return extractEntities({ title: 'World news', text })
    .filter((e) => e.entity.kind === 'person')
    .map((e) => e.entity.country);
}

describe('world leaders generated from the CIA World Factbook', () => {
  it.each([
    ['Prime Minister James Marape told parliament that the mine would reopen next year.', 'PG'],
    ['President Bernardo Arévalo said on Friday that the new attorney general would be named within weeks.', 'GT'],
    ['Belize will host the regional summit, Prime Minister John Briceño announced at a press conference.', 'BZ'],
    ['Speaking after the vote, Marape said the opposition had run out of ideas.', 'PG'],
    ['The Egyptian premier, Mostafa Madbouly, opened a new power plant near Aswan on Monday.', 'EG'],
    ['Guyana and Venezuela must settle the matter in court, said President Mohammed Irfaan Ali.', 'GY'],
    // a second given name with the surname ("Antonio Luis Montenegro"), beside a curated person of that country sharing
    // only the first given name (António Costa); the surname alone is a country's name
    ['Prime Minister Luís Montenegro told reporters in Lisbon that the budget would pass.', 'PT'],
    // of two surnames, father's then mother's, the first is the one in use (the Factbook writes both in capitals)
    ['Speaking in Brussels, Pedro Sánchez said the budget would pass.', 'ES'],
  ])('%s', (text, country) => {
    expect(personCountries(text)).toEqual([country]);
  });

  it.each([
    ["Jamaica's Prime Minister Andrew Holness said the killing was an outrage.", ['country:JM', 'person:andrew-holness']],
    ["South Africa's Foreign Minister Ronald Lamola spoke after the vote.", ['country:ZA', 'person:ronald-lamola']],
  ])('names the state of the office before a person too: %s', (text, keys) => {
    expect(extractEntities({ title: '', text }).map((e) => e.entity.key).sort()).toEqual(keys);
  });

  it('keeps a head of state who represents another country out: Charles III speaks for no realm but his own', () => {
    const charles = gazetteer().data.people.filter((p) => /Charles III/.test(p.name));
    expect(charles.map((p) => p.country)).toEqual(['GB']);
  });

  it('lets the curated people win over generated ones', () => {
    const curated: PersonData[] = [
      { id: 'javier-milei', name: 'Javier Milei', aliases: ['Milei'], country: 'AR', roles: [{ title: 'president', of: 'country:AR', from: '2023-12-10', to: null, leader: true }] },
    ];
    const generated: PersonData[] = [
      { id: 'javier-gerardo-milei', name: 'Javier Gerardo Milei', aliases: [], country: 'AR', roles: [{ title: 'president', of: 'country:AR', from: '2026-01-22', to: null, leader: true }] },
      { id: 'ana-example', name: 'Ana Example', aliases: ['Milei'], country: 'UY', roles: [{ title: 'president', of: 'country:UY', from: '2026-01-22', to: null, leader: true }] },
      { id: 'pedro-sample', name: 'Pedro Sample', aliases: ['Sample'], country: 'AR', roles: [{ title: 'vice president', of: 'country:AR', from: '2026-01-22', to: null, leader: true }] },
      // sharing only a given name with a curated person is someone else
      { id: 'javier-otro', name: 'Javier Otro', aliases: [], country: 'AR', roles: [{ title: 'prime minister', of: 'country:AR', from: '2026-01-22', to: null }] },
    ];
    const merged = mergePeople(curated, generated);
    expect(merged.map((p) => p.id)).toEqual(['javier-milei', 'pedro-sample', 'javier-otro']);
    expect(merged[1]?.roles[0]?.leader).toBe(false);
  });
});

describe('generated leaders in other languages', () => {
  it.each([
    // a surname transliterated
    ['ru', 'Марапе осудил решение.', ['country:PG opposed']],
    // a longer name's last word is no surname: "León" of "Arévalo de León", "Cruz" of "Marrero Cruz"
    ['it', 'Papa Leone XIV ha espresso la sua gioia per lo scambio.', ['country:VA supportive']],
    ['es', 'La Cámara de Comercio de Santa Cruz advirtió que la reforma fracasará.', []],
    // a surname that is an everyday word of a language read here is matched only in the full name: German "Frieden"
    ['de', 'Der Frieden bleibt brüchig, warnte der Bischof.', []],
    ['de', 'Premierminister Luc Frieden verurteilte den Angriff.', ['country:LU opposed']],
    // a common surname ("Rodríguez", "Castro") is matched only in a full name
    ['es', 'Rodríguez criticó la decisión del Gobierno.', []],
    // a given name that opens another leader's name ("Mohamed" of "Abdoulkader Mohamed", Djibouti) is no surname alone
    ['de', 'Der Sprecher Mohamed Bakar Idriss verurteilte den Angriff scharf.', []],
    ['it', 'Il portavoce Ibrahim Said ha condannato l\'attacco.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
