/**
 * Issue 13, domestic events: an event whose headline and first sentence stay within one state (its Congress, courts,
 * FBI, Justice Department, special counsel) is domestic politics; that state's officials on it are no international
 * reaction unless they address another state. Sentences written for this test, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const read = (title: string, text: string) =>
  extractReactions({ title, text, publishedAt: '2018-05-01T12:00:00Z' }).map((r) => `${r.actor.name}/${r.actorKind}:${r.stance}`);

describe('an event within one state', () => {
  it.each([
    [
      'Justice Department hands the Russia inquiry memos to Congress',
      "The Justice Department sent the memos to Congress on Thursday, a day after the White House asked for them. Lawmakers in Washington read them overnight. The White House criticized the release, calling it a partisan stunt. President Trump repeated the charge. The FBI declined to comment.",
      [],
    ],
    [
      'A federal court blocks an FBI subpoena',
      "A federal judge in Texas blocked the FBI subpoena on Monday. The White House had backed the subpoena. President Trump condemned the ruling. Washington will appeal, the Justice Department said. The FBI declined to comment.",
      [],
    ],
    [
      'Special counsel sends the White House a list of questions',
      "The special counsel sent the White House a list of questions for President Trump. The White House rejected the list as an overreach. The National Rifle Association welcomed the move. Trump's lawyers in Washington are studying it.",
      ['National Rifle Association/non-state:supportive'],
    ],
  ])('drops the state\'s own officials, keeps organizations: %s', (title, text, expected) => {
    expect(read(title, text)).toEqual(expected);
  });

  it.each([
    ['FBI hands files to Congress', "The FBI gave Congress the files on Tuesday. The White House criticized the release, and warned Moscow against any interference. President Trump repeated the charge in Washington.", ['United States/country:opposed']],
    ['FBI director meets Mexico\'s president', 'The FBI director met the Mexican president in Mexico City. The White House welcomed the talks.', ['United States/country:supportive']],
    ['Congress passes sanctions on Russia', 'Congress passed the sanctions on Russia on Friday. The White House welcomed the vote.', ['United States/country:supportive']],
  ])('keeps the state speaking to another state, or on an event with a foreign party: %s', (title, text, expected) => {
    expect(read(title, text)).toEqual(expected);
  });

  it.each([
    ['Ottawa reacts', 'Canada welcomed the decision on Monday.', ['Canada/country:supportive']],
    ['Reactions to the pledge', 'Japan said it was hopeful about the pledge.', ['Japan/country:supportive']],
    ['White House statement', 'The White House condemned the ruling in a statement on Friday.', ['United States/country:opposed']],
  ])('a reaction in the opening sentence is the news itself, not talk about a domestic event: %s', (title, text, expected) => {
    expect(read(title, text)).toEqual(expected);
  });
});
