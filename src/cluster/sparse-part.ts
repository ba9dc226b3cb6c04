type Sparse = Record<string, number>;

/*
 * A vector part (term -> weight) as the similarity reads it, built once per part and kept beside it: a newcomer is
 * compared with hundreds of candidates, and a parsed candidate with every newcomer of the time window. Looking a term
 * up in a plain object of many keys is a hash probe on a string through a generic path; here each term is a small
 * integer and a part's terms sit in an open-addressed table of typed arrays. Parts are never changed once built
 * (addInto and topNormalized make new objects), and every sum runs over the same keys in the same order as reading
 * the object would, so each figure is the same double.
 */

/** Term -> small integer, shared by every part. Bounded: when full it starts again, and parts built before are rebuilt. */
let termsKeep = 1 << 20;
let termIds = new Map<string, number>();
let generation = 0;

/** How many terms are numbered before the numbering starts again (a test makes it small to see that happen). */
export function setTermCapacity(n: number): void {
  termsKeep = n;
}

function termId(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    if (termIds.size >= termsKeep) {
      termIds = new Map();
      generation++;
    }
    id = termIds.size;
    termIds.set(term, id);
  }
  return id;
}

export interface SparsePart {
  /** The part's terms as ids and their weights, in the object's key order. */
  readonly ids: Int32Array;
  readonly vals: Float64Array;
  /** Euclidean norm, summed in key order. */
  readonly norm: number;
  /** Positions (in ids) of the terms that are lead names ('^…'), in key order. */
  readonly names: Int32Array;
  /** Open addressing: slot -> position + 1 (0: empty); `mask` is the table size less one. */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly generation: number;
}

const parts = new WeakMap<Sparse, SparsePart>();

const slotOf = (id: number, mask: number) => (Math.imul(id, 0x9e3779b1) >>> 0) & mask;

function build(v: Sparse): SparsePart {
  const keys = Object.keys(v);
  const n = keys.length;
  const ids = new Int32Array(n);
  const vals = new Float64Array(n);
  const names: number[] = [];
  let s = 0;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    const x = v[k]!;
    ids[i] = termId(k);
    vals[i] = x;
    s += x * x;
    if (k.startsWith('^')) names.push(i);
  }
  let size = 8;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    let h = slotOf(ids[i]!, mask);
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = i + 1;
  }
  return { ids, vals, norm: Math.sqrt(s), names: Int32Array.from(names), slots, mask, generation };
}

/** The part as the similarity reads it; callers must not change `v` afterwards. */
export function sparsePart(v: Sparse): SparsePart {
  let p = parts.get(v);
  if (!p || p.generation !== generation) {
    p = build(v);
    parts.set(v, p);
  }
  return p;
}

/**
 * Two parts numbered alike: building the second may start the numbering again, and then the first is built again.
 */
export function sparseParts(a: Sparse, b: Sparse): [SparsePart, SparsePart] {
  for (;;) {
    const pa = sparsePart(a);
    const pb = sparsePart(b);
    if (pa.generation === pb.generation) return [pa, pb];
  }
}

/** The weight of term `id` in part `p`, 0 when absent (as `v[k] ?? 0` would read it). */
export function weightOf(p: SparsePart, id: number): number {
  const { slots, mask, ids } = p;
  for (let h = slotOf(id, mask); ; h = (h + 1) & mask) {
    const at = slots[h]!;
    if (at === 0) return 0;
    if (ids[at - 1] === id) return p.vals[at - 1]!;
  }
}

/** The dot product summed over the smaller part's terms in its key order (the larger's when they are as many). */
export function dot(a: SparsePart, b: SparsePart): number {
  const [small, large] = a.ids.length < b.ids.length ? [a, b] : [b, a];
  const { ids, vals } = small;
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    const y = weightOf(large, ids[i]!);
    if (y) sum += vals[i]! * y;
  }
  return sum;
}

/** Cosine of two parts numbered alike: 0 when either is empty. */
export function partCosine(a: SparsePart, b: SparsePart): number {
  if (!a.norm || !b.norm) return 0;
  return dot(a, b) / (a.norm * b.norm);
}

/**
 * Of a's lead names, the share by weight the other part lacks; 1 when a has none. Sums in a's key order.
 */
export function novelNames(a: SparsePart, b: SparsePart): number {
  let total = 0;
  let novel = 0;
  for (let j = 0; j < a.names.length; j++) {
    const i = a.names[j]!;
    const x = a.vals[i]!;
    total += x;
    if (!weightOf(b, a.ids[i]!)) novel += x;
  }
  return total ? novel / total : 1;
}
