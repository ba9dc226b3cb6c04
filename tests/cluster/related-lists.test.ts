/**
 * Each article keeps its k best related edges whatever order the pairs arrive in: offers merged into stored lists,
 * in any order and any grouping, give the lists the whole set of pairs gives at once.
 */
import { describe, expect, it } from 'vitest';
import { listsKept, mergeLists, ranksBefore, type ListSummary } from '../../src/cluster/related-lists.ts';
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

  it.each([
    { case: 'a full list above the offer', k: 2, stored: [0.5, 0.4], offers: [['n', 0.3]], kept: true },
    { case: 'an offer tying the lowest score', k: 2, stored: [0.5, 0.4], offers: [['n', 0.4]], kept: false },
    { case: 'one offer of two above the lowest', k: 2, stored: [0.5, 0.4], offers: [['n', 0.3], ['m', 0.45]], kept: false },
    { case: 'a list not full', k: 3, stored: [0.5, 0.4], offers: [['n', 0.1]], kept: false },
    { case: 'a list longer than k (k lowered): trimmed', k: 1, stored: [0.5, 0.4], offers: [['n', 0.1]], kept: false },
    { case: 'an offer of a pair the list holds', k: 2, stored: [0.5, 0.4], offers: [['r0', 0.3]], kept: false },
    { case: 'no stored list', k: 2, stored: [], offers: [['n', 0.3]], kept: false },
  ])('a list is left unread only where merging would not change it: $case', ({ k, stored, offers, kept }) => {
    const rows: ArticleEdge[] = stored.map((score, i) => ({ articleId: 'x', relatedId: `r${i}`, score, reasons }));
    const offered: ArticleEdge[] = offers.map(([relatedId, score]) => ({ articleId: 'x', relatedId: relatedId as string, score: score as number, reasons }));
    const summaries = new Map<string, ListSummary>(rows.length ? [['x', { count: rows.length, lowest: Math.min(...stored) }]] : []);
    const held = new Set(rows.filter((r) => offered.some((o) => o.relatedId === r.relatedId)).map((r) => `x ${r.relatedId}`));
    expect(listsKept(k, summaries, offered, held).has('x')).toBe(kept);
    if (kept) expect(mergeLists(k, rows, offered)).toEqual({ added: [], removed: [] });
  });

  it.each([1, 2, 3])('seed %i: merging only the lists not kept changes the same rows as merging them all', (seed) => {
    const rnd = random(seed);
    const k = 4;
    const stored: ArticleEdge[] = [];
    const offered: ArticleEdge[] = [];
    for (let o = 0; o < 40; o++) {
      const owner = `o${o}`;
      const n = Math.floor(rnd() * 7);
      for (let i = 0; i < n; i++) stored.push({ articleId: owner, relatedId: `s${i}`, score: Math.round(rnd() * 10) / 10, reasons });
      for (let i = 0; i < 1 + Math.floor(rnd() * 2); i++) offered.push({ articleId: owner, relatedId: rnd() < 0.1 ? 's0' : `n${i}`, score: Math.round(rnd() * 10) / 10, reasons });
    }
    const summaries = new Map<string, ListSummary>();
    for (const e of stored) {
      const s = summaries.get(e.articleId) ?? { count: 0, lowest: Infinity };
      summaries.set(e.articleId, { count: s.count + 1, lowest: Math.min(s.lowest, e.score) });
    }
    const held = new Set(offered.filter((o) => stored.some((r) => r.articleId === o.articleId && r.relatedId === o.relatedId)).map((o) => `${o.articleId} ${o.relatedId}`));
    const kept = listsKept(k, summaries, offered, held);
    const all = mergeLists(k, stored, offered);
    const some = mergeLists(
      k,
      stored.filter((e) => !kept.has(e.articleId)),
      offered.filter((e) => !kept.has(e.articleId)),
    );
    expect(kept.size).toBeGreaterThan(0);
    expect(some).toEqual(all);
  });
});
