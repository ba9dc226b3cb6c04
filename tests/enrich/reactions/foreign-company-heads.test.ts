/**
 * Russian writes foreign companies' names in Latin letters: a Latin name right after the title of an organization's
 * head or voice ("глава SpaceX Илон Маск", "представитель Google") is that organization, not the state of the
 * sentence before. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { languageReactionPairs } from '../../support/language-reactions.ts';

const CASES: [string, string[]][] = [
  ['Глава Kestrel Lines Иван Петров назвал решение «грабежом».', ['org:kestrel-lines opposed']],
  ['Представитель Maersk осудил решение.', ['org:maersk opposed']],
  ['Индия промолчала. Глава Maersk Винсент Клерк осудил решение.', ['org:maersk opposed']],
  // A title of the state's own keeps speaking for it.
  ['Глава МИД Норвегии осудил решение.', ['country:NO opposed']],
];

describe('a foreign company after the title of its head, in Russian', () => {
  it.each(CASES)('ru: %s', (text, expected) => {
    expect([...languageReactionPairs('ru', text)].sort()).toEqual(expected);
  });
});
