/**
 * German adjectives agreeing with a capitalised noun after them qualify that noun ("eine skandalöse Inflation", "in
 * einer jämmerlichen Lage"): no one's judgement. Predicative ones judge ("zeigte sich besorgt", "sei inakzeptabel"), and
 * so do attributive ones a naming verb or a copula introduces ("nannte … einen skandalösen Verstoß"). Sentences written
 * for this test, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Argentinien erlebt eine skandalöse Inflation.', []],
  ['de', 'Der Sudan befindet sich in einer jämmerlichen Lage.', []],
  ['de', 'Belarus hat eine unerhörte Zahl an Soldaten an die Grenze verlegt.', []],
  ['de', 'Argentinien nannte die Inflation skandalös.', ['country:AR opposed']],
  ['de', 'Argentinien nannte den Schritt einen skandalösen Verstoß.', ['country:AR opposed']],
  ['de', 'Die Entscheidung sei ein inakzeptabler Eingriff, sagte Argentinien.', ['country:AR opposed']],
  ['de', 'Argentinien zeigte sich besorgt über die Lage.', ['country:AR cautious']],
  ['de', 'Die Maßnahme sei inakzeptabel, erklärte Argentinien.', ['country:AR opposed']],
];

describe('German attributive adjectives', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const found = languageReactionPairs(language, text);
    expect([...new Set(found)].sort()).toEqual([...expected].sort());
  });
});
