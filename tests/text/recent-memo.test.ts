import { describe, expect, it } from 'vitest';
import { recentMemo } from '../../src/text/index.ts';

describe('a memo of the keys asked last', () => {
  // Keys asked in order, the memo's size, and how many times the computation ran.
  const CASES: [string[], number, number][] = [
    [['a', 'a', 'a'], 2, 1],
    [['a', 'b', 'a', 'b'], 2, 2],
    // The oldest key goes first: with room for two, the third key drops "a", which is then worked out again.
    [['a', 'b', 'c', 'a'], 2, 4],
    [['a', 'b', 'c', 'c', 'b'], 2, 3],
  ];
  it.each(CASES)('%j with room for %i computes %i times', (keys, size, computed) => {
    let runs = 0;
    const upper = recentMemo(size, (key: string) => {
      runs++;
      return key.toUpperCase();
    });
    expect(keys.map(upper)).toEqual(keys.map((k) => k.toUpperCase()));
    expect(runs).toBe(computed);
  });
});
