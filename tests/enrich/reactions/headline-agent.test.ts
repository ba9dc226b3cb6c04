/**
 * The state whose own move the headline reports does not react to it in the article (the labelling guide's parties
 * describing their own move); a state the headline only places the news in, names by an adjective, or shows answering
 * another event, does; so does one the headline itself shows reacting. Headlines and sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';
import { headlineAgent } from '../../../src/enrich/reactions/headline-agent.ts';

const PUBLISHED = '2026-03-05T10:00:00Z';
const pairs = (title: string, text: string) => [...new Set(extractReactions({ title, text, publishedAt: PUBLISHED }).map((r) => `${r.actor.key} ${r.stance}`))].sort();

const ARTICLES: [string, string, string[]][] = [
  // Austria made the move: what its ministers say defends it; Hungary reacts.
  ['Austria bans imports of Brazilian beef', 'Vienna called the ban "a fair answer to deforestation". Hungary welcomed the ban.', ['country:HU supportive']],
  ['Austria moves to close its last coal plant', 'The Austrian government said it would revoke the licences of the operator. Poland criticized the decision.', ['country:PL opposed']],
  // The move answers another event: it is the state's reaction.
  ['Austria recalls its ambassador after border guards are killed', 'Austria condemned the killings. Hungary called for calm.', ['country:AT opposed', 'country:HU cautious']],
  // A state placing the news, or named by an adjective, made no move.
  ['Austria: floods kill twelve in the Tyrol', 'Austria thanked Germany for its help. Germany sent pumps and divers.', ['country:AT supportive', 'country:DE supportive']],
  ['Austrian climbers rescued on Mount Kenya', 'Austria thanked Kenya for the rescue.', ['country:AT supportive']],
  // The headline shows the state reacting.
  ['Austria condemns the attack on its embassy in Kabul', 'Austria condemned the attack as "cowardly".', ['country:AT opposed']],
];

describe('the headline agent does not react to its own move', () => {
  it.each(ARTICLES)('%s', (title, text, expected) => {
    expect(pairs(title, text)).toEqual(expected);
  });
});

const HEADLINES: [string, string | null][] = [
  ['Iceland moves to end commercial whaling; Japan protests', 'country:IS'],
  ['The Netherlands expels two diplomats', 'country:NL'],
  ['Iceland: storms cut power to the north', null],
  ['Iceland recalls envoy after fishermen are detained', null],
  ['Iceland and Norway agree on fishing quotas', null],
  ['Iceland reacts to the court ruling', null],
];

describe('which state a headline shows making the move', () => {
  it.each(HEADLINES)('%s', (title, expected) => {
    const at = (name: string, key: string) => ({ key, kind: 'country', start: title.indexOf(name), end: title.indexOf(name) + name.length });
    const names: [string, string][] = [['Iceland', 'country:IS'], ['Netherlands', 'country:NL'], ['Japan', 'country:JP'], ['Norway', 'country:NO']];
    const mentions = names.filter(([n]) => title.includes(n)).map(([n, k]) => at(n, k)).sort((a, b) => a.start - b.start);
    expect(headlineAgent(title, mentions)).toBe(expected);
  });
});
