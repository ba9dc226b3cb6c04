import { decodeGlobalID } from '@pothos/plugin-relay';
import { NotFoundError } from '../domain/errors.ts';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/i;

/**
 * The store id behind an ID argument: a Relay global id of `typename`, or the raw ULID the CLI prints. Anything else
 * (another type's id, garbage) names nothing of this type, so it is a NotFoundError, a typed result for mutations.
 */
export function localId(typename: string, id: string | number): string {
  const raw = String(id);
  if (ULID.test(raw)) return raw.toUpperCase();
  try {
    const decoded = decodeGlobalID(raw);
    if (decoded.typename === typename && decoded.id) return decoded.id;
  } catch {
    // not base64 "Type:id": fall through
  }
  throw new NotFoundError(`${typename.toLowerCase()} ${raw}`);
}
