import type { ClusterVector } from '../domain/story.ts';
import { sparsePart } from './sparse-part.ts';
import { cosine } from './vector.ts';

type Sparse = Record<string, number>;

/**
 * Two articles read in different languages share almost no words, so their words, leads and lead names say nothing
 * about whether they tell one event. What they do share is language-independent: the entities they name (resolved to
 * one id across languages and scripts by enrichment), numbers, the names written alike in both (places, acronyms),
 * the years, the kind of event (the topics enrichment finds in every language) and their closeness in time.
 */
export function isCrossLingual(a: ClusterVector, b: ClusterVector): boolean {
  return !!a.lang && !!b.lang && a.lang !== b.lang;
}

/** What the cross-lingual similarity reads off two vectors, each 0..1. Names match CLUSTER_PARAMS.crossLingual.weights. */
export interface CrossLingualFeatures {
  /** Cosine of all entities (countries lighter, as in the vector). */
  entities: number;
  /** Cosine of the entities that are not countries: the people, places and bodies an event happens to. */
  actors: number;
  /** Cosine of the numbers (digits read the same in every language). */
  numbers: number;
  /** Cosine of the names written the same in both (Antofagasta, RSF, Bonn). */
  names: number;
  /** Cosine of the event-type topics (disasters, sanctions, trade...), the meta-topic of reactions left out. */
  topics: number;
  /** 1 when both mention the same years only, -1 when both mention years and none in common, 0 otherwise. */
  years: number;
  /** Days between the two, up to a week, over a week: a follow-up comes days after, another language's report hours. */
  days: number;
}

/** A topic that says reactions were reported, not what kind of event drew them. */
const META_TOPICS = new Set(['international-reactions']);

/** A part's keys that `keep` holds, kept beside the part per filter: a vector is compared with many candidates. */
const filtered = new WeakMap<(k: string) => boolean, WeakMap<Sparse, Sparse>>();

function without(v: Sparse, keep: (k: string) => boolean): Sparse {
  let byPart = filtered.get(keep);
  if (!byPart) filtered.set(keep, (byPart = new WeakMap()));
  let out = byPart.get(v);
  if (!out) byPart.set(v, (out = Object.fromEntries(Object.entries(v).filter(([k]) => keep(k)))));
  return out;
}

const notCountry = (k: string) => !k.startsWith('country:');
const eventTopic = (k: string) => !META_TOPICS.has(k);
/** Stands for a part a vector lacks: shared, so its norm is looked up once. */
const NONE: Sparse = Object.freeze({}) as Sparse;

function yearsAgreement(a: Sparse, b: Sparse): number {
  if (!sparsePart(a).ids.length || !sparsePart(b).ids.length) return 0;
  return 2 * cosine(a, b) - 1;
}

const WEEK_HOURS = 7 * 24;

export function crossLingualFeatures(a: ClusterVector, b: ClusterVector, gapHours: number): CrossLingualFeatures {
  return {
    entities: cosine(a.e, b.e),
    actors: cosine(without(a.e, notCountry), without(b.e, notCountry)),
    numbers: cosine(a.d ?? NONE, b.d ?? NONE),
    names: cosine(a.s, b.s),
    topics: cosine(without(a.topics, eventTopic), without(b.topics, eventTopic)),
    years: yearsAgreement(a.y ?? NONE, b.y ?? NONE),
    days: Math.min(1, Math.abs(gapHours) / WEEK_HOURS),
  };
}

export const CROSS_LINGUAL_FEATURES = ['entities', 'actors', 'numbers', 'names', 'topics', 'years', 'days'] as const satisfies readonly (keyof CrossLingualFeatures)[];
