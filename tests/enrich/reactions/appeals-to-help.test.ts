/**
 * Sentences written for this test (not from any corpus): an appeal to others to help the party a move or a disaster
 * struck backs that party, as aid does; other appeals stay calls for caution.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'The European Union called on its members to help Haiti after the storm.', ['org:eu supportive']],
  ['en', 'Oxfam said families were sleeping outside and urged donors to help.', ['org:oxfam cautious']],
  ['de', 'Die Europäische Union rief ihre Mitgliedstaaten auf, Haiti nach dem Sturm zu helfen.', ['org:eu supportive']],
  ['fr', "L'Union européenne a appelé ses membres à aider Haïti après la tempête.", ['org:eu supportive']],
  ['es', 'La Unión Europea pidió a sus miembros ayudar a Haití tras la tormenta.', ['org:eu supportive']],
  ['it', "L'Unione europea ha chiesto ai Paesi membri di aiutare Haiti dopo la tempesta.", ['org:eu supportive']],
  ['ru', 'Европейский союз призвал страны-члены помочь Гаити после урагана.', ['org:eu supportive']],
  ['de', 'Die Europäische Union rief beide Seiten zur Zurückhaltung auf.', ['org:eu cautious']],
];

describe('an appeal to help', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(language === 'en' ? englishReactionPairs(text) : languageReactionPairs(language, text)).toEqual(expected);
  });
});
