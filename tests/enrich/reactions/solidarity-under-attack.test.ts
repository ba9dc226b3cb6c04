/**
 * Solidarity with the party attacked opposes the attack: where the lead reports force with a CAMEO verb of assault,
 * fighting or mass violence, "stood by" and "expressed its solidarity" are opposed; after an earthquake or a vote
 * they stay supportive, as does solidarity with the attacker the lead names before its verb of force. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';
import { reportsForce } from '../../../src/enrich/reactions/solidarity-under-attack.ts';

const CASES: [string, string, string[]][] = [
  ['Frigate rams fishing boat', 'A Venezuelan frigate rammed a Guyanese fishing boat on Monday. Washington was quick to stand by Georgetown.', ['country:US opposed']],
  ['Drones attack port', 'Drones attacked the port of Odesa overnight. Poland expressed its solidarity with Ukraine in the face of the attacks.', ['country:PL opposed']],
  ['Quake strikes Peru', 'A strong earthquake struck southern Peru on Sunday, killing 40 people. Chile stood firmly behind the Peruvian government.', ['country:CL supportive']],
  ['Vote in Lima', 'Peru held a run-off vote on Sunday. Chile expressed its solidarity with the Peruvian people.', ['country:CL supportive']],
  // Solidarity with the attacker, named before the verb of force in the lead, stays support; with the attacked, opposes.
  ['Frigate rams fishing boat', 'A Venezuelan frigate rammed a Guyanese fishing boat on Monday. Cuba said it stood by Venezuela.', ['country:CU supportive']],
  ['Frigate rams fishing boat', 'A Venezuelan frigate rammed a Guyanese fishing boat on Monday. Brazil expressed its solidarity with Guyana.', ['country:BR opposed']],
  ['Frigate rams fishing boat', 'A Venezuelan frigate rammed a Guyanese fishing boat on Monday. Brazil sided with Guyana.', ['country:BR opposed']],
  // The side taken is named inside the cue.
  ['Frigate rams fishing boat', "A Venezuelan frigate rammed a Guyanese fishing boat on Monday. Cuba took Caracas's side.", ['country:CU supportive']],
  ['Frigate rams fishing boat', "A Venezuelan frigate rammed a Guyanese fishing boat on Monday. Brazil took Georgetown's side.", ['country:BR opposed']],
  ['Venezuelan frigate fires on Guyanese boat', 'Shots were heard off the coast on Monday. Nicaragua declared its full solidarity with Caracas.', ['country:NI supportive']],
];

describe('solidarity under attack', () => {
  it.each(CASES)('%s', (title, text, expected) => {
    const found = extractReactions({ title, text, publishedAt: '2026-03-05T10:00:00Z' }).map((r) => `${r.actor.key} ${r.stance}`);
    expect([...new Set(found)].sort()).toEqual(expected);
  });
  it.each([
    ['Artillery shelled the town of Pinga.', true],
    ['An earthquake struck the coast, killing 12.', false],
    ['The senate voted to extend the term.', false],
  ])('%s reports force: %s', (lead, expected) => {
    expect(reportsForce(lead)).toBe(expected);
  });
});
