/**
 * A headline that reports its subject's own move makes that subject the event's agent, whose words are no reaction;
 * a headline that reports a reaction does not, also where German's perfect puts the reaction verb last ("Die
 * Bundesregierung hat … verurteilt"), where it names a response ("en respuesta a"), or where its subject goes on after
 * a conjunction to react (", pero rechaza …"), or quotes what a naming verb calls the event ("spricht von
 * „Verbrechen“"); a place after a preposition ("Ölteppich vor Polen") is no subject, and the states it puts the event in give no aid
 * to themselves; a demonym qualifying those it says were killed names the victims' side, no agent. Sentences written
 * for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

const CASES: [string, string, string, string[]][] = [
  ['de', 'Die Bundesregierung hat die Raketenangriffe auf Israel scharf verurteilt', 'Die Bundesregierung hat die Raketenangriffe auf Israel verurteilt.', ['country:DE opposed']],
  ['de', 'Österreich hat den Angriff verurteilt', 'Wien verurteilte den Angriff auf das Schärfste.', ['country:AT opposed']],
  ['de', 'Österreich hat Sanktionen gegen Belarus verhängt', 'Wien verurteilte zugleich die Festnahmen in Minsk.', []],
  ['fr', "L'Autriche a condamné l'attaque", "Vienne a condamné l'attaque.", ['country:AT opposed']],
  // A headline about a response, or whose subject goes on after a conjunction to react, names no agent.
  ['es', 'Chile ordena aranceles contra Perú en respuesta a sus medidas', 'Chile criticó las medidas de Lima.', ['country:CL opposed']],
  ['es', 'Chile mantiene abierta la vía diplomática, pero rechaza presiones', 'Chile rechazó las presiones de Lima.', ['country:CL opposed']],
  ['es', 'Chile impone aranceles a Perú', 'Chile criticó a Lima.', []],
  ['it', 'Il Cile annuncia dazi in risposta alle misure del Perù', 'Il Cile ha criticato Lima.', ['country:CL opposed']],
  // What a naming verb calls the event, quoted, is a reaction in a headline too; a place after "vor" or "auf" is no subject.
  ['de', 'Polen spricht von „feigem Verbrechen“', 'Warschau sprach von einem „feigen Verbrechen“.', ['country:PL opposed']],
  ['de', 'Ölteppich vor Polen', 'Polen sprach von einem „Verbrechen“.', ['country:PL opposed']],
  ['de', 'Drohnenangriff auf Polen', 'Polen verurteilte den Angriff.', ['country:PL opposed']],
  // A demonym qualifying people the headline says were killed names the victims' side, which reacts; an agent's still does not.
  ['fr', 'Trois pêcheurs chiliens tués près de la frontière', "Le président Gabriel Boric a dénoncé une « agression injustifiable ».", ['country:CL opposed']],
  ['es', 'Tres pescadores chilenos mueren baleados en la frontera', 'El canciller chileno calificó el ataque de "asesinato".', ['country:CL opposed']],
  ['es', 'Guardacostas chilenos disparan contra pescadores peruanos', 'Chile defendió la actuación de sus agentes y criticó a Lima.', []],
  // The states a headline puts the event in send their rescuers into their own valleys: no reaction; a donor named
  // beside them still reacts.
  ['de', 'Erdbeben: Dutzende Tote in Bolivien und Peru', 'Peru schickte Rettungskräfte und Zelte in die Region.', []],
  ['it', 'Alluvione in Marocco, decine di morti', 'Il Marocco ha inviato squadre di soccorso in elicottero.', []],
  ['it', 'Alluvione in Marocco, decine di morti', 'La Spagna ha inviato squadre di soccorso in elicottero.', ['country:ES supportive']],
  ['fr', 'Séisme au Pérou : la Suisse promet son aide', 'La Suisse a promis une aide de deux millions de francs au Pérou.', ['country:CH supportive']],
  ['fr', 'Séisme au Pérou', 'Le Pérou a promis une aide de deux millions de francs aux sinistrés.', []],
  // Its appeals ask help for itself; a donor's appeal to others to help it still reacts, backing it (appeals-to-help).
  ['es', 'Inundaciones en Bolivia, decenas de muertos', 'Bolivia pidió a la comunidad internacional tiendas y medicinas.', []],
  ['es', 'Inundaciones en Bolivia, decenas de muertos', 'Chile pidió a la comunidad internacional ayudar a Bolivia.', ['country:CL supportive']],
];

describe('reaction headlines', () => {
  it.each(CASES)('%s: %s', (language, title, text, expected) => {
    const found = extractLanguageReactions({ title, text, publishedAt: '2026-03-05T10:00:00Z' }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});

describe('English headlines: a struck state appeals for itself', () => {
  it.each([
    ['Floods kill dozens in Bolivia', 'Bolivia appealed for tents and medicines.', []],
    ['Floods kill dozens in Bolivia', 'Chile appealed for help for Bolivia.', ['country:CL cautious']],
  ])('%s: %s', (title, text, expected) => {
    const found = extractReactions({ title, text, publishedAt: '2026-03-05T10:00:00Z' }).map((r) => `${r.actor.key} ${r.stance}`);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});
