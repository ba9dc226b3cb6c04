/**
 * The similarity's parts on hand-made vectors: what makes two reports one event (sameEventScore) against what makes
 * them related (relatedness), and the two features that read the actors (novelLead, personConflict). The corpora
 * tests (ecbplus, world-news-stories) check the tuned whole; these pin the behaviour each part is there for.
 */
import { describe, expect, it } from 'vitest';
import type { ClusterVector } from '../../src/domain/story.ts';
import { CLUSTER_PARAMS } from '../../src/cluster/params.ts';
import { relatedness, sameEventScore, similarityFeatures } from '../../src/cluster/similarity.ts';
import { emptyVector } from '../../src/cluster/vector.ts';

const unit = (m: Record<string, number>) => {
  const n = Math.sqrt(Object.values(m).reduce((s, x) => s + x * x, 0)) || 1;
  return Object.fromEntries(Object.entries(m).map(([k, x]) => [k, x / n]));
};

function vec(p: { words?: string[]; lead?: string[]; names?: string[]; entities?: Record<string, number> }): ClusterVector {
  const ones = (xs: string[] = []) => unit(Object.fromEntries(xs.map((x) => [x, 1])));
  return { ...emptyVector(), w: ones(p.words), l: ones(p.lead), s: ones(p.names), e: unit(p.entities ?? {}) };
}

const ACTORS = { 'country:RU': 0.6, 'country:UA': 0.6, 'person:vladimir-putin': 0.4, 'place:moscow': 0.3 };
const WINDOW = 168;

describe('same event against related', () => {
  const talks = vec({ words: ['talk', 'invit', 'guarante', 'host'], lead: ['talk', 'invit', '^moscow', '^putin'], names: ['^moscow', '^putin', '^kremlin'], entities: ACTORS });
  const swap = vec({ words: ['prisoner', 'swap', 'exchang', 'captiv'], lead: ['prisoner', 'swap', 'exchang', '^emirates'], names: ['^moscow', '^putin', '^emirates'], entities: ACTORS });
  const talksAgain = vec({ words: ['talk', 'invit', 'guarante', 'delegation'], lead: ['talk', 'invit', '^moscow', '^putin'], names: ['^moscow', '^putin', '^kremlin'], entities: ACTORS });

  it('links two events of the same actors as related but not as one event', () => {
    expect(relatedness(swap, talks, 12, WINDOW)).toBeGreaterThanOrEqual(CLUSTER_PARAMS.storyEdgeMin);
    expect(sameEventScore(swap, talks, 12, WINDOW)).toBeLessThan(CLUSTER_PARAMS.storyThreshold);
  });

  it('joins two reports that tell the same event with the same actors', () => {
    expect(sameEventScore(talksAgain, talks, 12, WINDOW)).toBeGreaterThanOrEqual(CLUSTER_PARAMS.storyThreshold);
  });

  it('never rates one event above relatedness, and lowers both with time', () => {
    for (const [a, b] of [[swap, talks], [talksAgain, talks]] as const) {
      expect(sameEventScore(a, b, 12, WINDOW)).toBeLessThanOrEqual(relatedness(a, b, 12, WINDOW));
      expect(relatedness(a, b, WINDOW, WINDOW)).toBeLessThan(relatedness(a, b, 0, WINDOW));
    }
  });

  it('takes more shared actors to make one event the less the words agree', () => {
    const scores = [1, 2, 3, 4].map((shared) =>
      sameEventScore(vec({ words: ['talk', 'invit', 'guarante', 'host'].slice(0, shared).concat(['a', 'b', 'c', 'd'].slice(shared)), lead: [], names: ['^moscow', '^putin', '^kremlin'], entities: ACTORS }), talks, 0, WINDOW),
    );
    for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeGreaterThan(scores[i - 1]!);
  });
});

describe('actor features', () => {
  it('novelLead is the share of lead names the other side never uses, and 1 when the lead names nobody', () => {
    const story = vec({ lead: ['^moscow', '^putin', 'talk'] });
    expect(similarityFeatures(vec({ lead: ['^moscow', '^putin', 'talk'] }), story).novelLead).toBe(0);
    expect(similarityFeatures(vec({ lead: ['^moscow', '^emirates', 'swap'] }), story).novelLead).toBeCloseTo(0.5);
    expect(similarityFeatures(vec({ lead: ['swap', 'prisoner'] }), story).novelLead).toBe(1);
  });

  it('personConflict is 1 only when each leading person is absent from the other side', () => {
    const jackson = vec({ entities: { 'person:vincent-jackson': 0.8, 'org:chargers': 0.5 } });
    const williams = vec({ entities: { 'person:jamal-williams': 0.8, 'org:chargers': 0.5 } });
    const williamsRecallingJackson = vec({ entities: { 'person:jamal-williams': 0.8, 'person:vincent-jackson': 0.2, 'org:chargers': 0.5 } });
    expect(similarityFeatures(williams, jackson).personConflict).toBe(1);
    expect(similarityFeatures(williamsRecallingJackson, jackson).personConflict).toBe(0);
    expect(similarityFeatures(jackson, vec({ entities: { 'org:chargers': 1 } })).personConflict).toBe(0);
  });

  it('a different leading person lowers the same-event score', () => {
    const base = { words: ['arrest', 'dui', 'suspicion'], lead: ['arrest', 'dui', '^chargers'], names: ['^chargers', '^san', '^diego'] };
    const story = vec({ ...base, entities: { 'person:vincent-jackson': 0.8, 'org:chargers': 0.5 } });
    const same = vec({ ...base, entities: { 'person:vincent-jackson': 0.8, 'org:chargers': 0.5 } });
    const other = vec({ ...base, entities: { 'person:jamal-williams': 0.8, 'org:chargers': 0.5 } });
    expect(sameEventScore(other, story, 0, WINDOW)).toBeLessThan(sameEventScore(same, story, 0, WINDOW));
  });
});
