import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/enrich/reactions/tokenize.ts';

describe('reactions tokenize', () => {
  it.each([
    // sentence, tokens as written
    ['The U.S. said no.', ['The', 'U.S.', 'said', 'no', '.']],
    ['U.N. officials', ['U.N.', 'officials']],
    ['e.g. this', ['e.g.', 'this']],
    ['A.B.C', ['A.B.C']],
    ['G20 leaders met', ['G20', 'leaders', 'met']],
    ['a 3.5bn deal, 1,000-strong', ['a', '3.5bn', 'deal', ',', '1,000-strong']],
    ['mid-2020s co-op', ['mid-2020s', 'co-op']],
    ["Putin's aide didn't go", ['Putin', "'s", 'aide', "didn't", 'go']],
    ['Kyiv’s reply', ['Kyiv', '’s', 'reply']],
    ["O'Neil said it's fine", ["O'Neil", 'said', 'it', "'s", 'fine']], // a possessive-like 's always splits off
    ['Ab.12 über.Straße', ['Ab', '.', '12', 'über.Straße']],
    ['“Welcome,” he said', ['“', 'Welcome', ',', '”', 'he', 'said']],
    // Words that are ASCII but for one character, and words ending where the text ends.
    ['Zürich-based São Paulo naïve', ['Zürich-based', 'São', 'Paulo', 'naïve']],
    ['rock’n’roll Kyiv’s’ O’Neil', ['rock’n’roll', 'Kyiv', '’s', '’', 'O’Neil']],
    ["the ministers' view, U.S.-led 3.5% of it-", ['the', 'ministers', "'", 'view', ',', 'U.S.', '-', 'led', '3.5', '%', 'of', 'it', '-']],
    ["x's_y 's' 2,5٣ a.ü", ["x's", '_', 'y', "'s", "'", '2,5٣', 'a.ü']],
  ])('%j', (sentence, expected) => {
    expect(tokenize(sentence).map((t) => t.text)).toEqual(expected);
  });

  it('keeps offsets, lower-cased norms and quotation marks', () => {
    const tokens = tokenize('Iran called it “a Shameful step” today.');
    expect(tokens.map((t) => [t.norm, t.start, t.end, t.quoted])).toEqual([
      ['iran', 0, 4, false],
      ['called', 5, 11, false],
      ['it', 12, 14, false],
      ['"', 15, 16, false],
      ['a', 16, 17, true],
      ['shameful', 18, 26, true],
      ['step', 27, 31, true],
      ['"', 31, 32, false],
      ['today', 33, 38, false],
      ['.', 38, 39, false],
    ]);
  });
});

describe('a sentence tokenized again', () => {
  // A sentence read again gives the same tokens, in an array of its own: what one reader does to its array (the
  // clause reader slices and the headline reader filters) cannot reach the next.
  const CASES: string[] = ['Japan welcomed the deal.', '"It is a sham," the U.S. envoy said.', "Russia's foreign ministry condemned the strike."];
  it.each(CASES)('%s', (text) => {
    const first = tokenize(text);
    const expected = first.map((t) => ({ ...t }));
    first.length = 1;
    const again = tokenize(text);
    expect(again).toEqual(expected);
    expect(again).not.toBe(first);
  });
});
