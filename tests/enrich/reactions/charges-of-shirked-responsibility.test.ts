/**
 * Sentences written for this test (not from any corpus): a charge that names whom it charges keeps charging when
 * what it charges is shirking responsibility or involvement ("accused Lisbon of dodging its responsibilities"): the
 * responsibility is the accused's, not one the speaker refuses. A rejection of responsibility, and a denunciation of
 * slander that names no one, still defend.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['es', 'Marruecos acusó a Portugal de “eludir sus responsabilidades” con los pescadores.', ['country:MA opposed']],
  ['fr', 'Le Sénégal a accusé la Mauritanie de « fuir ses responsabilités » envers les réfugiés.', ['country:SN opposed']],
  ['it', 'La Grecia ha accusato la Turchia di «sottrarsi alle proprie responsabilità».', ['country:GR opposed']],
  ['es', 'Chile rechazó cualquier responsabilidad en el accidente.', []],
  ['fr', 'Le Venezuela a dénoncé une « campagne de calomnies » contre Cuba.', []],
];

describe('a charge of shirked responsibility', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
