/**
 * Solidarity with a side that objects joins its objection: standing with a state that condemned the move opposes the
 * move, in every language read; solidarity with a state struck by nature, with no objection of its own, stays support,
 * and so does standing by the side the headline names first (the one whose move it reports). Backing a side that
 * objects, named right after the word of backing, joins its objection too; a name after "against" is no side. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const CASES: [string, string, string, string[]][] = [
  // [language, headline, text, expected "actor stance" pairs]
  ['en', 'Expulsion row', 'Peru condemned the expulsion of its ambassador. Chile expressed its solidarity with Lima.', ['country:CL opposed', 'country:PE opposed']],
  ['en', 'Expulsion row', 'Peru condemned the expulsion of its ambassador. Chile sided with Peru.', ['country:CL opposed', 'country:PE opposed']],
  ['en', 'Quake in Peru', 'An earthquake struck Peru. Chile expressed its solidarity with Lima.', ['country:CL supportive']],
  // The side is the first name after the cue; a name further on is what the solidarity says.
  ['en', 'Bolivia halts gas exports to Peru', 'Peru condemned the halt. Chile sided with La Paz, saying Peru had underpaid for years.', ['country:CL supportive', 'country:PE opposed']],
  ['es', 'Bolivia suspende la exportación de gas a Perú', 'Perú condenó la suspensión. Chile cerró filas con La Paz, que vende gas a Perú desde 2006.', ['country:CL supportive', 'country:PE opposed']],
  ['en', 'Peru expels two diplomats', 'Peru condemned the interference. Chile expressed its solidarity with Lima.', ['country:CL supportive', 'country:PE opposed']],
  ['es', 'Disputa diplomática', 'Perú condenó la expulsión de su embajador. Chile cerró filas con Perú.', ['country:CL opposed', 'country:PE opposed']],
  ['es', 'Terremoto en Perú', 'Perú recibió ayuda tras el terremoto. Chile expresó su solidaridad con Perú.', ['country:CL supportive']],
  ['ru', 'Спор на границе', 'Литва осудила решение Минска. Польша выразила солидарность с Литвой.', ['country:LT opposed', 'country:PL opposed']],
  // The headline's agent speaks of its own move (dropped); standing by it is support.
  ['ru', 'Литва закрыла границу', 'Литва осудила решение Минска. Польша выразила солидарность с Литвой.', ['country:PL supportive']],
  ['it', 'Confine chiuso', "La Slovenia ha condannato la chiusura del confine. L'Austria si è schierata con Lubiana.", ['country:AT opposed', 'country:SI opposed']],
  ['de', 'Grenze geschlossen', 'Finnland verurteilte die Schließung der Grenze. Schweden erklärte sich solidarisch mit Finnland.', ['country:FI opposed', 'country:SE opposed']],
  ['fr', 'Pêcheurs arrêtés', "Le Sénégal a condamné l'arrestation de ses pêcheurs. Le Mali a exprimé sa solidarité avec Dakar.", ['country:ML opposed', 'country:SN opposed']],
  ['en', 'Dam on the Nile', "Egypt condemned the dam's filling. Sudan firmly supports Egypt's position.", ['country:EG opposed', 'country:SD opposed']],
  ['en', 'Dam on the Nile', "Egypt condemned the dam's filling. Sudan supported new sanctions against Egypt.", ['country:EG opposed', 'country:SD supportive']],
  ['ru', 'Плотина на Ниле', 'Египет осудил заполнение плотины. Судан заявил о поддержке позиции Каира.', ['country:EG opposed', 'country:SD opposed']],
  ['fr', 'Barrage sur le Nil', "L'Égypte a condamné le remplissage du barrage. Le Soudan a réaffirmé son « soutien » à la position égyptienne.", ['country:EG opposed', 'country:SD opposed']],
  ['de', 'Staudamm am Nil', 'Ägypten verurteilte die Füllung des Staudamms. Der Sudan bekundete seine Unterstützung für Ägypten.', ['country:EG opposed', 'country:SD opposed']],
  ['es', 'Presa en el Nilo', 'Egipto condenó el llenado de la presa. Sudán expresó su apoyo a Egipto.', ['country:EG opposed', 'country:SD opposed']],
  ['it', 'Diga sul Nilo', "L'Egitto ha condannato il riempimento della diga. Il Sudan ha espresso sostegno all'Egitto.", ['country:EG opposed', 'country:SD opposed']],
  ['ru', 'Плотина на Ниле', 'Египет осудил заполнение плотины. Судан поддержал санкции против Египта.', ['country:EG opposed', 'country:SD supportive']],
  // Standing by a struck state, in each language's idiom, is support where nobody objects.
  ['en', 'Floods in Nepal', 'Floods hit Nepal. India said it "stands shoulder to shoulder with" the Nepali people.', ['country:IN supportive']],
  ['fr', 'Inondations au Népal', "Des inondations ont frappé le Népal. « La France se tient aux côtés du Népal », a écrit Emmanuel Macron.", ['country:FR supportive']],
  ['de', 'Flut in Nepal', 'Eine Flut traf Nepal. Deutschland stehe an der Seite Nepals, erklärte das Auswärtige Amt.', ['country:DE supportive']],
  ['it', 'Alluvione in Nepal', "Un'alluvione ha colpito il Nepal. L'Italia resterà al fianco del Nepal, ha detto il ministro.", ['country:IT supportive']],
  ['es', 'Inundaciones en Nepal', 'Las inundaciones golpearon Nepal. España está al lado de Nepal, dijo el ministro.', ['country:ES supportive']],
];

describe('solidarity with a side that objects', () => {
  it.each(CASES)('%s: %s / %s', (language, title, text, expected) => {
    const input = { title, text, publishedAt: '2026-04-01T12:00:00Z' };
    const found = language === 'en' ? extractReactions(input) : extractLanguageReactions(input, language);
    expect([...new Set(found.map((r) => `${r.actor.key} ${r.stance}`))].sort()).toEqual(expected);
  });
});
