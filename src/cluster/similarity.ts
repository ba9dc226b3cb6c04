import type { ClusterVector, EdgeReasons } from '../domain/story.ts';
import { CROSS_LINGUAL_FEATURES, crossLingualFeatures, isCrossLingual } from './cross-lingual.ts';
import { CLUSTER_PARAMS } from './params.ts';
import { scoringPair, type ScoringVector } from './scoring-vector.ts';
import { novelNames, partCosine } from './sparse-part.ts';

const HOUR = 3_600_000;

type Sparse = Record<string, number>;

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
  return featuresOf(...scoringPair(a, b));
}

function featuresOf(a: ScoringVector, b: ScoringVector): SimilarityFeatures {
  return {
    words: partCosine(a.w, b.w),
    names: partCosine(a.s, b.s),
    numbers: partCosine(a.d, b.d),
    entities: partCosine(a.e, b.e),
    lead: partCosine(a.l, b.l),
    years: yearAgreement(a, b),
    people: partCosine(a.people, b.people),
    novelLead: (novelNames(a.l, b.l) + novelNames(b.l, a.l)) / 2,
    personConflict: personConflict(a, b),
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
  const [pa, pb] = scoringPair(a, b);
  if (pa.lang && pb.lang && pa.lang !== pb.lang) {
    const s = sigmoid(crossLingualLogit(a, b, gapHours)) * timeFactor(gapHours, windowHours);
    return { sameEvent: s, related: s };
  }
  const f = featuresOf(pa, pb);
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
function yearAgreement(a: ScoringVector, b: ScoringVector): number {
  if (!a.y.ids.length || !b.y.ids.length) return 0;
  return a.yearMax * (2 * partCosine(a.y, b.y) - 1);
}

/** 1 when each side's leading person is absent from the other's entities. */
function personConflict(a: ScoringVector, b: ScoringVector): number {
  const pa = a.leadingPerson;
  const pb = b.leadingPerson;
  return pa && pb && !b.entities[pa] && !a.entities[pb] ? 1 : 0;
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

/**
 * The name an edge shows for an entity both articles hold: the same whichever article is placed first, so that
 * stories and edges do not depend on arrival order where the two wrote it differently ("HELCOM", "Helsinki Commission").
 */
function sharedName(x: string | undefined, y: string | undefined): string | undefined {
  if (x === undefined || y === undefined) return x ?? y;
  return x <= y ? x : y;
}

/** Why two vectors are linked: what they share, most weighty first. */
export function edgeReasons(a: ClusterVector, b: ClusterVector, opts: { sameStory: boolean; gapHours: number }): EdgeReasons {
  return {
    sharedEntities: sharedKeys(a.e, b.e, 8).map((key) => ({ key, name: sharedName(a.names[key], b.names[key]) ?? key })),
    sharedTerms: [...sharedKeys(a.w, b.w, 6), ...sharedKeys(a.s, b.s, 4).map((k) => k.slice(1)), ...sharedKeys(a.d ?? {}, b.d ?? {}, 2).map((k) => k.slice(1))],
    sharedTopics: sharedKeys(a.topics, b.topics, 6),
    sameStory: opts.sameStory,
    timeGapHours: Math.round(opts.gapHours * 10) / 10,
    crossLingual: isCrossLingual(a, b),
  };
}
