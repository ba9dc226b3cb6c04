/**
 * English wire-copy constructions in sentences written for this test (not from any corpus): a dateline opening the
 * paragraph ("LIMA, Peru —") names no subject; a group speaks through the members an "including …" insertion lists,
 * as subject or as a passive's agent; "hard to believe" doubts; a call for verification is cautious, and "the
 * presidents of A, B and C" speak for all three; a quotation whose speaker nothing resolves speaks for the actor
 * that opens it; and a person the curated gazetteer knows speaks for their office on
 * the date, not for an office the event-coding dictionaries left open ("von der Leyen" is the
 * European Commission's in 2025, Germany's in 2015).
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const pairs = englishReactionPairs;

const CASES: [string, string, string[]][] = [
  ['a dateline with its country', 'LIMA, Peru — Several countries, including Norway and Chile, cast doubt on the official count.', ['country:CL skeptical', 'country:NO skeptical']],
  ['a dateline with an agency', 'OSLO (Reuters) - Chile criticized the vote.', ['country:CL opposed']],
  ['a dateline of two cities', 'DUBLIN/OSLO, March 7 (Harbour Wire) - Chile criticized the vote.', ['country:CL opposed']],
  ['a dateline of two cities speaks for neither', 'DUBLIN/OSLO - The government criticized the vote.', []],
  ['members listed in an insertion', 'Several governments, including Norway and Chile, cast doubt on the count.', ['country:CL skeptical', 'country:NO skeptical']],
  ['a passive whose agents a group introduces', 'The decree has been widely condemned by neighbours and partners including Chile, the African Union and Norway.', ['country:CL opposed', 'country:NO opposed', 'org:au opposed']],
  ['a plain passive agent still counts', 'The decree was condemned by the African Union.', ['org:au opposed']],
  ['disbelief', "Chile's president said it was hard to believe the official count.", ['country:CL skeptical']],
  ['an appeal for verification', 'The presidents of Norway, Chile and Peru called for the electoral council to publish detailed tallies.', ['country:CL cautious', 'country:NO cautious', 'country:PE cautious']],
  ['an appeal for an investigation as its object', 'Chile urged a transparent investigation into the killing.', ['country:CL cautious']],
  ['a bare appeal keeps its stance', 'Chile urged the talks to go ahead.', ['country:CL supportive']],
  ['a quotation opening with its actor, attributed to no one the context names', '"Norway condemns the attack," the ministry said.', ['country:NO opposed']],
  ['a quotation in the first person, attributed to no one the context names', '"We condemn the attack," the ministry said.', []],
];

describe('wire-copy constructions', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });

  it.each([
    ['2025-01-16T10:00:00Z', ['org:eu supportive']],
    ['2015-01-16T10:00:00Z', ['country:DE supportive']],
  ])('a person speaks for the office the curated record gives on %s, the dictionaries\' older one before it', (date, expected) => {
    expect(pairs('Ursula von der Leyen said the agreement brings hope to the region.', date)).toEqual(expected);
  });
});
