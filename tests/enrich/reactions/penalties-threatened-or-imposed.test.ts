/**
 * Threats in five languages, written for this test (not from any corpus): a state threatening sanctions, retaliation
 * or consequences opposes the move (CAMEO 130), as English "threatened sanctions" does; a threat with no penalty
 * held out ("the closure threatens millions", "a famine threatens the country") is no one's reaction. Imposing
 * sanctions opposes too (CAMEO 163), and so does demanding that those responsible be punished, named by a noun or a
 * participle ("vengano puniti", "sean juzgados", "были наказаны").
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['it', 'Greenpeace ha chiesto che i responsabili siano puniti.', ['org:greenpeace opposed']],
  ['es', 'Greenpeace exigió que los responsables sean juzgados.', ['org:greenpeace opposed']],
  ['fr', 'Greenpeace a demandé que les responsables soient punis.', ['org:greenpeace opposed']],
  ['ru', 'Greenpeace потребовал, чтобы виновные были наказаны.', ['org:greenpeace opposed']],
  ['de', 'Greenpeace forderte, die Verantwortlichen müssten bestraft werden.', ['org:greenpeace opposed']],
  ['it', "La Francia ha chiesto un processo d'appello equo.", ['country:FR cautious']],
  ['de', 'Washington drohte mit Sanktionen.', ['country:US opposed']],
  ['de', 'Russland drohte Litauen mit Vergeltung.', ['country:RU opposed']],
  ['de', 'Dem Land droht eine Hungersnot.', []],
  ['fr', 'Washington a menacé de sanctions les entreprises impliquées.', ['country:US opposed']],
  ['fr', 'Selon Paris, la fermeture du port menace directement des millions de personnes.', []],
  ['es', 'Washington amenazó con sanciones a las empresas.', ['country:US opposed']],
  ['es', 'La sequía amenaza las cosechas de Chile.', []],
  ['it', 'Washington ha minacciato sanzioni contro le aziende coinvolte.', ['country:US opposed']],
  ['it', 'Preoccupazione anche a Tokyo, dove il governo ha definito inaccettabile qualsiasi minaccia alla navigazione.', ['country:JP opposed']],
  ['ru', 'В Вашингтоне пригрозили санкциями компаниям, которые примут участие в строительстве.', ['country:US opposed']],
  ['ru', 'Москва пригрозила ответными мерами.', ['country:RU opposed']],
  // Imposing sanctions opposes (CAMEO 163); imposing anything else is no reaction.
  ['de', 'Die EU verhängte Sanktionen gegen Minsk.', ['org:eu opposed']],
  ['fr', "L'UE a imposé des sanctions à Minsk.", ['org:eu opposed']],
  ['es', 'La UE impuso sanciones a Minsk.', ['org:eu opposed']],
  ['it', "L'Ue ha imposto sanzioni a Minsk.", ['org:eu opposed']],
  ['ru', 'ЕС ввёл санкции против Минска.', ['org:eu opposed']],
  ['ru', 'Власти ввели режим чрезвычайной ситуации.', []],
  ['fr', 'Le gouvernement a imposé un couvre-feu.', []],
  // A German compound ending in a punishment is one, also after a suspended first half ("Waffen- und …").
  ['de', 'Schweden forderte ein Öl- und Gasembargo gegen das Regime.', ['country:SE opposed']],
  ['de', 'Schweden forderte den Sicherheitsrat auf, neue Finanzsanktionen zu verhängen.', ['country:SE opposed']],
];

describe('threats hold out a penalty', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
