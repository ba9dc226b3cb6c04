/**
 * Whom an organization or a person named in an article speaks for, in sentences written for this test (not taken
 * from any corpus): state bodies by their head noun, a legislature's committees, a person's own circle, organizations
 * the gazetteer knows by their initials only, and titles on dates their current holder did not hold them.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const read = (text: string, publishedAt: string | null = '2018-04-20T12:00:00Z') =>
  extractReactions({ title: 'Tariff dispute widens', text, publishedAt }).map((r) => `${r.actor.name}/${r.actorKind}:${r.stance}`);

/** Two sentences that make the United States the article's home state. */
const HOME = 'The United States imposed new duties on Canadian lumber on Monday. U.S. officials said more could follow, and the U.S. trade representative agreed.';

describe('actor affiliation', () => {
  it.each([
    ['The Department of Labor criticized the Canadian response.', ['United States/country:opposed']],
    ['The Treasury Department criticized the Canadian response.', ['United States/country:opposed']],
    ['The House Energy Committee criticized the Canadian response.', ['United States/country:opposed']],
    ['The Center for Fair Trade criticized the Canadian response.', ['Center for Fair Trade/non-state:opposed']],
    ['The Lumber Workers Union criticized the Canadian response.', ['Lumber Workers Union/non-state:opposed']],
  ])('a body named for a state function speaks for the home state, civil society for itself: %s', (sentence, expected) => {
    expect(read(`${HOME} ${sentence}`)).toEqual(expected);
  });

  it.each([
    'Trump associate Jim Brown criticized the Canadian response.',
    'Trump lawyer John Smith criticized the Canadian response.',
    "Trump's lawyer John Smith criticized the Canadian response.",
  ])('a leader’s associate or lawyer speaks for no state: %s', (sentence) => {
    expect(read(`${HOME} ${sentence}`)).toEqual([]);
  });

  it('an organization named in full and by the initials the gazetteer knows is one actor', () => {
    const found = extractReactions({
      title: 'Tariff dispute widens',
      text: 'The American Civil Liberties Union criticized the Canadian response. The ACLU said the response was unfair.',
    });
    expect(new Set(found.map((r) => r.actor.key)).size).toBe(1);
    expect(found.map((r) => `${r.actorKind}:${r.stance}`)).toEqual(['non-state:opposed', 'non-state:opposed']);
  });

  it.each([
    ['The CIA director said he was encouraged by the talks.', ['United States/country:supportive']],
    ['The Interpol chief said he was encouraged by the talks.', ['Interpol/igo:supportive']],
    ['"This is a disgrace," activist Jane Roe, a campaigner for Greenpeace, said.', ['Greenpeace/non-state:opposed']],
    ['The director said he was encouraged by the talks.', []],
    [
      'Ana Ruiz, project coordinator for Caminos Abiertos, told reporters the shelters were full. "This policy is cruel," she said.',
      ['Caminos Abiertos/non-state:opposed'],
    ],
    ['Maria Lopez, who heads the advocacy group Border Angels, condemned the decision.', ['Border Angels/non-state:opposed']],
    ['"This policy is cruel," said Ana Ruiz, who runs Caminos Abiertos.', ['Caminos Abiertos/non-state:opposed']],
    ['Juan Perez, who heads the Mexican foreign ministry, condemned the decision.', ['Mexico/country:opposed']],
    ['Maria Lopez, who headed Border Angels until 2019, condemned the decision.', []],
    ['Maria Lopez, who was born in Tijuana, condemned the decision.', []],
  ])('a chief or director of an actor, a role noun before a name: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["Mexico's president criticized the decision.", '2018-04-20T12:00:00Z', ['Mexico/country:opposed']],
    ['The Japanese prime minister praised the talks.', '2009-03-01T12:00:00Z', ['Japan/country:supportive']],
    ["Brazil's foreign minister welcomed the agreement.", '2001-07-15T12:00:00Z', ['Brazil/country:supportive']],
  ])('a title speaks for its state whoever held the office on the date: %s', (text, date, expected) => {
    expect(read(text, date)).toEqual(expected);
  });
});

describe('names that are not their people', () => {
  it('a leader named inside an organization’s name is not the speaker', () => {
    expect(read('The Stop Trump Coalition condemned the visit.')).not.toContain('United States/country:opposed');
  });

  it('an ambassador named without a country does not speak for the article’s state', () => {
    expect(read(`${HOME} Ambassador Jane Roe praised the Canadian response.`)).toEqual([]);
  });
});
