/**
 * Sentences written for this test (not from any corpus): regret beside a call for caution by the same speaker is a
 * call for caution, in English as in the other languages, the Russian noun of regret included ("выразила сожаление и
 * призвала …"); regret alone, or beside a call for sanctions, stays disapproval.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs, languageReactionPairs } from '../../support/language-reactions.ts';

const ENGLISH: [string, string[]][] = [
  ['Belgium regretted the decision and urged Kinshasa to agree an orderly handover.', ['country:BE cautious']],
  ['Belgium deplored the vote and called on both sides to show restraint.', ['country:BE cautious']],
  ['Belgium regretted the decision.', ['country:BE opposed']],
  ['Belgium regretted the decision and called for sanctions.', ['country:BE opposed']],
];

const OTHER: [string, string, string[]][] = [
  ['ru', 'Бельгия выразила сожаление и призвала Киншасу к упорядоченной передаче полномочий.', ['country:BE cautious']],
  ['ru', 'Бельгия выразила сожаление в связи с решением Киншасы.', ['country:BE opposed']],
];

describe('regret and appeal', () => {
  it.each(ENGLISH)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual(expected);
  });
  it.each(OTHER)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
