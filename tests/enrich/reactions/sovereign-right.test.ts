/**
 * Saying that the move's maker had every right, or the sovereign right, to make it defends the move (CAMEO 052): a
 * supportive reaction of the one who says so, never of the state said to have the right; in narration ("Chad has the
 * right to appeal") it is no one's reaction. A verb of backing before the right keeps its own subject. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['en', 'Turkey said Qatar had every right to close its airspace.', ['country:TR supportive']],
  ['en', 'Turkey said every state had the right to decide who crosses its borders.', ['country:TR supportive']],
  ['en', 'Qatar has the right to appeal the ruling.', []],
  ['ru', 'Представитель МИД Турции заявил, что Катар имеет «суверенное право» закрыть воздушное пространство.', ['country:TR supportive']],
  ['it', 'Il governo turco ha ribadito che il Qatar ha «ogni diritto» di chiudere il suo spazio aereo.', ['country:TR supportive']],
  ['fr', "La Turquie a défendu le « droit souverain » du Qatar à fermer son espace aérien.", ['country:TR supportive']],
];

describe('a right to act, said of the move’s maker', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = language === 'en' ? englishReactionPairs(text) : languageReactionPairs(language, text);
    expect([...new Set(found)].sort()).toEqual(expected);
  });
});
