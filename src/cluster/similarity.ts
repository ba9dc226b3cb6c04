import type { ClusterVector, EdgeReasons } from '../domain/story.ts';
import { CLUSTER_PARAMS } from './params.ts';
import { cosine } from './vector.ts';

const HOUR = 3_600_000;

/**
 * How likely an article (or story) reports the same event as another vector, 0..1: a logistic combination of the
 * cosines of their parts (weights fitted on ECB+ look-alike pairs, see params.ts) lowered by the time between them.
 * Works the same against one article's vector or a story's running sums, since cosine ignores scale.
 */
export function similarity(a: ClusterVector, b: ClusterVector, gapHours: number, windowHours: number): number {
  const p = CLUSTER_PARAMS;
  const w = p.weights;
  const z =
    w.bias +
    w.words * cosine(a.w, b.w) +
    w.names * cosine(a.s, b.s) +
    w.numbers * cosine(a.d ?? {}, b.d ?? {}) +
    w.entities * cosine(a.e, b.e) +
    w.lead * cosine(a.l ?? {}, b.l ?? {}) +
    w.years * yearAgreement(a.y ?? {}, b.y ?? {}) +
    w.people * cosine(people(a.e), people(b.e));
  const sameEvent = 1 / (1 + Math.exp(-z));
  return sameEvent * (1 - p.timePenalty * Math.min(1, Math.abs(gapHours) / windowHours));
}

/**
 * Toward 1 when both mention the same years, toward -1 when both mention years and none in common, 0 when either
 * mentions none; scaled by how informative the article's years are (a year every story mentions tells nothing).
 */
function yearAgreement(a: Record<string, number>, b: Record<string, number>): number {
  const ya = Object.values(a);
  if (!ya.length || !Object.keys(b).length) return 0;
  return Math.max(...ya) * (2 * cosine(a, b) - 1);
}

function people(e: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(e).filter(([k]) => k.startsWith('person:')));
}

export function hoursBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / HOUR;
}

function sharedKeys(a: Record<string, number>, b: Record<string, number>, limit: number): string[] {
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
  };
}
