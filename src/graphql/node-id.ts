import { decodeGlobalID } from '@pothos/plugin-relay';
import { NotFoundError } from '../domain/errors.ts';
import { invalidInput } from './invalid-input.ts';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/i;

/** The store id behind an ID argument (a Relay global id of `typename`, or the raw ULID the CLI prints), or why not. */
function parseNodeId(typename: string, id: string | number): { id: string } | { problem: string } {
  const raw = String(id);
  if (ULID.test(raw)) return { id: raw.toUpperCase() };
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(raw);
  } catch {
    return { problem: `${JSON.stringify(raw)} is not a valid id` };
  }
  if (decoded.typename !== typename || !decoded.id) return { problem: `expected the id of a ${typename}, got the id of a ${decoded.typename}` };
  return { id: decoded.id };
}

/**
 * For mutations: an id that names nothing of this type (another type's id, garbage) is a NotFoundError, a typed
 * result.
 */
export function localId(typename: string, id: string | number): string {
  const r = parseNodeId(typename, id);
  if ('id' in r) return r.id;
  throw new NotFoundError(`${typename.toLowerCase()} ${String(id)}`);
}

/** For reads and filters: a malformed id or another type's id is invalid input naming the argument. */
export function decodeNodeId(typename: string, id: string | number, argument: string): string {
  const r = parseNodeId(typename, id);
  if ('id' in r) return r.id;
  throw invalidInput(`${argument}: ${r.problem}`, { argument });
}
