/**
 * General phenomena of reaction attribution, in sentences written for this test (not taken from any corpus): CAMEO
 * codes and Goldstein scores, actor kinds, people behind titles and dated offices, non-state organizations,
 * relative clauses and infinitives that are someone else's words, capital metonymy with verbs of calling.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';

const read = (text: string, publishedAt: string | null = null, title = '') =>
  extractReactions({ title, text, publishedAt }).map((r) => `${r.actor.name}/${r.actorKind}:${r.stance}`);

describe('reaction phenomena', () => {
  it.each([
    ['Chile condemned the shelling of the port.', '111', -2],
    ['Norway praised the ceasefire agreement.', '051', 3.4],
    ['Mexico rejected the tariff plan.', '120', -4],
  ])('%s carries CAMEO %s and its Goldstein score', (text, cameo, goldstein) => {
    const [r] = extractReactions({ title: '', text });
    expect(r?.cameo).toBe(cameo);
    expect(r?.goldstein).toBe(goldstein);
  });

  it.each([
    ['Amnesty International condemned the executions.', ['Amnesty International/non-state:opposed']],
    ['Greenpeace criticised the drilling licence.', ['Greenpeace/non-state:opposed']],
    ['NATO welcomed the decision.', ['NATO/igo:supportive']],
    ['Portugal welcomed the decision.', ['Portugal/country:supportive']],
  ])('actor kinds: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Chilean Foreign Minister Ana Reyes welcomed the truce. Reyes later praised the mediators.', ['Chile/country:supportive', 'Chile/country:supportive']],
    [
      'Tomas Varga, the spokesman of the Harbour Workers Alliance, condemned the closure. Varga later criticised the mayor.',
      ['Harbour Workers Alliance/non-state:opposed', 'Harbour Workers Alliance/non-state:opposed'],
    ],
  ])('people speak for what their title or appositive names: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('an office holder speaks for the state on dates they held it, and not outside their term', () => {
    expect(read('Donald Trump praised the summit.', '2018-04-20')).toEqual(['United States/country:supportive']);
    expect(read('Donald Trump praised the summit.', '2022-06-01')).toEqual([]);
  });

  it.each([
    ['Ecuador, which had long opposed the dam, welcomed the ruling.', ['Ecuador/country:supportive']],
    ['Kenya urged Uganda to condemn the attack.', ['Kenya/country:cautious']],
    ['Oslo called the proposal illegal.', ['Norway/country:opposed']],
    ['Abroad, the European Union said it welcomed the vote.', ['European Union/igo:supportive']],
  ])('clauses: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Chile stopped short of condemning the raid.',
    'Peru declined to comment on the vote.',
    'Spain has yet to react to the verdict.',
    'Italy could object to the new rules.',
  ])('not a reaction: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['Nordic officials were unconvinced. Norway\u2019s prime minister told reporters the ceasefire would change little on the ground.', ['Norway/country:skeptical']],
    ['Andean governments were sceptical.\nPeru\u2019s foreign minister said the talks would change little.', []],
    ['Analysts were sceptical. Peru\u2019s foreign minister said the talks would change little.', []],
    ['Andean diplomats were not sceptical. Peru\u2019s foreign minister said the talks would change little.', []],
  ])('a group\u2019s stance carries to the next sentence of its paragraph when a member speaks there: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Chile\u2019s senate passed the pension reform on Monday. Chilean unions had marched against it in Santiago for weeks. The Chilean president will sign it in Santiago on Tuesday. Chile\u2019s government criticised the senators who delayed the vote.', []],
    ['Chile\u2019s senate passed the pension reform on Monday. Chilean unions had marched against it in Santiago for weeks. The Chilean president will sign it in Santiago on Tuesday. Chile\u2019s government criticised Argentina for delaying the vote.', ['Chile/country:opposed']],
  ])('the article\u2019s own state on its own affairs is not an international reaction: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a leader under a bare government title speaks for the state they led then, not for the article\u2019s home state', () => {
    const text = 'In Washington, the White House said President Trump would host Prime Minister Shinzo Abe of Japan. Mr. Abe praised the American sanctions campaign.';
    expect(read(text, '2018-04-17')).toContain('Japan/country:supportive');
    expect(read(text, '2018-04-17')).not.toContain('United States/country:supportive');
  });
});
