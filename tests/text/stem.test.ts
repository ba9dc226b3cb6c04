import { describe, expect, it } from 'vitest';
import { lightEnglishStem as stem } from '../../src/text/stem.ts';

describe('lightEnglishStem: inflections meet, different words stay apart', () => {
  it.each([
    [['sanction', 'sanctions', 'sanctioned', 'sanctioning'], 'sanction'],
    [['vote', 'votes', 'voted', 'voting'], 'vot'],
    [['country', 'countries'], 'country'],
    [['agree', 'agreed', 'agreeing'], 'agre'],
    [['stop', 'stopped', 'stopping'], 'stop'],
    [['tax', 'taxes'], 'tax'],
    [['kill', 'killed', 'killing'], 'kill'],
  ])('%j -> %s', (forms, expected) => {
    for (const f of forms) expect(stem(f), f).toBe(expected);
  });

  it.each(['crisis', 'virus', 'business', 'press', 'according', 'news', 'bring', 'need'])('%s is left as it is', (w) => {
    expect(stem(w)).toBe(w);
  });
});
