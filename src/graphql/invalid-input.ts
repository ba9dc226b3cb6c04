import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { InvalidInputError } from '../domain/errors.ts';

/**
 * Bad arguments to a read (a page size out of range, a foreign cursor, malformed search syntax) as a GraphQL error
 * that yoga shows as is: the message says what is wrong; extensions.code is BAD_USER_INPUT, as for every argument
 * error in this API.
 * (Mutations report expected failures as typed results instead; a query's data shape stays a plain connection.)
 */
export function invalidInput(message: string, details: Readonly<Record<string, unknown>> = {}): GraphQLError {
  // createGraphQLError: an instance of the graphql copy yoga checks against, or yoga would mask it.
  return createGraphQLError(message, { extensions: { ...details, code: 'BAD_USER_INPUT' } });
}

/** Runs `fn`, turning an InvalidInputError it throws into the GraphQL error above; anything else passes through. */
export async function withInputErrors<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof InvalidInputError) throw invalidInput(e.message, e.details);
    throw e;
  }
}
