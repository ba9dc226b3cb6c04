import { describe, expect, it } from 'vitest';
import { WordFilter } from '../../src/text/word-filter.ts';

describe('WordFilter', () => {
  const words = ['condemn', 'condemned', 'welcome', 'a', 'ab', ',', '', 'Überraschung', 'осудил', '東京', '😀x'];
  const filter = new WordFilter(words);

  it('never rules out a word of its set', () => {
    for (const w of words) expect(filter.mayHave(w)).toBe(true);
  });

  it('rules out most other words', () => {
    const others = Array.from({ length: 1000 }, (_, k) => `word${k}x`);
    expect(others.filter((w) => filter.mayHave(w)).length).toBeLessThan(50);
  });
});
