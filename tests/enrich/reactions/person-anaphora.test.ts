/**
 * "He"/"she" refer back to a sentence's subject or speaker, not to a leader named deep inside it, and "its
 * government" to the actor the sentence before named, in sentences written
 * for this test (not taken from any corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const read = (text: string) =>
  extractReactions({ title: 'Border talks', text, publishedAt: '2019-05-10T12:00:00Z' }).map((r) => `${r.actor.name}:${r.stance}`);

describe('person anaphora', () => {
  it.each([
    ['Japanese Prime Minister Shinzo Abe met the envoy on Monday. He praised the agreement.', ['Japan:supportive']],
    ['"We are ready," said Japanese Prime Minister Shinzo Abe. He praised the agreement.', ['Japan:supportive']],
    [
      'Maria Lopez, a teacher who was protected by a program that President Emmanuel Macron tried to end, walked to the border. She praised the agreement.',
      [],
    ],
    // "its government", "their foreign ministers": the state body or office of the actor named in the sentence before
    ["Norway was less pleased. Its government accused Sweden of bad faith.", ['Norway:opposed']],
    ['Norway was less pleased. Its foreign minister criticized the agreement.', ['Norway:opposed']],
    ['The ceremony took place in Oslo. Its government criticized the agreement.', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
