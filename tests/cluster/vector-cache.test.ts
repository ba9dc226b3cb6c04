import { describe, expect, it } from 'vitest';
import { cosine, norm } from '../../src/cluster/vector.ts';
import { parseVector } from '../../src/store/repositories/candidate-index-repository.ts';

// The figures before norms were kept: a sum over Object.entries, as cosine was first written.
function plainCosine(a: Record<string, number>, b: Record<string, number>): number {
  const n = (v: Record<string, number>) => Math.sqrt(Object.values(v).reduce((s, x) => s + x * x, 0));
  const [na, nb] = [n(a), n(b)];
  if (!na || !nb) return 0;
  const [small, large] = Object.keys(a).length < Object.keys(b).length ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of Object.entries(small)) if (large[k]) dot += x * large[k]!;
  return dot / (na * nb);
}

describe('vector caches', () => {
  it('cosine and norm give the same figures, bit for bit, asked once or many times', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const make = () => Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`t${Math.floor(rand() * 80)}${i % 3 ? '' : '2'}`, rand()]));
    const vs = Array.from({ length: 30 }, make);
    for (const a of vs) {
      for (const b of vs) {
        expect(cosine(a, b)).toBe(plainCosine(a, b));
        expect(cosine(a, b)).toBe(plainCosine(a, b));
      }
      expect(norm(a)).toBe(Math.sqrt(Object.values(a).reduce((s, x) => s + x * x, 0)));
    }
    expect(cosine({}, { a: 1 })).toBe(0);
  });

  it('parses a stored vector text once and fills missing parts', () => {
    const text = JSON.stringify({ w: { ceasefire: 0.8, talks: 0.6 }, e: { ukraine: 1 } });
    const v = parseVector(text);
    expect(parseVector(text)).toBe(v);
    expect(v.w).toEqual({ ceasefire: 0.8, talks: 0.6 });
    expect(v.s).toEqual({});
    expect(parseVector('not json').w).toEqual({});
  });
});
