/**
 * Issue 13: a state body's acronym that the gazetteer names only in full ("CBP" for US Customs and Border Protection)
 * speaks for its state, not for a non-state organization. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';
import { stateOfAcronym } from '../../../src/enrich/reactions/state-acronyms.ts';

const read = (title: string, text: string) =>
  extractReactions({ title, text, publishedAt: '2018-05-01T12:00:00Z' }).map((r) => `${r.actor.name}/${r.actorKind}:${r.stance}`);

describe('state-body acronyms', () => {
  it.each([
    ['CBP', 'United States'],
    ['ICE', 'United States'],
    ['DHS', 'United States'],
    ['Ice', null],
    ['FBI', null],
    ['NRA', null],
  ])('%s is a body of %s (null: not an acronym of a state body, or the gazetteer knows it by itself)', (acronym, state) => {
    expect(stateOfAcronym(acronym)?.name ?? null).toBe(state);
  });

  it.each([
    [
      'Migrants reach the border with Mexico',
      'Hundreds of migrants from Honduras reached the border with Mexico on Sunday. CBP Chief Patrol Agent Jane Doe criticized the group, calling its crossing illegal.',
      ['United States/country:opposed'],
    ],
    ['Refugees wait at the Canadian border', 'Refugees from Haiti waited at the border with Canada. ICE condemned the crossings. Canada welcomed the refugees.', ['United States/country:opposed', 'Canada/country:supportive']],
    ['Storm hits Puerto Rico', 'After the storm hit Mexico, the DHS praised the response of Mexico, which sent aid.', ['United States/country:supportive']],
  ])('the acronym speaks for its state: %s', (title, text, expected) => {
    expect(read(title, text)).toEqual(expected);
  });
});
