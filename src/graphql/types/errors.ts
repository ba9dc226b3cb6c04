import { AppError, ERROR_CODES, FetchError, InvalidInputError, NotFoundError, ParseError, type ErrorCode } from '../../domain/errors.ts';
import { ForbiddenError } from '../auth.ts';
import { builder } from '../builder.ts';
import { FeedRef } from './refs.ts';

/**
 * Expected failures as data. Mutations list the classes below in `errors: { types }`; the errors plugin turns a thrown
 * instance into the matching object type of the field's result union. Anything else stays a GraphQL error, and yoga
 * masks it as "Unexpected error." unless it is a GraphQLError on purpose.
 */

/** A feed with this URL is already subscribed; `feed` is the existing one. */
export class DuplicateFeedError extends AppError {
  readonly feedId: string;
  constructor(message: string, feedId: string) {
    super('conflict', message, { details: { feedId } });
    this.name = 'DuplicateFeedError';
    this.feedId = feedId;
  }
}

/** Codes that are never an expected result: they mean the server, not the request, has a problem. */
const UNEXPECTED_CODES: ReadonlySet<ErrorCode> = new Set(['database', 'internal', 'config']);

/**
 * Wraps a resolver so AppErrors with server-side codes ('database', 'internal', 'config') are not returned as typed
 * results (their messages may carry SQL or paths): they are rethrown as plain errors, which yoga masks.
 */
export function expected<A extends unknown[], R>(resolve: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await resolve(...args);
    } catch (e) {
      if (e instanceof AppError && UNEXPECTED_CODES.has(e.code)) throw new Error(`${e.code}: ${e.message}`, { cause: e });
      throw e;
    }
  };
}

/** Turns addFeed's 'conflict' AppError (details.feedId) into the typed duplicate. */
export function asDuplicate(e: unknown): unknown {
  if (e instanceof AppError && e.code === 'conflict' && typeof e.details.feedId === 'string') {
    return new DuplicateFeedError(e.message, e.details.feedId);
  }
  return e;
}

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'Stable failure codes; the same codes are stored on feeds and fetches and used as metric labels.',
  values: Object.fromEntries(ERROR_CODES.map((code) => [code.toUpperCase(), { value: code }])) as Record<
    Uppercase<ErrorCode>,
    { value: ErrorCode }
  >,
});

export const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  description: 'An expected failure, returned as data in a result union.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.field({ type: ErrorCodeEnum, resolve: (e) => e.code }),
  }),
});

builder.objectType(AppError, {
  name: 'AppError',
  description: 'An expected failure with no more specific type (e.g. a feed being fetched by another worker: CONFLICT).',
  interfaces: [ErrorInterface],
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The object the id names does not exist (or not any more).',
  interfaces: [ErrorInterface],
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'An argument is malformed or out of range, e.g. a URL that is not an http(s) URL.',
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The operation needs an admin API key (Authorization: Bearer <key>).',
  interfaces: [ErrorInterface],
});

builder.objectType(FetchError, {
  name: 'FetchFailedError',
  description: 'Fetching a URL failed: blocked address, DNS, TLS, timeout, HTTP error status, too large…',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    httpStatus: t.exposeInt('httpStatus', { nullable: true }),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { nullable: true }),
  }),
});

builder.objectType(ParseError, {
  name: 'ParseFailedError',
  description: 'A body was fetched or given but could not be read: not a feed (NOT_A_FEED), a malformed feed or OPML document (PARSE_ERROR), undecodable text (DECODE_ERROR).',
  interfaces: [ErrorInterface],
});

builder.objectType(DuplicateFeedError, {
  name: 'DuplicateFeedError',
  description: 'A feed with this URL is already subscribed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    feed: t.field({ type: FeedRef, description: 'The feed already subscribed', resolve: (e) => e.feedId }),
  }),
});

/** The failures every admin mutation may answer with. */
export const ADMIN_ERRORS = [ForbiddenError, NotFoundError, InvalidInputError] as const;
