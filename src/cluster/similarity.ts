import type { ClusterVector, EdgeReasons } from '../domain/story.ts';
import { CROSS_LINGUAL_FEATURES, crossLingualFeatures, isCrossLingual } from './cross-lingual.ts';
import { CLUSTER_PARAMS } from './params.ts';
import { novelNames, sparsePart, sparseParts } from './sparse-part.ts';
import { cosine } from './vector.ts';

const HOUR = 3_600_000;

type Sparse = Record<string, number>;

/** Stands for a part a vector lacks: shared, never changed, so its norm is looked up once. */
const NONE: Sparse = Object.freeze({}) as Sparse;

/** What the similarity reads off two vectors, each feature 0..1 (years -1..1). Names match CLUSTER_PARAMS.weights. */
export interface SimilarityFeatures {
  words: number;
  names: number;
  numbers: number;
  entities: number;
  lead: number;
  years: number;
  people: number;
  /** Share of each side's lead names (who and where, as its first lines tell it) the other never uses, averaged both ways. */
  novelLead: number;
  /** 1 when each side's leading person is absent from the other: two arrests, two people, two events. */
  personConflict: number;
}

export function similarityFeatures(a: ClusterVector, b: ClusterVector): SimilarityFeatures {
  return {
    words: cosine(a.w, b.w),
    names: cosine(a.s, b.s),
    numbers: cosine(a.d ?? NONE, b.d ?? NONE),
    entities: cosine(a.e, b.e),
    lead: cosine(a.l ?? NONE, b.l ?? NONE),
    years: yearAgreement(a.y ?? NONE, b.y ?? NONE),
    people: cosine(people(a.e), people(b.e)),
    novelLead: novelLead(a.l ?? NONE, b.l ?? NONE),
    personConflict: personConflict(a.e, b.e),
  };
}

/**
 * How related two vectors are, 0..1: a logistic combination of their features (weights fitted on ECB+ look-alike
 * events and the world-news corpus, see params.ts) lowered by the time between them. Stories of one conflict with
 * the same actors score high here though they tell different events; edges use it.
 * Works the same against one article's vector or a story's running sums, since cosine ignores scale.
 */
export function relatedness(a: ClusterVector, b: ClusterVector, gapHours: number, windowHours: number): number {
  return similarityScores(a, b, gapHours, windowHours).related;
}

/**
 * How likely two vectors report the same event, 0..1: their relatedness, pulled down steeply when they agree too
 * little on what happened (the larger of their word and lead cosines under minContent). Shared actors and places
 * alone do not make one event: a prisoner swap between two countries is not their peace talks. Joins and merges
 * use it.
 */
export function sameEventScore(a: ClusterVector, b: ClusterVector, gapHours: number, windowHours: number): number {
  return similarityScores(a, b, gapHours, windowHours).sameEvent;
}

/**
 * Both scores from one reading of the features. Two articles in different languages are read by the cross-lingual
 * model alone (its features are language-independent, time proximity among them); its score is both.
 */
export function similarityScores(a: ClusterVector, b: ClusterVector, gapHours: number, windowHours: number): { sameEvent: number; related: number } {
  if (isCrossLingual(a, b)) {
    const s = sigmoid(crossLingualLogit(a, b, gapHours)) * timeFactor(gapHours, windowHours);
    return { sameEvent: s, related: s };
  }
  const f = similarityFeatures(a, b);
  const z = logit(f);
  const shortfall = Math.max(0, CLUSTER_PARAMS.minContent - Math.max(f.words, f.lead));
  const time = timeFactor(gapHours, windowHours);
  return { related: sigmoid(z) * time, sameEvent: sigmoid(z + CLUSTER_PARAMS.contentShortfallWeight * shortfall) * time };
}

/** The features in the order the logit sums them (that of SimilarityFeatures), so the sum is the same double. */
const FEATURES = ['words', 'names', 'numbers', 'entities', 'lead', 'years', 'people', 'novelLead', 'personConflict'] as const satisfies readonly (keyof SimilarityFeatures)[];

