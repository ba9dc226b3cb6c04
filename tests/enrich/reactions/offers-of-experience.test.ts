/**
 * Sentences written for this test (not from any corpus): an offer to share a country's experience or expertise, and
 * ambulances, surgeons, paramedics and laboratories sent or offered, are help like any other (CAMEO 070); an offer of "no" help is none.
 */
import { describe, expect, it } from 'vitest';
import { reactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'Chile offered to share its experience in rebuilding after earthquakes.', ['country:CL supportive']],
  ['en', 'Norway offered its expertise in oil spill clean-up.', ['country:NO supportive']],
  ['en', 'Kenya sent ten ambulances to the border.', ['country:KE supportive']],
  ['en', 'Canada also offered aerial firefighting support.', ['country:CA supportive']],
  ['en', 'Russia offered no aid.', []],
  ['en', 'Brazil sent no support to the region.', []],
  ['fr', 'Le Chili a proposé de partager son expérience de la reconstruction.', ['country:CL supportive']],
  ['es', 'Colombia ofreció su experiencia en el desminado.', ['country:CO supportive']],
  ['it', 'La Slovenia ha inviato tre ambulanze e due chirurghi.', ['country:SI supportive']],
  ['de', 'Österreich schickte zwei Krankenwagen über die Grenze.', ['country:AT supportive']],
  ['ru', 'Казахстан предложил поделиться опытом борьбы с паводками.', ['country:KZ supportive']],
  ['en', 'Sweden offered the use of its laboratories.', ['country:SE supportive']],
  ['de', 'Die Schweiz bot an, Bodenproben in ihren Labors zu untersuchen.', ['country:CH supportive']],
  ['fr', 'La Belgique a proposé de tester les prélèvements dans ses laboratoires.', ['country:BE supportive']],
  ['ru', 'Финляндия предложила проверить воду в своих лабораториях.', ['country:FI supportive']],
];

describe('offers of experience, medical help and laboratories', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(reactionPairs(language, text)).toEqual(expected);
  });
});
