/**
 * The manner of a verb of reacting gives its stance in five languages ("reagierte scharf", "a réagi avec prudence",
 * "reaccionó con dureza", "ha reagito con cautela", "резко отреагировал"), as "reacted cautiously" does in English.
 * Written for this test (not from any corpus).
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Kiew reagierte scharf.', ['country:UA opposed']],
  ['de', 'Berlin reagierte zurückhaltend auf die Entscheidung.', ['country:DE cautious']],
  ['de', 'Berlin hat noch nicht reagiert.', []],
  ['fr', 'Kiev a réagi vivement.', ['country:UA opposed']],
  ['fr', 'Paris a réagi avec prudence.', ['country:FR cautious']],
  ['es', 'Kiev reaccionó con dureza.', ['country:UA opposed']],
  ['es', 'Madrid reaccionó favorablemente al anuncio.', ['country:ES supportive']],
  ['it', 'Kiev ha reagito duramente.', ['country:UA opposed']],
  ['it', 'Roma ha reagito con cautela.', ['country:IT cautious']],
  ['ru', 'Киев резко отреагировал на соглашение.', ['country:UA opposed']],
  ['ru', 'Москва сдержанно отреагировала на решение.', ['country:RU cautious']],
];

describe('the manner of reacting', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect([...languageReactionPairs(language, text)].sort()).toEqual(expected);
  });
});
