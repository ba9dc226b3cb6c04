/**
 * English reactions in sentences written for this test (not from any corpus): an appeal whose own words open its
 * complement ("called for calm") asks for restraint as "urged restraint" does; alarm and unease are concern, as
 * "concerned" is; and a welcome that the same actor restricts in the next clause, through a minister who speaks for
 * it, is cautious, while another state's restriction leaves it a welcome; an organization introduced by its kind
 * ("the rights group Viasna") speaks as itself, while "a group of protesters" is no one.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const pairs = englishReactionPairs;
const EVENT = 'Belarus freed 16 political prisoners on Sunday after talks with the United States.';

const CASES: [string, string[]][] = [
  ['Norway also called for calm.', ['country:NO cautious']],
  ['Norway called for calm on both sides of the border.', ['country:NO cautious']],
  ['Norway called for talks to go ahead.', ['country:NO supportive']],
  ['Peru said it was "alarmed" by the fighting near its border.', ['country:PE cautious']],
  ['Peru was deeply troubled by the reports.', ['country:PE cautious']],
  ['Poland welcomed the verdict but Foreign Minister Radoslaw Sikorski said sanctions would remain.', ['country:PL cautious']],
  ['Poland welcomed the verdict but Hungary said sanctions would remain.', ['country:PL supportive']],
  ['Poland welcomed the verdict, and Foreign Minister Radoslaw Sikorski said the talks went well.', ['country:PL supportive']],
  [`${EVENT} The human rights group Viasna condemned the deal.`, ['org:viasna opposed']],
  [`${EVENT} Rights group Viasna condemned the deal.`, ['org:viasna opposed']],
  [`${EVENT} A group of protesters condemned the deal.`, []],
];

describe('appeals for calm, alarm, and welcomes restricted by the same actor', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});
