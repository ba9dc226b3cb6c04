/**
 * Sentences written for this test (not from any corpus): a non-state organization's kind followed by a state as its
 * owner ("die Gewerkschaftsföderation von Peru", "Федерация хоккея Латвии", "епископская конференция Чили") names that
 * organization: the state does not speak. A state body's kind ("Совет безопасности России") and a government still do.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Die Bischofskonferenz von Chile verurteilte die Räumung.', []],
  ['de', 'Die Fußballföderation von Peru forderte eine Untersuchung.', []],
  ['de', 'Die Regierung von Peru verurteilte die Räumung.', ['country:PE opposed']],
  ['ru', 'Федерация хоккея Латвии осудила решение.', []],
  ['ru', 'Епископская конференция Чили призвала стороны к диалогу.', []],
  ['ru', 'Совет безопасности России осудил удар.', ['country:RU opposed']],
  ['ru', 'Правительство Латвии осудило решение.', ['country:LV opposed']],
];

describe('an organization a state owns', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(languageReactionPairs(language, text)).toEqual(expected);
  });
});
