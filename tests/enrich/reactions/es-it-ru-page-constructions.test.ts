/**
 * Spanish, Italian and Russian constructions met on real news pages, in sentences written for this test (not from
 * any page): a verb form the grammar derives matches only itself ("insta" is not "instalaciones"); a word of a name is
 * no aid object ("Estados Unidos" is no "unidad"); a capitalised word inside a sentence is a name's, no cue
 * ("Верховной Радой"); a passive verb without an actor as its agent names no one who reacted; a sentence adverb set off
 * by a comma before the verb keeps the subject of the sentence before ("Además, rechazó …").
 */
import { describe, expect, it } from 'vitest';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

const CASES: [string, string, string[]][] = [
  // derived verb forms match only themselves
  ['es', 'Bolivia inauguró las instalaciones del nuevo puerto.', []],
  ['es', 'Chile insta a las partes a la calma.', ['country:CL cautious']],
  // a word of a name is no aid object
  ['es', 'El presidente de Estados Unidos anunció un arancel del 20% a las importaciones.', []],
  ['es', 'Japón anunció el envío de ayuda humanitaria a Filipinas.', ['country:JP supportive']],
  // a capitalised word inside a sentence belongs to a name
  ['ru', 'Закон принят Верховной Радой Украины в четверг.', []],
  ['ru', 'Киев приветствовал решение Брюсселя.', ['country:UA supportive']],
  // a passive names who judged only by its agent
  ['es', 'El llamado de la UE fue respaldado por otros líderes.', []],
  ['it', 'Il terremoto è stato avvertito anche a Roma.', []],
  ['es', 'El acuerdo fue respaldado por Japón.', ['country:JP supportive']],
  ['it', "L'accordo è stato accolto con favore dal Giappone.", ['country:JP supportive']],
  // a sentence adverb before the verb keeps the subject of the sentence before
  ['es', 'El canciller de Perú viajó a Quito. Además, condenó el ataque.', ['country:PE opposed']],
  ['it', "Il ministro degli Esteri del Perù è arrivato a Quito. Inoltre, ha condannato l'attacco.", ['country:PE opposed']],
  ['es', 'Perú votó en contra. Por su parte, Chile criticó la resolución.', ['country:CL opposed']],
  ['es', 'Además, los analistas criticaron el plan.', []],
];

describe('constructions of real Spanish, Italian and Russian pages', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = extractLanguageReactions({ title: '', text, publishedAt: '2026-03-05T10:00:00Z' }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});
