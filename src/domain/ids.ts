import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

/** Sortable, app-generated ids (ULID): time-ordered, so keyset pagination by id follows creation order. */
export function newId(): string {
  return next();
}
