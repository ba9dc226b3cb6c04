import { createHash, timingSafeEqual } from 'node:crypto';
import { wrapErrorIfMatches } from '@pothos/plugin-errors';
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { Config } from '../config/config.ts';
import { AppError } from '../domain/errors.ts';
import type { Auth } from './context.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** An operation needs a scope the caller's key does not have. Returned as a typed result where a union allows it. */
export class ForbiddenError extends AppError {
  constructor(message = 'this operation needs an admin API key: send Authorization: Bearer <key>') {
    super('forbidden', message);
    this.name = 'ForbiddenError';
  }
}

/**
 * The whole request is refused (HTTP 401) because API_REQUIRE_KEY is on and no valid key was sent. Thrown while yoga
 * builds the context, so nothing is parsed into resolvers or executed; yoga answers with the status in `extensions.http`.
 */
export function unauthorizedRequestError(reason: 'missing' | 'invalid'): GraphQLError {
  const message =
    reason === 'missing'
      ? 'this server requires an API key: send Authorization: Bearer <key>'
      : 'the API key sent is not valid for this server';
  // createGraphQLError: an instance of the graphql copy yoga checks against, or yoga would mask it.
  return createGraphQLError(message, {
    extensions: { code: 'UNAUTHORIZED', http: { status: 401, headers: { 'www-authenticate': 'Bearer realm="newsgraph"' } } },
  });
}

/**
 * Resolves who is calling from `Authorization: Bearer <key>`. Keys are compared as SHA-256 digests in constant time,
 * so neither their length nor their prefix leaks through timing.
 *
 * Reads are public unless API_REQUIRE_KEY is on; then a request without a valid read or admin key is refused as a
 * whole (throws the 401 error above). A wrong key on a public server is treated as no key: reads work, admin
 * operations answer ForbiddenError.
 */
export function createAuthenticator(config: Config): (request: Request) => Auth {
  const check = createKeyCheck(config);
  const requireKey = config.settings.API_REQUIRE_KEY;
  return (request) => {
    const v = check(request.headers.get('authorization'));
    if (v.kind === 'none') {
      if (requireKey) throw unauthorizedRequestError('missing');
      return { admin: false, reader: true, keyId: null };
    }
    if (v.kind === 'invalid' && requireKey) throw unauthorizedRequestError('invalid');
    return { admin: v.kind === 'admin', reader: true, keyId: v.keyId };
  };
}

export type KeyVerdict = { kind: 'none' | 'invalid'; keyId: null } | { kind: 'admin' | 'reader'; keyId: string };

/**
 * What an Authorization header's key is: an admin key, a read key, no key, or a key this server does not know.
 * Only headers are read, so the HTTP layer can refuse a request before its body.
 */
export function createKeyCheck(config: Config): (authorization: string | null | undefined) => KeyVerdict {
  const admin = config.adminKeys.map(digest);
  const read = config.readKeys.map(digest);
  const matches = (d: Buffer, list: Buffer[]) => list.some((k) => timingSafeEqual(k, d));
  return (authorization) => {
    const key = /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(authorization ?? '')?.[1] ?? null;
    if (!key) return { kind: 'none', keyId: null };
    const d = digest(key);
    const keyId = d.toString('hex').slice(0, 8);
    if (matches(d, admin)) return { kind: 'admin', keyId };
    if (matches(d, read)) return { kind: 'reader', keyId };
    return { kind: 'invalid', keyId: null };
  };
}

/** The GraphQL error a guarded non-union field fails with; clients branch on extensions.code. */
export function forbiddenFieldError(what: string): GraphQLError {
  return createGraphQLError(`${what} needs an admin API key: send Authorization: Bearer <key>`, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * Field options guarding a plain field with the `admin` scope: a caller without it gets a FORBIDDEN GraphQL error at
 * that path (so make such fields nullable, and the rest of the response survives).
 */
export function adminField(what: string) {
  return {
    authScopes: { admin: true },
    unauthorizedError: () => forbiddenFieldError(what),
  } as const;
}

/**
 * For a mutation whose result union lists ForbiddenError: scope-auth runs outside the errors plugin, so the typed
 * error is marked for the union here, exactly as the errors plugin would mark a thrown one.
 */
export function forbiddenResult(): ForbiddenError {
  return wrapErrorIfMatches(new ForbiddenError(), [ForbiddenError]) as ForbiddenError;
}

/** Field options guarding a mutation with the `admin` scope; its `errors.types` must include ForbiddenError. */
export const adminMutation = {
  authScopes: { admin: true },
  // `never`: the union's ForbiddenError member, whatever the field's success type is.
  unauthorizedResolver: (): never => forbiddenResult() as never,
} as const;
