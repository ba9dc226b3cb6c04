/**
 * Institutes named by their kind speak as organizations, and the demonym describing them is no state, in sentences
 * written for this test (a hyphenated word of the description too); a name in a script with no Latin key makes no actor, but its description still names no state.
 */
import { describe, expect, it } from 'vitest';
import { distinctLanguageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string, string[]][] = [
  ['de', 'Das schwedische Institut Sipri warnte vor einem Wettrüsten.', ['org:sipri cautious']],
  ['fr', 'L’institut britannique Chatham House a critiqué la décision.', ['org:chatham-house opposed']],
  ['it', 'L’istituto milanese Ispi ha criticato la decisione.', ['org:ispi opposed']],
  ['ru', 'Аналитик австралийского Института Лоуи усомнился в этом.', []],
  // a hyphenated word in the description ("ouest-africain") still describes
  ['fr', 'Le mouvement paysan ouest-africain Roppa a salué l’accord.', ['org:roppa supportive']],
  ['ru', 'Молдавская оппозиционная Партия социалистов призвала стороны к диалогу.', []],
  // a long capitalised name, joined by "et d'", holds the country that describes it
  ['fr', 'La Chambre de commerce et d’industrie du Mali a demandé la levée des restrictions.', []],
];

describe('institutes and their descriptions', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(distinctLanguageReactionPairs(language, text)).toEqual([...expected].sort());
  });
});
