import { decodeGlobalID } from '@pothos/plugin-relay';
import { invalidInput } from './invalid-input.ts';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/i;

/**
 * The stored id behind an ID argument of a read: a Relay global id of `typename`, or the raw ULID the CLI prints (as
 * feed(id) accepts). A malformed id or another type's global id is invalid input, naming the argument.
 */
export function decodeNodeId(typename: string, id: string | number, argument: string): string {
  const raw = String(id);
  if (ULID.test(raw)) return raw.toUpperCase();
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(raw);
  } catch {
    throw invalidInput(`${argument}: ${JSON.stringify(raw)} is not a valid id`, { argument });
  }
  if (decoded.typename !== typename) {
    throw invalidInput(`${argument}: expected the id of a ${typename}, got the id of a ${decoded.typename}`, { argument });
  }
  return decoded.id;
}
