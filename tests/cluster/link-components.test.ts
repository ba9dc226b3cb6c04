/**
 * Stories within one component of links: average link, then small groups attached to the large group they are
 * densely linked to (attachSmallGroups, storyGroups). Hand-made score matrices pin each rule.
 */
import { describe, expect, it } from 'vitest';
import { attachSmallGroups, storyGroups } from '../../src/cluster/link-components.ts';

/** A symmetric score lookup from the upper triangle given as 'i-j' -> score (0 elsewhere). */
function scores(pairs: Record<string, number>): (i: number, j: number) => number {
  return (i, j) => pairs[`${Math.min(i, j)}-${Math.max(i, j)}`] ?? 0;
}

const linkedBy = (pairs: string[]) => {
  const set = new Set(pairs);
  return (i: number, j: number) => set.has(`${Math.min(i, j)}-${Math.max(i, j)}`);
};

describe('attachSmallGroups', () => {
  it.each([
    {
      case: 'a single item linked to two of three members joins them',
      groups: [0, 0, 0, 3],
      links: ['0-1', '0-2', '1-2', '0-3', '1-3'],
      maxSize: 1,
      minLinked: 0.5,
      want: [0, 0, 0, 0],
    },
    {
      case: 'a single item linked to one of three stays apart',
      groups: [0, 0, 0, 3],
      links: ['0-1', '0-2', '1-2', '0-3'],
      maxSize: 1,
      minLinked: 0.5,
      want: [0, 0, 0, 3],
    },
    {
      case: 'two large groups never join, however linked',
      groups: [0, 0, 2, 2],
      links: ['0-1', '2-3', '0-2', '0-3', '1-2', '1-3'],
      maxSize: 1,
      minLinked: 0.5,
      want: [0, 0, 2, 2],
    },
    {
      case: 'a small group joins the large group it is most linked to',
      groups: [0, 0, 2, 2, 4],
      links: ['0-4', '2-4', '3-4'],
      maxSize: 1,
      minLinked: 0.5,
      want: [0, 0, 2, 2, 2],
    },
    {
      case: 'on a tie the group of the earliest item wins',
      groups: [0, 0, 2, 2, 4],
      links: ['0-4', '1-4', '2-4', '3-4'],
      maxSize: 1,
      minLinked: 0.5,
      want: [0, 0, 2, 2, 0],
    },
    {
      case: 'two small groups do not join each other',
      groups: [0, 1],
      links: ['0-1'],
      maxSize: 1,
      minLinked: 0.5,
      want: [0, 1],
    },
    {
      case: 'size 0 attaches nothing',
      groups: [0, 0, 2],
      links: ['0-1', '0-2', '1-2'],
      maxSize: 0,
      minLinked: 0,
      want: [0, 0, 2],
    },
  ])('$case', ({ groups, links, maxSize, minLinked, want }) => {
    expect(attachSmallGroups(groups, linkedBy(links), maxSize, minLinked)).toEqual(want);
  });
});

describe('storyGroups', () => {
  const p = { storyThreshold: 0.7, linkThreshold: 0.5, attachSize: 1, attachLinked: 0.5 };

  it('keeps a densely linked report that averages under the story threshold', () => {
    // Items 0-2 tell one event; item 3 links to 0 and 1 but not to 2, so its mean (0.6) is under 0.7.
    const s = scores({ '0-1': 0.9, '0-2': 0.9, '1-2': 0.9, '0-3': 0.9, '1-3': 0.9, '2-3': 0 });
    expect(storyGroups(4, s, { ...p, attachSize: 0 })).toEqual([0, 0, 0, 3]);
    expect(storyGroups(4, s, p)).toEqual([0, 0, 0, 0]);
  });

  it('keeps two look-alike events apart when few of their pairs are links', () => {
    const s = scores({ '0-1': 0.9, '2-3': 0.9, '0-2': 0.6, '1-3': 0.1, '0-3': 0.1, '1-2': 0.1 });
    expect(storyGroups(4, s, p)).toEqual([0, 0, 2, 2]);
  });
});
