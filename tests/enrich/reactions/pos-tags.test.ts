import { afterEach, describe, expect, it } from 'vitest';
import { countTagging, polarity, tagTokens } from '../../../src/enrich/reactions/pos-tags.ts';
import { tokenize } from '../../../src/enrich/reactions/tokenize.ts';

describe('part-of-speech tagging usage count', () => {
  afterEach(() => countTagging(false));

  it('counts calls only while asked, and counting leaves the tags as they are', () => {
    const text = 'The foreign ministry strongly condemned the attack.';
    const tokens = tokenize(text);
    const plain = tagTokens(text, tokens);
    expect(countTagging(true)).toBeNull();
    const counted = tagTokens(text, tokens);
    tagTokens(text, tokens);
    const usage = countTagging(false);
    expect(counted).toEqual(plain);
    expect(usage?.calls).toBe(2);
    expect(usage?.cpuMicros).toBeGreaterThanOrEqual(0);
    tagTokens(text, tokens);
    expect(countTagging(false)).toBeNull();
  });
});

describe('part-of-speech tags of a text read again', () => {
  // The tagger's result is kept per text: the same text asked with other tokens aligns its tags to those tokens.
  const CASES: [string, string, string[]][] = [
    ['The foreign ministry strongly condemned the attack.', 'condemned', ['VERB']],
    ['Japan welcomed the deal, and China urged restraint.', 'urged', ['VERB']],
    ['Officials said the talks would resume on Monday.', 'talks', ['NOUN']],
  ];
  it.each(CASES)('%s', (text, word, expected) => {
    const tokens = tokenize(text);
    const first = tagTokens(text, tokens);
    const again = tagTokens(text, tokens);
    expect(again).toEqual(first);
    // Only the word asked for, as a token of its own at its place in the text.
    const start = text.indexOf(word);
    const one = [{ ...tokens.find((t) => t.start === start)! }];
    expect(tagTokens(text, one)).toEqual(expected);
    expect(first[tokens.findIndex((t) => t.start === start)]).toBe(expected[0]);
  });
});

describe('polarity of a text read again', () => {
  const CASES: [string, 'positive' | 'negative'][] = [
    ['a sham lawsuit built on lies', 'negative'],
    ['a great step forward and a lot of good will', 'positive'],
  ];
  it.each(CASES)('%s', (text, sign) => {
    const first = polarity(text);
    expect(polarity(text)).toBe(first);
    expect(sign === 'positive' ? first > 0 : first < 0).toBe(true);
  });
});
