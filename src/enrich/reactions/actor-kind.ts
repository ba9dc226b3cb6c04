import type { ActorKind, EntityRef } from '../../domain/enrichment.ts';
import { organizationKind } from '../entities/gazetteer.ts';

/** The kind of a resolved actor: a country, an intergovernmental organization, or a non-state organization. */
export function actorKindOf(actor: EntityRef): ActorKind {
  if (actor.kind === 'country') return 'country';
  return organizationKind(actor) ?? 'non-state';
}
