import { afterEach, describe, expect, it } from 'vitest';
import { dot, novelNames, setTermCapacity, sparsePart, sparseParts } from '../../src/cluster/sparse-part.ts';

type Sparse = Record<string, number>;

// The figures as read off the plain objects, in their key order (how the similarity read them before parts were kept).
function plainDot(a: Sparse, b: Sparse): number {
  const [small, large] = Object.keys(a).length < Object.keys(b).length ? [a, b] : [b, a];
  let sum = 0;
  for (const k of Object.keys(small)) if (Object.hasOwn(large, k) && large[k]) sum += small[k]! * large[k]!;
  return sum;
}

function plainNovel(a: Sparse, b: Sparse): number {
  let total = 0;
  let novel = 0;
  for (const k of Object.keys(a)) {
    if (!k.startsWith('^')) continue;
    total += a[k]!;
    if (!(Object.hasOwn(b, k) && b[k])) novel += a[k]!;
  }
  return total ? novel / total : 1;
}

let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const random = (n: number, vocabulary: number): Sparse =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${i % 4 ? '' : '^'}t${Math.floor(rand() * vocabulary)}`, rand()]));

const cases: { name: string; a: Sparse; b: Sparse }[] = [
  { name: 'disjoint', a: { x: 1, y: 2 }, b: { z: 3 } },
  { name: 'as many keys: summed over the second', a: { p: 0.1, q: 0.2, r: 0.3 }, b: { r: 0.7, q: 0.11, p: 0.13 } },
  { name: 'integer-like keys come first in key order', a: { b: 0.5, '2021': 0.25, '1999': 1 }, b: { '1999': 0.5, '2021': 0.3, b: 0.9, c: 1 } },
  { name: 'a zero weight counts as absent', a: { '^kyiv': 0.4, '^lviv': 0.6 }, b: { '^kyiv': 0, '^lviv': 0.2 } },
  { name: 'an empty part', a: {}, b: { '^a': 1 } },
  { name: 'names of Object.prototype are ordinary terms', a: { constructor: 0.5, toString: 0.5, '^x': 1 }, b: { hasOwnProperty: 1 } },
  { name: 'random, many keys', a: random(60, 90), b: random(60, 90) },
  { name: 'random, one small', a: random(5, 20), b: random(80, 20) },
];

describe('sparse parts', () => {
  afterEach(() => setTermCapacity(1 << 20));

  it.each(cases)('dot, norm and novel lead names are the plain figures bit for bit: $name', ({ a, b }) => {
    const [pa, pb] = sparseParts(a, b);
    expect(dot(pa, pb)).toBe(plainDot(a, b));
    expect(dot(pb, pa)).toBe(plainDot(b, a));
    expect(novelNames(pa, pb)).toBe(plainNovel(a, b));
    expect(novelNames(pb, pa)).toBe(plainNovel(b, a));
    expect(pa.norm).toBe(Math.sqrt(Object.values(a).reduce((s, x) => s + x * x, 0)));
  });

  it('gives the same figures after the term numbering starts again', () => {
    const parts = Array.from({ length: 20 }, () => random(30, 200));
    const before = parts.map((a) => parts.map((b) => dot(...sparseParts(a, b))));
    // A few dozen terms a numbering: it starts again many times while the parts are read in turn.
    setTermCapacity(40);
    const after = parts.map((a) => parts.map((b) => dot(...sparseParts(a, b))));
    expect(after).toEqual(before);
    expect(after[3]![7]).toBe(plainDot(parts[3]!, parts[7]!));
    const [pa, pb] = sparseParts(parts[0]!, parts[1]!);
    expect(pa.generation).toBe(pb.generation);
    expect(sparsePart(parts[0]!)).toBe(sparsePart(parts[0]!));
  });
});