function logit(f: SimilarityFeatures): number {
  const w = CLUSTER_PARAMS.weights;
  let z = w.bias;
  for (const k of FEATURES) z += w[k] * f[k];
  return z;
}

function crossLingualLogit(a: ClusterVector, b: ClusterVector, gapHours: number): number {
  const w = CLUSTER_PARAMS.crossLingual.weights;
  const f = crossLingualFeatures(a, b, gapHours);
  let z = w.bias;
  for (const k of CROSS_LINGUAL_FEATURES) z += w[k] * f[k];
  return z;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function timeFactor(gapHours: number, windowHours: number): number {
  return 1 - CLUSTER_PARAMS.timePenalty * Math.min(1, Math.abs(gapHours) / windowHours);
}

/**
 * Toward 1 when both mention the same years, toward -1 when both mention years and none in common, 0 when either
 * mentions none; scaled by how informative the article's years are (a year every story mentions tells nothing).
 */
function yearAgreement(a: Sparse, b: Sparse): number {
  const pa = sparsePart(a);
  if (!pa.ids.length || !sparsePart(b).ids.length) return 0;
  return Math.max(...pa.vals) * (2 * cosine(a, b) - 1);
}

/** The people of an entity part, kept beside it: a vector is compared with many candidates. */
const peopleOf = new WeakMap<Sparse, Sparse>();

function people(e: Sparse): Sparse {
  let out = peopleOf.get(e);
  if (!out) {
    out = Object.fromEntries(Object.entries(e).filter(([k]) => isPerson(k)));
    peopleOf.set(e, out);
  }
  return out;
}

const isPerson = (key: string) => key.startsWith('person:');

/**
 * Lead names are the lead's capitalized terms ('^sukanya'): the share of each side's the other never uses, averaged
 * both ways; a lead that names none counts as all new.
 */
function novelLead(a: Sparse, b: Sparse): number {
  const [pa, pb] = sparseParts(a, b);
  return (novelNames(pa, pb) + novelNames(pb, pa)) / 2;
}

function personConflict(a: Sparse, b: Sparse): number {
  const pa = leadingPerson(a);
  const pb = leadingPerson(b);
  return pa && pb && !b[pa] && !a[pb] ? 1 : 0;
}

/** The leading person of an entity part, kept beside it. */
const leading = new WeakMap<Sparse, string | null>();

function leadingPerson(e: Sparse): string | null {
  let best = leading.get(e);
  if (best === undefined) leading.set(e, (best = findLeadingPerson(e)));
  return best;
}

function findLeadingPerson(e: Sparse): string | null {
  let best: string | null = null;
  for (const [k, x] of Object.entries(e)) {
    if (!isPerson(k) || x <= 0) continue;
    if (best === null || x > e[best]! || (x === e[best]! && k < best)) best = k;
  }
  return best;
}

export function hoursBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / HOUR;
}

function sharedKeys(a: Sparse, b: Sparse, limit: number): string[] {
  return Object.keys(a)
    .filter((k) => b[k])
    .sort((x, y) => a[y]! * b[y]! - a[x]! * b[x]! || (x < y ? -1 : 1))
    .slice(0, limit);
}

/** Why two vectors are linked: what they share, most weighty first. */
export function edgeReasons(a: ClusterVector, b: ClusterVector, opts: { sameStory: boolean; gapHours: number }): EdgeReasons {
  return {
    sharedEntities: sharedKeys(a.e, b.e, 8).map((key) => ({ key, name: a.names[key] ?? b.names[key] ?? key })),
    sharedTerms: [...sharedKeys(a.w, b.w, 6), ...sharedKeys(a.s, b.s, 4).map((k) => k.slice(1)), ...sharedKeys(a.d ?? {}, b.d ?? {}, 2).map((k) => k.slice(1))],
    sharedTopics: sharedKeys(a.topics, b.topics, 6),
    sameStory: opts.sameStory,
    timeGapHours: Math.round(opts.gapHours * 10) / 10,
    crossLingual: isCrossLingual(a, b),
  };
}
