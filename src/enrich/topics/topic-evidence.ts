import type { TopicEvidence } from '../../domain/enrichment.ts';

/** One piece of evidence, its weight rounded so scores are stable across platforms and easy to read. */
export function evidence(rule: string, match: string, weight: number): TopicEvidence {
  return { rule, match, weight: Math.round(weight * 1000) / 1000 };
}
