import type { ClusterVector } from '../domain/story.ts';
import { sparsePart, type SparsePart } from './sparse-part.ts';

type Sparse = Record<string, number>;

/** Stands for a part a vector lacks: shared, never changed, so its table is built once. */
const NONE: Sparse = Object.freeze({}) as Sparse;

/**
 * A vector as the same-event similarity reads it: each part as a SparsePart, the people among its entities, its
 * leading person and its largest year weight, built once and kept beside the vector. A newcomer is scored against
 * hundreds of candidates and a candidate against every newcomer of its time window: one lookup per vector instead of
 * a dozen per pair, and one object shape however the vector was made (parsed, or built in this process).
 */
export interface ScoringVector {
  readonly lang: string | null;
  readonly w: SparsePart;
  readonly s: SparsePart;
  readonly d: SparsePart;
  readonly e: SparsePart;
  readonly l: SparsePart;
  readonly y: SparsePart;
  readonly people: SparsePart;
  /** The entity part as stored, for the leading persons' lookups. */
  readonly entities: Sparse;
  /** The person with the largest weight (ties: smallest key), null when none. */
  readonly leadingPerson: string | null;
  /** The largest year weight (-Infinity when it names no year). */
  readonly yearMax: number;
  /** Of the parts' term numbering (sparse-part.ts). */
  readonly generation: number;
}

const prepared = new WeakMap<ClusterVector, ScoringVector>();

const isPerson = (key: string) => key.startsWith('person:');

function leadingPersonOf(e: Sparse): string | null {
  let best: string | null = null;
  for (const [k, x] of Object.entries(e)) {
    if (!isPerson(k) || x <= 0) continue;
    if (best === null || x > e[best]! || (x === e[best]! && k < best)) best = k;
  }
  return best;
}

function build(v: ClusterVector): ScoringVector {
  const people = Object.fromEntries(Object.entries(v.e).filter(([k]) => isPerson(k)));
  for (;;) {
    const parts = [v.w, v.s, v.d ?? NONE, v.e, v.l ?? NONE, v.y ?? NONE, people].map(sparsePart);
    // Building a part may start the term numbering again: then every part is built anew.
    if (parts.some((p) => p.generation !== parts.at(-1)!.generation)) continue;
    const [w, s, d, e, l, y, peoplePart] = parts as [SparsePart, SparsePart, SparsePart, SparsePart, SparsePart, SparsePart, SparsePart];
    return {
      lang: v.lang ?? null,
      w,
      s,
      d,
      e,
      l,
      y,
      people: peoplePart,
      entities: v.e,
      leadingPerson: leadingPersonOf(v.e),
      yearMax: y.vals.length ? Math.max(...y.vals) : -Infinity,
      generation: y.generation,
    };
  }
}

function scoringVector(v: ClusterVector): ScoringVector {
  let p = prepared.get(v);
  if (!p) prepared.set(v, (p = build(v)));
  return p;
}

/** Two vectors prepared for scoring with their terms numbered alike (the older is built again when they are not). */
export function scoringPair(a: ClusterVector, b: ClusterVector): [ScoringVector, ScoringVector] {
  let pa = scoringVector(a);
  let pb = scoringVector(b);
  while (pa.generation !== pb.generation) {
    for (const [v, p] of [[a, pa], [b, pb]] as const) if (p.generation < Math.max(pa.generation, pb.generation)) prepared.set(v, build(v));
    pa = scoringVector(a);
    pb = scoringVector(b);
  }
  return [pa, pb];
}
