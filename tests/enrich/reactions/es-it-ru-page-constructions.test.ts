/**
 * Spanish, Italian and Russian constructions met on real news pages, in sentences written for this test (not from
 * any page): a verb form the grammar derives matches only itself ("insta" is not "instalaciones"); a word of a name is
 * no aid object ("Estados Unidos" is no "unidad"); a capitalised word inside a sentence is a name's, no cue
 * ("Верховной Радой"); a passive verb without an actor as its agent names no one who reacted; a sentence adverb set off
 * by a comma before the verb keeps the subject of the sentence before ("Además, rechazó …"); a clause without a subject
 * continues the subject of the clause before, not a name inside it; with cases, a subject after its verb is in the
 * nominative; not recognising an outcome rejects it; whom a call addresses follows its verb (Spanish, Italian); a
 * quote of no one is the speaker's whom the next sentence names as it refers back to it ("Lo ha detto …").
 */
import { describe, expect, it } from 'vitest';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';
import { languageReactionPairs } from '../../support/language-reactions.ts';

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
  // a clause without a subject continues the subject of the clause before, not a name inside it
  ['ru', 'Евросоюз приветствует соглашение о прекращении огня в Восточной Украине и будет поддерживать усилия сторон.', ['org:eu supportive']],
  ['es', 'Turquía condenó los ataques israelíes y pidió a la comunidad internacional actuar.', ['country:TR opposed']],
  ['it', 'Gli Stati Uniti non riconoscono il presidente del Venezuela e non condividono la sentenza.', ['country:US opposed']],
  // with cases, a subject after its verb is in the nominative, or the possessor closing the clause
  ['ru', 'Генеральный секретарь приветствует намерение сторон соблюдать перемирие на востоке Украины.', []],
  ['ru', 'Нападение осудил МИД Франции.', ['country:FR opposed']],
  // not recognising an outcome rejects it
  ['es', 'Estados Unidos no reconoce el resultado de las elecciones.', ['country:US opposed']],
  ['it', "L'Unione europea non riconosce l'esito del voto.", ['org:eu opposed']],
  ['ru', 'Литва не признает итоги выборов.', ['country:LT opposed']],
  // whom a call addresses follows its verb
  ['it', "Esortiamo le autorità iraniane a evitare l'uso della forza.", []],
  ['it', 'Il Giappone ha invitato il governo israeliano alla moderazione.', ['country:JP cautious']],
  // a statement "reads" what it quotes
  ['es', '“Condenamos, en duros términos, el ataque”, reza el comunicado de la Cancillería rusa.', ['country:RU opposed']],
  // an adjective in an oblique case qualifies a noun; in the instrumental it is what a verb of deeming calls something
  ['ru', 'Мониторинг границы и вывод незаконных вооруженных формирований остаются частью плана Украины.', []],
  ['ru', 'Япония сочла обязательства недостаточными.', ['country:JP skeptical']],
  // a quote of no one, named by the sentence after it
  ['it', '«Siamo favorevoli a una tregua». Lo ha detto il ministro degli Esteri del Cile.', ['country:CL supportive']],
  ['es', '"Condenamos el ataque". Así lo afirmó la Cancillería de Chile.', ['country:CL opposed']],
  ['ru', '«Мы решительно осуждаем этот удар». Об этом заявили в МИД Чили.', ['country:CL opposed']],
  ['it', '«Siamo favorevoli a una tregua». Il ministro degli Esteri del Cile è arrivato a Roma.', []],
];

/** A headline whose subject reacts is no report of that subject's own move; nor is a name in a headline's complement. */
const PAGES: [string, string, string, string[]][] = [
  ['es', 'El Consejo de Seguridad de la ONU condenó el golpe en Níger', 'El Consejo de Seguridad de la ONU condenó el golpe en Níger.', ['org:un opposed']],
  ['es', 'Ataque en Damasco contra una misión comercial rusa', '“Condenamos el ataque terrorista”, reza el comunicado de la Cancillería rusa.', ['country:RU opposed']],
];

describe('constructions of real Spanish, Italian and Russian pages', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = languageReactionPairs(language, text);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
  it.each(PAGES)('%s: %s', (language, title, text, expected) => {
    const found = extractLanguageReactions({ title, text, publishedAt: '2026-03-05T10:00:00Z' }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});
