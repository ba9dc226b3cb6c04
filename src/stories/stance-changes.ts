import type { Stance } from '../domain/enrichment.ts';
import type { StoredReaction } from '../store/repositories/reaction-repository.ts';

/** Where an actor's stance in a story changed: the first reaction of each run of one stance, oldest first. */
export interface StanceChange {
  stance: Stance;
  reaction: StoredReaction;
}

/** An actor's reactions in a story, oldest first -> its stance changes: its first reaction, then each reaction whose stance differs from the one before. */
export function stanceChanges(reactions: readonly StoredReaction[]): StanceChange[] {
  const out: StanceChange[] = [];
  for (const reaction of reactions) {
    if (out.at(-1)?.stance !== reaction.stance) out.push({ stance: reaction.stance, reaction });
  }
  return out;
}
