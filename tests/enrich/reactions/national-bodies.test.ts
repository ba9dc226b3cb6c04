/**
 * Who a national body speaks for: a Red Cross or Red Crescent society joined to a state's name or adjective is that
 * state's society (not the International Committee, and not the state); a German federal compound ("Bundes…ministerium")
 * is Germany's; a state body "of the country" ("МИД страны") is the state the sentence named before it; and in a long
 * article that names no other state and no international organization, the one state's words are its own politics.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs, englishReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  // National societies, named by the state's adjective or name as written.
  ['en', 'The Kenya Red Cross said it was alarmed by the clashes.', ['org:kenya-red-cross cautious']],
  ['en', 'The German Red Cross said it was alarmed by the clashes.', ['org:german-red-cross cautious']],
  ['en', 'The Namibia Red Cross Society said it was alarmed by the clashes.', ['org:namibia-red-cross-society cautious']],
  ['en', 'The Turkish Red Crescent sent aid to Syria.', ['org:turkish-red-crescent supportive']],
  ['en', 'The Red Cross said it was alarmed by the clashes.', ['org:icrc cautious']],
  ['de', 'Das Deutsche Rote Kreuz unterstützt die Helfer mit Material.', ['org:german-red-cross supportive']],
  ['fr', 'La Croix-Rouge namibienne a annoncé une aide.', ['org:namibian-red-cross supportive']],
  ['es', 'La Cruz Roja de Namibia anunció ayuda para las familias de las víctimas.', ['org:namibia-red-cross supportive']],
  ['es', 'La Cruz Roja pidió calma.', ['org:icrc cautious']],
  ['it', "La Croce Rossa Svizzera ha inviato un'infermiera nel nord del Camerun.", ['org:swiss-red-cross supportive']],
  ['ru', 'Российский Красный Крест направил помощь пострадавшим.', ['org:russian-red-cross supportive']],
  // German federal compounds speak for Germany.
  ['de', 'Das Bundeswirtschaftsministerium verurteilte den Angriff.', ['country:DE opposed']],
  ['de', 'Ein Sprecher des Bundesinnenministeriums verurteilte den Angriff.', ['country:DE opposed']],
  ['de', 'Der Bundesaußenminister verurteilte den Angriff.', ['country:DE opposed']],
  ['de', 'Die Bundesliga verurteilte den Angriff.', []],
  // A state body "of the country" is the state named before it.
  ['ru', 'Резче всех отреагировала Бразилия: МИД страны назвал соглашение «нарушением обязательств».', ['country:BR opposed']],
  ['ru', 'Бразилия возмутилась, а правительство страны осудило нападение на рыбаков.', ['country:BR opposed']],
  ['ru', 'МИД страны осудил нападение на рыбаков.', []],
  ['ru', 'Бразилия, Аргентина и США – страны-гаранты договора – призвали стороны к сдержанности.', ['country:AR cautious', 'country:BR cautious', 'country:US cautious']],
];

describe('national bodies and whom they speak for', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(language === 'en' ? englishReactionPairs(text) : distinctLanguageReactionPairs(language, text)).toEqual(expected);
  });
});

/** A report of a rail strike at home: six sentences or more, no other state and no international organization. */
const DOMESTIC = [
  'Ein Streik der Lokführer hat am Montag den Fernverkehr weitgehend lahmgelegt.',
  'Nur jeder fünfte Zug fuhr.',
  'Die Gewerkschaft fordert mehr Lohn.',
  'Die Bahn nannte den Streik überzogen.',
  'Pendler wichen auf Autos aus.',
  'Bundesverkehrsminister Patrick Schnieder rief zu einer Schlichtung auf.',
].join('\n\n');

describe('a state reacting at home', () => {
  it.each([
    ['an article that names no other state', DOMESTIC, []],
    ['the same article naming another state', DOMESTIC.replace('Pendler wichen', 'Pendler aus Frankreich wichen'), ['country:DE cautious']],
    ['its last sentence alone', 'Bundesverkehrsminister Patrick Schnieder rief zu einer Schlichtung auf.', ['country:DE cautious']],
  ])('%s', (_name, text, expected) => {
    expect(distinctLanguageReactionPairs('de', text as string)).toEqual(expected);
  });
});
