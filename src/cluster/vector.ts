import type { ClusterVector } from '../domain/story.ts';
import { CLUSTER_PARAMS } from './params.ts';
import { partCosine, sparsePart, sparseParts } from './sparse-part.ts';
import type { ArticleTerms } from './terms.ts';

type Sparse = Record<string, number>;

/** IDF with the article itself counted: rare terms weigh most, a term in every document weighs ~0. */
export function idf(df: number, docs: number): number {
  return Math.log((docs + 1) / (df + 0.5));
}

function topNormalized(entries: [string, number][], keep: number): Sparse {
  const top = entries.filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return Object.fromEntries(top.map(([k, w]) => [k, w / norm]));
}

/** The document-frequency key of a year. */
export function yearTerm(year: string): string {
  return `y:${year}`;
}

/** The document-frequency key of an entity. */
export function entityTerm(key: string): string {
  return `@${key}`;
}

/** An article's vector: TF-IDF words and specifics, entities by salience, each part unit length. */
export function articleVector(
  terms: ArticleTerms,
  entities: readonly { key: string; name: string; salience: number }[],
  topics: readonly string[],
  weightOf: (term: string) => number,
  /** The weight of a term seen in one document only: what a year's weight is measured against. */
  maxWeight: number,
): ClusterVector {
  const weigh = (m: Map<string, number>) => [...m].map(([k, tf]): [string, number] => [k, tf * weightOf(k)]);
  return {
    w: topNormalized(weigh(terms.words), CLUSTER_PARAMS.articleTerms),
    l: topNormalized(weigh(terms.lead), CLUSTER_PARAMS.articleTerms),
    // Not normalized: a year's weight is how informative it is (0..1), so a year every story mentions counts for nothing.
    y: Object.fromEntries([...terms.years].map((y) => [y, maxWeight > 0 ? Math.min(1, weightOf(yearTerm(y)) / maxWeight) : 0])),
    s: topNormalized(weigh(terms.specifics).filter(([k]) => k.startsWith('^')), CLUSTER_PARAMS.articleTerms),
    d: topNormalized(weigh(terms.specifics).filter(([k]) => k.startsWith('#')), CLUSTER_PARAMS.articleTerms),
    // Entities weigh by IDF too: every Russia story names Russia, only one names the UAE's mediator.
    e: topNormalized(entities.map((e) => [e.key, e.salience * weightOf(entityTerm(e.key))]), CLUSTER_PARAMS.articleTerms),
    names: Object.fromEntries(entities.map((e) => [e.key, e.name])),
    topics: Object.fromEntries(topics.map((t) => [t, 1])),
  };
}

function addInto(target: Sparse, add: Sparse, keep: number): Sparse {
  const out: Sparse = { ...target };
  for (const [k, v] of Object.entries(add)) out[k] = (out[k] ?? 0) + v;
  const entries = Object.entries(out);
  if (entries.length <= keep) return out;
  return Object.fromEntries(entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep));
}

/** A story's centroid plus one member: running sums, the lightest terms pruned so a big story stays small. */
export function addToCentroid(centroid: ClusterVector, v: ClusterVector): ClusterVector {
  const keep = CLUSTER_PARAMS.centroidTerms;
  return {
    w: addInto(centroid.w, v.w, keep),
    l: addInto(centroid.l ?? {}, v.l ?? {}, keep),
    y: addInto(centroid.y ?? {}, v.y ?? {}, keep),
    s: addInto(centroid.s, v.s, keep),
    d: addInto(centroid.d ?? {}, v.d ?? {}, keep),
    e: addInto(centroid.e, v.e, keep),
    names: { ...centroid.names, ...v.names },
    topics: addInto(centroid.topics, v.topics, keep),
  };
}

export function emptyVector(): ClusterVector {
  return { w: {}, s: {}, d: {}, e: {}, l: {}, y: {}, names: {}, topics: {} };
}

/** The Euclidean norm of a part (kept beside it: sparse-part.ts). */
export function norm(v: Sparse): number {
  return sparsePart(v).norm;
}

/** Cosine of two parts; each part's terms and norm are kept beside it (sparse-part.ts). */
export function cosine(a: Sparse, b: Sparse): number {
  return partCosine(...sparseParts(a, b));
}

/** The keys an article is looked up and indexed under: its heaviest words, specifics and entities. */
export function indexKeys(v: ClusterVector): { key: string; weight: number }[] {
  const all: { key: string; weight: number }[] = [
    ...Object.entries(v.w).map(([k, w]) => ({ key: `t:${k}`, weight: w })),
    ...Object.entries(v.s).map(([k, w]) => ({ key: `t:${k}`, weight: w })),
    ...Object.entries(v.d ?? {}).map(([k, w]) => ({ key: `t:${k}`, weight: w / 2 })),
    ...Object.entries(v.e).map(([k, w]) => ({ key: `e:${k}`, weight: w })),
  ];
  return all.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1)).slice(0, CLUSTER_PARAMS.indexKeys);
}
