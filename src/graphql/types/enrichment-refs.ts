import type { StoredEntity } from '../../store/repositories/entity-repository.ts';
import type { StoredTopic } from '../../store/repositories/topic-repository.ts';
import { builder } from '../builder.ts';

/**
 * Refs of the enrichment types, declared apart from their implementations like refs.ts: Entity, Topic and Reaction
 * point at each other and at Article. Entities and topics load by id through a per-request DataLoader (a field may
 * return the id; a field that already has the row from a join returns the row and costs nothing).
 */
export const EntityRef = builder.loadableNodeRef('Entity', {
  id: { resolve: (e: StoredEntity) => e.id },
  load: async (ids: string[], ctx) => ctx.services.repos.entities.getByIds(ids),
  sort: (e) => e.id,
});

export const TopicRef = builder.loadableNodeRef('Topic', {
  id: { resolve: (t: StoredTopic) => t.id },
  load: async (ids: string[], ctx) => ctx.services.repos.topics.getByIds(ids),
  sort: (t) => t.id,
});
