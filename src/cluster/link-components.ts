import type { ClusterVector } from '../domain/story.ts';
import { CLUSTER_PARAMS } from './params.ts';
import { hoursBetween, similarityScores } from './similarity.ts';

/** An article as linking reads it. */
export interface LinkableArticle {
  id: string;
  publishedAt: string;
  vector: ClusterVector;
}

/**
 * The same-event score of two articles, or null when they are further apart in time than the window. Symmetric and
 * a function of the two articles alone, so whether two articles are linked never depends on what else arrived or
 * in which order.
 */
export function linkScore(a: LinkableArticle, b: LinkableArticle, windowHours: number): number | null {
  const gap = hoursBetween(a.publishedAt, b.publishedAt);
  return gap > windowHours ? null : pairScores(a, b, gap, windowHours).sameEvent;
}

/**
 * Both scores of two articles `gapHours` apart from one reading of their features (similarity.ts): the same-event
 * score linkScore gives, and their relatedness. Arguments go in canonical order, so floating-point sums come out
 * bit-identical whichever side asks.
 */
export function pairScores(a: LinkableArticle, b: LinkableArticle, gapHours: number, windowHours: number): { sameEvent: number; related: number } {
  const [x, y] = canonicalOrder(a, b) <= 0 ? [a, b] : [b, a];
  return similarityScores(x.vector, y.vector, gapHours, windowHours);
}

export function isLink(score: number | null): score is number {
  return score !== null && score >= CLUSTER_PARAMS.linkThreshold;
}

/** Publication time, then id: the canonical order that names a story after its first article. */
export function canonicalOrder(a: { publishedAt: string; id: string }, b: { publishedAt: string; id: string }): number {
  if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Stories of a set of articles and the links between them: the connected components, each named by its first
 * article in canonical order. Returns article id -> story id.
 */
export function linkComponents(articles: readonly { id: string; publishedAt: string }[], links: readonly [string, string][]): Map<string, string> {
  const parent = new Map(articles.map((a) => [a.id, a.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const [a, b] of links) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra > rb ? ra : rb, ra > rb ? rb : ra);
  }
  const first = new Map<string, { publishedAt: string; id: string }>();
  for (const a of articles) {
    const r = find(a.id);
    const f = first.get(r);
    if (!f || canonicalOrder(a, f) < 0) first.set(r, a);
  }
  return new Map(articles.map((a) => [a.id, first.get(find(a.id))!.id]));
}

/**
 * Average-link agglomerative clustering of items 0..n-1 in canonical order: repeatedly joins the two groups whose
 * members' mean pairwise score is highest, while it reaches `threshold`; ties go to the groups holding the earliest
 * items. A function of the items and their scores alone, not of any order they arrived in. Returns each item's
 * group as the index of its group's first item.
 */
export function averageLink(n: number, score: (i: number, j: number) => number, threshold: number): number[] {
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const alive = new Set(Array.from({ length: n }, (_, i) => i));
  // sums[a][b]: the sum of scores between the members of groups a and b.
  const sums: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = score(i, j);
      sums[i]![j] = s;
      sums[j]![i] = s;
    }
  }
  for (;;) {
    let best = -1;
    let ba = -1;
    let bb = -1;
    const groups = [...alive].sort((x, y) => x - y);
    for (let x = 0; x < groups.length; x++) {
      const a = groups[x]!;
      for (let y = x + 1; y < groups.length; y++) {
        const b = groups[y]!;
        const avg = sums[a]![b]! / (members[a]!.length * members[b]!.length);
        if (avg > best + 1e-12) {
          best = avg;
          ba = a;
          bb = b;
        }
      }
    }
    if (ba < 0 || best < threshold) break;
    // Group ids are their first item: merging keeps the smaller.
    for (const c of alive) {
      if (c === ba || c === bb) continue;
      sums[ba]![c] = sums[ba]![c]! + sums[bb]![c]!;
      sums[c]![ba] = sums[ba]![c]!;
    }
    members[ba]!.push(...members[bb]!);
    alive.delete(bb);
  }
  const out = new Array<number>(n).fill(0);
  for (const g of alive) for (const i of members[g]!) out[i] = g;
  return out;
}

/**
 * Small groups left over by average link join a large group of their component. A report told from another angle
 * (a follow-up, a short brief) averages under the story threshold against a large story's members, although many
 * of its pairs with them are links; two look-alike events rarely link that densely. Each group of at most
 * `maxSize` items joins the larger group (more than `maxSize` items) to which the largest share of its pairs are
 * links, when that share reaches `minLinked`; ties go to the group of the earliest item. Small groups only ever
 * join large ones, which do not move, so the result is a function of the groups and the links alone. Returns each
 * item's group as the index of its group's first item (as averageLink does).
 */
export function attachSmallGroups(groups: readonly number[], linked: (i: number, j: number) => boolean, maxSize: number, minLinked: number): number[] {
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => members.set(g, [...(members.get(g) ?? []), i]));
  const large = [...members].filter(([, m]) => m.length > maxSize).sort((a, b) => a[0] - b[0]);
  const into = new Map<number, number>();
  for (const [g, m] of members) {
    if (m.length > maxSize) continue;
    let best = -1;
    let bestShare = -1;
    for (const [h, other] of large) {
      let links = 0;
      for (const i of m) for (const j of other) if (linked(i, j)) links++;
      const share = links / (m.length * other.length);
      if (share > bestShare + 1e-12) {
        best = h;
        bestShare = share;
      }
    }
    if (best >= 0 && bestShare >= minLinked) into.set(g, best);
  }
  return groups.map((g) => into.get(g) ?? g);
}

/**
 * Stories of the items 0..n-1 of one component of links (in canonical order): average link at the story threshold,
 * then small groups attached (attachSmallGroups). Each pair is scored once.
 */
export function storyGroups(
  n: number,
  score: (i: number, j: number) => number,
  p: { storyThreshold: number; linkThreshold: number; attachSize: number; attachLinked: number } = CLUSTER_PARAMS,
): number[] {
  const scores: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = score(i, j);
      scores[i]![j] = s;
      scores[j]![i] = s;
    }
  }
  const read = (i: number, j: number) => scores[i]![j]!;
  return attachSmallGroups(averageLink(n, read, p.storyThreshold), (i, j) => read(i, j) >= p.linkThreshold, p.attachSize, p.attachLinked);
}
