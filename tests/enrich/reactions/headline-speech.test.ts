/**
 * A headline whose subject is followed by a verb of saying and a reaction ("Захарова заявила об осуждении …") names a
 * reacting actor, not the agent of the news, so the body's reaction of that actor stands; a headline that reports the
 * actor's own move still makes its defence of it no reaction. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

const CASES: [string, string, string, string[]][] = [
  // [language, headline, text, expected "actor stance" pairs]
  ['ru', 'Захарова заявила об осуждении удара по Бейруту', 'Россия осуждает авиационный удар по Бейруту. Об этом заявила на брифинге Мария Захарова.', ['country:RU opposed']],
  ['ru', 'Захарова заявила о решительном осуждении удара по Бейруту', 'Россия осуждает авиационный удар по Бейруту, заявила Мария Захарова.', ['country:RU opposed']],
  ['ru', 'Россия выслала двух эстонских дипломатов', 'В Москве заявили, что высылка была необходимой и оправданной мерой.', []],
];

describe('a headline that reports what its subject said', () => {
  it.each(CASES)('%s: %s / %s', (language, title, text, expected) => {
    const found = extractLanguageReactions({ title, text, publishedAt: '2026-03-02T09:00:00Z' }, language);
    expect([...new Set(found.map((r) => `${r.actor.key} ${r.stance}`))].sort()).toEqual(expected);
  });
});
