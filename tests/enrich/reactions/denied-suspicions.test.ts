/**
 * Sentences written for this test (not from any corpus): a rejection of suspicion, insinuations or slander, or of
 * attempts to charge someone, is a denial, a stance on another matter (the corpus rules' "Moscow denies the
 * accusations"), in every language; so is what the denier goes on to say in the same sentence, whether or not the
 * denial's verb is itself a cue ("denied the group was involved and accused …"). A rejection of the move
 * itself stays opposition.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const ENGLISH: [string, string[]][] = [
  ['Belarus rejected "any suspicion" of involvement in the blast.', []],
  ['The Kremlin dismissed what it called "malicious insinuations" and said the explosion was "an accident".', []],
  ['Minsk rejected what it termed a "smear campaign".', []],
  ['Serbia rejected "attempts to blame Belgrade for the unrest".', []],
  ['Serbia rejected the sanctions and said they were "illegal".', ['country:RS opposed']],
  ['Belarus rejected the accusations. Poland said the blast was "a deliberate provocation".', ['country:PL opposed']],
  // The denial need not be a cue itself: the charge it rejects makes it one, and the counter-charge defends.
  ['A Hezbollah spokesman denied the group was involved and accused Israel of shelling the town.', []],
  ['Rwanda denied its troops were involved and accused Kinshasa of lying.', []],
  ['Hezbollah denied any role and condemned the shelling.', []],
];

const OTHER: [string, string, string[]][] = [
  ['de', 'Minsk wies jeden Verdacht zurück.', []],
  ['de', 'Belgrad wies die Unterstellungen zurück.', []],
  ['fr', 'Minsk a dénoncé une « campagne de calomnies » contre la Biélorussie.', []],
  ['fr', 'Belgrade a rejeté les insinuations de Pristina.', []],
  ['es', 'Belgrado rechazó las insinuaciones de Pristina.', []],
  ['it', 'Belgrado ha respinto «i tentativi di accusare la Serbia».', []],
  ['it', 'Belgrado ha respinto le insinuazioni di Pristina.', []],
  ['ru', 'Минск выступил против «попыток обвинить Белоруссию» во взрыве.', []],
  ['ru', 'Белград выступил против санкций.', ['country:RS opposed']],
  ['it', 'Belgrado ha respinto le sanzioni.', ['country:RS opposed']],
];

describe('denied suspicions', () => {
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
  it.each(OTHER)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
