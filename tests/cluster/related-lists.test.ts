/**
 * Each article keeps its k best related edges whatever order the pairs arrive in: offers merged into stored lists,
 * in any order and any grouping, give the lists the whole set of pairs gives at once.
 */
import { describe, expect, it } from 'vitest';
import { mergeLists, ranksBefore } from '../../src/cluster/related-lists.ts';
import type { ArticleEdge } from '../../src/domain/story.ts';
import { seededRandom as random } from '../support/seeded-random.ts';

const reasons = { sharedEntities: [], sharedTerms: [], sharedTopics: [], sameStory: false, timeGapHours: 0, crossLingual: false };


/** Both rows of each pair, as a placed article offers them; scores on a coarse grid so ties happen. */
function pairs(n: number, rnd: () => number): ArticleEdge[][] {
  const out: ArticleEdge[][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (rnd() < 0.5) continue;
      const score = Math.round(rnd() * 10) / 10;
      const [a, b] = [`a${String(i).padStart(3, '0')}`, `a${String(j).padStart(3, '0')}`];
      out.push([{ articleId: a, relatedId: b, score, reasons }, { articleId: b, relatedId: a, score, reasons }]);
    }
  }
  return out;
}

/** Applies offers group by group to a stored table, as the clusterer does batch by batch. */
function apply(k: number, groups: ArticleEdge[][]): string[] {
  const table = new Map<string, ArticleEdge>();
  for (const offered of groups) {
    const change = mergeLists(k, [...table.values()], offered);
    for (const e of change.removed) table.delete(`${e.articleId} ${e.relatedId}`);
    for (const e of change.added) table.set(`${e.articleId} ${e.relatedId}`, e);
  }
  return [...table.values()].map((e) => `${e.articleId} ${e.relatedId} ${e.score}`).sort();
}

/** The k best of each article's pairs, from all of them at once. */
function best(k: number, all: ArticleEdge[]): string[] {
  const by = new Map<string, ArticleEdge[]>();
  for (const e of all) by.set(e.articleId, [...(by.get(e.articleId) ?? []), e]);
  return [...by.values()].flatMap((l) => l.sort(ranksBefore).slice(0, k)).map((e) => `${e.articleId} ${e.relatedId} ${e.score}`).sort();
}

describe('related-article lists', () => {
  it.each([
    { seed: 1, n: 12, k: 3 },
    { seed: 2, n: 30, k: 5 },
    { seed: 3, n: 40, k: 1 },
    { seed: 4, n: 25, k: 10 },
  ])('seed $seed, $n articles, k=$k: any arrival order and grouping gives the best k of all pairs', ({ seed, n, k }) => {
    const rnd = random(seed);
    const all = pairs(n, rnd);
    const expected = best(k, all.flat());
    for (let run = 0; run < 5; run++) {
      const order = [...all].sort(() => rnd() - 0.5);
      const groups: ArticleEdge[][] = [];
      for (let i = 0; i < order.length; ) {
        const size = 1 + Math.floor(rnd() * 6);
        groups.push(order.slice(i, i + size).flat());
        i += size;
      }
      expect(apply(k, groups)).toEqual(expected);
    }
  });

  it('pushes out only the last of a full list, and only for a better newcomer', () => {
    const stored: ArticleEdge[] = [
      { articleId: 'x', relatedId: 'b', score: 0.5, reasons },
      { articleId: 'x', relatedId: 'c', score: 0.3, reasons },
    ];
    const worse = mergeLists(2, stored, [{ articleId: 'x', relatedId: 'a', score: 0.3, reasons }]);
    // Equal score: the smaller id ranks first, so `a` takes `c`'s place.
    expect(worse.removed.map((e) => e.relatedId)).toEqual(['c']);
    expect(worse.added.map((e) => e.relatedId)).toEqual(['a']);
    const weaker = mergeLists(2, stored, [{ articleId: 'x', relatedId: 'd', score: 0.2, reasons }]);
    expect(weaker).toEqual({ added: [], removed: [] });
  });
});
