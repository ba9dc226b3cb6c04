import { afterEach, describe, expect, it } from 'vitest';
import { countTagging, tagTokens } from '../../../src/enrich/reactions/pos-tags.ts';
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
