/**
 * Which sentences are all quotation, so that they run on as the words of the speaker before them: a quotation opened
 * with a straight or a curly mark, closed by its mark or, in typewriter style, by two apostrophes ("… at this
 * point''"), after which the narrative is no one's quotation. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { quotedSentences } from '../../../src/enrich/reactions/discourse.ts';
import { splitSentences } from '../../../src/enrich/reactions/split-sentences.ts';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const CASES: [string, boolean[]][] = [
  ['Chile said: "This is a grave error. It must be undone." The talks resumed.', [false, true, false]],
  ['Chile said: “This is a grave error. It must be undone.” The talks resumed.', [false, true, false]],
  // two apostrophes close the quotation: the sentences after it are narrative
  ["Chile called it \"a grave error'' and left. The talks failed badly. Prices fell.", [false, false, false]],
  ["Chile said: \"This is a grave error. It must be undone.'' The talks failed badly.", [false, true, false]],
  // an apostrophe alone is a possessive or an elision, no closing mark
  ["Chile said: \"This is Peru's worst error. It can't be undone.\" The talks resumed.", [false, true, false]],
];

describe('sentences that are all quotation', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(quotedSentences(splitSentences(text))).toEqual(expected);
  });
  it('a narrative sentence after a quotation closed by two apostrophes is no one\'s words', () => {
    const text = "The ministry said the fire was being treated \"as potential arson'' and gave no details.\nIt was the worst disaster in the region this year.";
    expect(extractReactions({ title: 'Fire', text, publishedAt: '2026-03-05T10:00:00Z' })).toEqual([]);
  });
});
