import type { EntityRef, ExtractedReaction, Stance } from '../../domain/enrichment.ts';

export interface ActorStance {
  actor: EntityRef;
  stance: Stance;
}

/** An article's reactions reduced to distinct (actor, stance) pairs, in order of first appearance. */
export function distinctActorStances(reactions: readonly ExtractedReaction[]): ActorStance[] {
  const seen = new Set<string>();
  const out: ActorStance[] = [];
  for (const { actor, stance } of reactions) {
    const key = `${actor.key}\u0000${stance}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ actor, stance });
  }
  return out;
}
