import { getRandomValues } from 'node:crypto';
import { monotonicFactory } from 'ulid';

/**
 * Random bytes drawn a block at a time: ulid's default source asks the CSPRNG once per character (16 calls per id),
 * which showed in the ingest profile (an id per article and per job). Each byte / 256 is uniform on [0, 1) in steps
 * that ulid's 32-symbol alphabet divides exactly.
 */
const pool = new Uint8Array(4096);
let at = pool.length;
export function pooledRandom(): number {
  if (at === pool.length) {
    getRandomValues(pool);
    at = 0;
  }
  return pool[at++]! / 256;
}

const next = monotonicFactory(pooledRandom);

/** Sortable, app-generated ids (ULID): time-ordered, so keyset pagination by id follows creation order. */
export function newId(): string {
  return next();
}
