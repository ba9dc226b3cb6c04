import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

const CODES: Record<LimitName, string> = {
  depth: 'DEPTH_LIMIT',
  aliases: 'ALIAS_LIMIT',
  directives: 'DIRECTIVE_LIMIT',
  tokens: 'TOKEN_LIMIT',
  cost: 'COST_LIMIT',
};

/**
 * An operation rejected before execution. The message names the limit and the numbers; extensions carry them for
 * clients, and `http.status` makes yoga answer 400 (the request is at fault), never 500. Built with yoga's
 * createGraphQLError so the error is an instance of the graphql copy yoga checks against (else yoga masks it).
 */
export function limitError(limit: LimitName, message: string, actual: number, max: number): GraphQLError {
  return createGraphQLError(message, {
    // `spec: false`: yoga would otherwise answer 200 to application/json clients, as GraphQL-over-HTTP allows for
    // validation errors; a refused operation is a client error whatever the client accepts.
    extensions: { code: CODES[limit], limit: { name: limit, actual, max }, http: { status: 400, spec: false } },
  });
}
