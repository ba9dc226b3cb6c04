import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, getVariableValues, Kind, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Whether a request may run compiled: the only operation of its document, a query (mutations and subscriptions are rare, and a stream's resolvers need
 * its async iterators) whose variables graphql-js accepts, none of them a non-null one left to its default. Where
 * graphql-jit answers differently from graphql-js (it refuses `$x: T! = default` when $x is not sent, and words
 * variable errors its own way), yoga's executor answers instead, so clients see one behaviour.
 */
export function compilable(args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>): boolean {
  // The plugin keeps one compiled operation per document, whichever operationName asked first: one operation only.
  if (args.document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length !== 1) return false;
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'query') return false;
  const definitions = operation.variableDefinitions ?? [];
  if (!definitions.length) return true;
  const given = args.variableValues ?? {};
  if (definitions.some((d) => d.type.kind === Kind.NON_NULL_TYPE && d.defaultValue && given[d.variable.name.value] === undefined)) return false;
  return !getVariableValues(args.schema, definitions, given, { maxErrors: 1 }).errors;
}

/**
 * Queries run through graphql-jit: each document is compiled once into JavaScript that walks its selection set
 * (kept beside the document yoga's parse cache holds, so a repeated query is not compiled again), instead of the
 * interpreting executor visiting every field of every item. Measured on the front page (tests/bench/front-page.ts).
 * A compiled query does not honour the timeout's abort signal; the timeout still answers on time.
 */
export function jitPlugin(): Plugin {
  return useGraphQlJit({}, { enableIf: compilable }) as Plugin;
}
