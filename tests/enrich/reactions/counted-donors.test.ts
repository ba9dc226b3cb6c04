/**
 * Donors listed after a first one with their verb left out take its aid when a count follows each name, in digits or
 * in words ("Chile sent three planes, Peru two"), names joined by "and" sharing one count; a Russian dash stands for
 * the verb and "по" may open the count; an aid word may take the count's place ("y Perú, carpas"). Firefighters, loans, credits and financing are aid an aid verb gives. Number
 * words come from CLDR (src/text/data/number-words.json). Sentences written for this test, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const ENGLISH: [string, string[]][] = [
  ['Chile sent three water bombers, Peru two helicopters and Bolivia one field hospital.', ['country:CL supportive', 'country:PE supportive', 'country:BO supportive']],
  ['Norway dispatched six rescuers, Sweden and Finland ten each.', ['country:NO supportive', 'country:SE supportive', 'country:FI supportive']],
  // A count followed by "of" names a part, not a gift; a name with a verb of its own is its own clause.
  ['Norway sent rescuers, and Sweden one of its ministers said nothing.', ['country:NO supportive']],
  ['Norway sent rescuers, and Sweden criticised the delay.', ['country:NO supportive', 'country:SE opposed']],
  ['Canada sent firefighters to the burning province.', ['country:CA supportive']],
  // "trucks" is a noun: only "trucked" and "trucking" are the verb that moves aid.
  ['The Canadian Forces responded with ladder trucks, to allow firefighters to reach the roof.', []],
  ['Canada trucked blankets and tents to the burning province.', ['country:CA supportive']],
  ['The World Bank offered a loan for the new reservoir.', ['org:world-bank supportive']],
  ['Japan pledged financing for the damaged bridges.', ['country:JP supportive']],
];

const LANGUAGES: [string, string, string[]][] = [
  ['fr', "Le Chili a envoyé trois avions, le Pérou deux hélicoptères.", ['country:CL supportive', 'country:PE supportive']],
  ['it', "Il Cile ha inviato tre aerei, il Perù e la Bolivia due elicotteri ciascuno.", ['country:CL supportive', 'country:PE supportive', 'country:BO supportive']],
  ['es', 'Chile envió tres aviones, Perú dos helicópteros y Bolivia un hospital de campaña.', ['country:CL supportive', 'country:PE supportive', 'country:BO supportive']],
  ['de', 'Norwegen schickte sechs Hubschrauber, Schweden zwei.', ['country:NO supportive', 'country:SE supportive']],
  ['ru', 'Норвегия направила шесть спасателей, Швеция и Финляндия — по десять.', ['country:NO supportive', 'country:SE supportive', 'country:FI supportive']],
  ['ru', 'Норвегия направила шесть спасателей, Швеция — два самолёта.', ['country:NO supportive', 'country:SE supportive']],
  // A Russian dash stands for the verb whatever was given, after "а"; not a copula's dash ("— это").
  ['ru', 'Норвегия направила насосы, а Швеция — палатки и одеяла.', ['country:NO supportive', 'country:SE supportive']],
  ['ru', 'Норвегия направила насосы, а Швеция — это соседняя страна.', ['country:NO supportive']],
  // An aid word may stand for the count, right after the later name or a comma.
  ['es', 'Chile envió un avión con víveres y Perú, carpas y mantas.', ['country:CL supportive', 'country:PE supportive']],
  ['it', 'Il Cile ha inviato un aereo con viveri, il Perù tende e coperte.', ['country:CL supportive', 'country:PE supportive']],
  // No count after the later name: it is no donor.
  ['fr', "Le Chili a envoyé trois avions, le Pérou attend la fin de la saison sèche.", ['country:CL supportive']],
  ['de', 'Kanada entsandte 40 Feuerwehrleute in die Provinz.', ['country:CA supportive']],
  // "zur Verfügung stellen" gives what it makes available when that is aid; not a minister available for questions.
  ['de', 'Kanada stellte zwei Löschflugzeuge zur Verfügung.', ['country:CA supportive']],
  ['de', 'Kanada bot an, seine Fachleute zur Verfügung zu stellen.', ['country:CA supportive']],
  ['de', 'Der kanadische Minister stand für Fragen zur Verfügung.', []],
  // Russian perfective "прислать", "послать": aid when what is sent is aid.
  ['ru', 'Ливия прислала группу спасателей.', ['country:LY supportive']],
  ['ru', 'Норвегия послала два самолёта с палатками.', ['country:NO supportive']],
  ['ru', 'Норвегия прислала ответ на запрос.', []],
  ['fr', 'La Banque mondiale a proposé un financement pour le barrage.', ['org:world-bank supportive']],
  ['es', 'El Banco Mundial ofreció un crédito para la represa.', ['org:world-bank supportive']],
  ['ru', 'Всемирный банк предложил кредит на строительство плотины.', ['org:world-bank supportive']],
  ['it', 'La Banca mondiale ha offerto un prestito per la diga.', ['org:world-bank supportive']],
];

describe('donors whose verb is left out before a count', () => {
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
  it.each(LANGUAGES)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual([...expected].sort());
  });
});
