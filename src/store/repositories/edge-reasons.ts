import type { EdgeReasons } from '../../domain/story.ts';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** An edge's stored reasons (JSON) as EdgeReasons; an unreadable or partial row reads as "no reasons" field by field. */
export function parseEdgeReasons(text: string | null): EdgeReasons {
  let v: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) v = parsed as Record<string, unknown>;
  } catch {
    v = {};
  }
  const entities = Array.isArray(v.sharedEntities) ? v.sharedEntities : [];
  return {
    sharedEntities: entities
      .filter((e): e is { key: string; name?: unknown } => !!e && typeof e === 'object' && typeof (e as { key?: unknown }).key === 'string')
      .map((e) => ({ key: e.key, name: typeof e.name === 'string' ? e.name : e.key })),
    sharedTerms: strings(v.sharedTerms),
    sharedTopics: strings(v.sharedTopics),
    sameStory: v.sameStory === true,
    timeGapHours: typeof v.timeGapHours === 'number' && Number.isFinite(v.timeGapHours) ? v.timeGapHours : 0,
    crossLingual: v.crossLingual === true,
  };
}
