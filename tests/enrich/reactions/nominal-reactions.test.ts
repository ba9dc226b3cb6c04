/**
 * Reactions named as a noun with their source ("drew criticism from Canada"), in sentences written for this test
 * (not taken from any corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const read = (text: string) =>
  extractReactions({ title: '', text, publishedAt: '2019-05-10T12:00:00Z' })
    .map((r) => `${r.actor.name}:${r.stance}`)
    .sort();

describe('nominal reactions', () => {
  it.each([
    ['The tariff plan drew sharp criticism from Canada and Mexico.', ['Canada:opposed', 'Mexico:opposed']],
    ['The proposal won praise from the European Union.', ['European Union:supportive']],
    ['The pipeline has faced fierce opposition from Norway.', ['Norway:opposed']],
    ['The decision drew concern from Germany.', ['Germany:cautious']],
    ['The ruling met with skepticism from Brazil.', ['Brazil:skeptical']],
    ['The dam faced vocal opposition from President Emmanuel Macron.', ['France:opposed']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'The plan did not draw criticism from Japan.',
    'The plan could face opposition from Brazil.',
    'The plan drew criticism from Mexican officials.',
    'The delegation received a letter from Chile.',
  ])('no reaction: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
