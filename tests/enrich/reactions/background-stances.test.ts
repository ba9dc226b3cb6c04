/**
 * Stances an article states as background, in sentences written for this test (not taken from any corpus): a
 * non-restrictive relative clause on an actor subject, voiced fears read as concern whatever CAMEO code the verb
 * carries, and an earlier event recalled after the sentence's own clause.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const read = (text: string) =>
  extractReactions({ title: '', text, publishedAt: null })
    .map((r) => `${r.actor.name}:${r.stance}`)
    .sort();

describe('background stances', () => {
  it.each([
    ['Norway, which has voiced concern about the dam, praised the ruling.', ['Norway:cautious', 'Norway:supportive']],
    ['Chile, which criticized the first draft, welcomed the final text.', ['Chile:opposed', 'Chile:supportive']],
    ['Egypt, which hosted the talks in Cairo, welcomed the outcome.', ['Egypt:supportive']],
    ['Ecuador, which had long opposed the dam, welcomed the ruling.', ['Ecuador:supportive']],
    ['Peru, which has not commented on the dam, welcomed the ruling.', ['Peru:supportive']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Japan has voiced fears that the missiles might not be covered.', ['Japan:cautious']],
    ['Kenya voiced concern over the delay.', ['Kenya:cautious']],
    ['Japan voiced outrage over the missile test.', ['Japan:opposed']],
  ])('voiced concern and fears are cautious, outrage opposed: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['The summit opens three days after the navy seized an Irish trawler, a move Ireland condemned as piracy.', []],
    ['The talks come two weeks after the election, which Ireland praised as fair.', []],
    ['Three days after the seizure, Ireland condemned it.', ['Ireland:opposed']],
    ['Ireland condemned the seizure on Friday, three days after the navy seized the trawler.', ['Ireland:opposed']],
  ])('a phrase of time after the clause recalls an earlier event to the sentence end: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Chile has backed a moratorium since 2021.', []],
    ['Chile, whose navy has patrolled the area since 2021, condemned the attack.', ['Chile:opposed']],
  ])('a position held since a year before is background: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
