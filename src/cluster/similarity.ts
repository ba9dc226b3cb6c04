import type { ClusterVector, EdgeReasons } from '../domain/story.ts';
import { CLUSTER_PARAMS } from './params.ts';
import { cosine } from './vector.ts';

const HOUR = 3_600_000;

/**
 * How much an article (or story) is about the same event as another vector: term similarity (content words and
 * specifics) and entity similarity, lowered by the time between them. Works the same against a single article's
 * vector or a story's running sums, since cosine ignores scale.
 */
export function similarity(a: ClusterVector, b: ClusterVector, gapHours: number, windowHours: number): number {
  const p = CLUSTER_PARAMS;
  const terms = (1 - p.specificWeight) * cosine(a.w, b.w) + p.specificWeight * cosine(a.s, b.s);
  const base = (1 - p.entityWeight) * terms + p.entityWeight * cosine(a.e, b.e);
  return base * (1 - p.timePenalty * Math.min(1, Math.abs(gapHours) / windowHours));
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
    sharedTerms: [...sharedKeys(a.w, b.w, 6), ...sharedKeys(a.s, b.s, 4).map((k) => k.slice(1))],
    sharedTopics: sharedKeys(a.topics, b.topics, 6),
    sameStory: opts.sameStory,
    timeGapHours: Math.round(opts.gapHours * 10) / 10,
  };
}
