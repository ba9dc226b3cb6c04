/**
 * Calling a move incompatible with a rule or a resolution opposes it (CAMEO 111), in every language read; what it is
 * incompatible with is its object, never a speaker ("incompatibles avec la position de la Géorgie" does not make
 * Georgia speak when another actor does). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'Chile called the licences incompatible with UN resolutions.', ['country:CL opposed']],
  ['de', 'Chile nannte die Lizenzen unvereinbar mit den Resolutionen der Vereinten Nationen.', ['country:CL opposed']],
  ['fr', "Le Chili a jugé ces licences « incompatibles avec les résolutions de l'ONU ».", ['country:CL opposed']],
  ['fr', 'Le Chili a jugé le projet incompatible avec la candidature de la Géorgie à l’UE.', ['country:CL opposed']],
  ['es', 'Chile calificó las licencias de incompatibles con las resoluciones de la ONU.', ['country:CL opposed']],
  ['it', "Il Cile ha definito le licenze incompatibili con le risoluzioni dell'Onu.", ['country:CL opposed']],
  ['ru', 'Чили назвала лицензии несовместимыми с резолюциями ООН.', ['country:CL opposed']],
];

describe('incompatible with', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = language === 'en' ? englishReactionPairs(text) : languageReactionPairs(language, text);
    expect([...found].sort()).toEqual(expected);
  });
});
