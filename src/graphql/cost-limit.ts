import { complexityFromQuery } from '@pothos/plugin-complexity';
import { getOperationAST, getVariableValues, GraphQLError, Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { limitError } from './limit-error.ts';

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
  contextValue: unknown;
}

/**
 * The cost of the operation a request runs, from its AST with the request's variables (and their defaults)
 * applied, by each field's `complexity` (field-cost.ts). Null when the document names no such operation or the
 * variables do not fit it: execution reports those itself before running anything. Throws when an argument cannot be
 * read (e.g. a malformed id).
 */
export function operationCost(input: CostInput): number | null {
  const operation = getOperationAST(input.document, input.operationName);
  if (!operation) return null;
  // Variables that do not fit: execution refuses them before any resolver runs, with graphql's own message.
  const variables = getVariableValues(input.schema, operation.variableDefinitions ?? [], input.variableValues ?? {}, { maxErrors: 1 });
  if (variables.errors) return null;
  // Pothos measures the first operation of a document: give it only the one this request runs.
  const document: DocumentNode = {
    ...input.document,
    definitions: input.document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation),
  };
  const result = complexityFromQuery(document, {
    schema: input.schema,
    ctx: (input.contextValue ?? {}) as object,
    variables: input.variableValues ?? {},
  });
  return result.complexity;
}

/** Costs remembered per document (yoga's parse cache hands out the same DocumentNode for the same text). */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * `operationCost`, remembered: a cost depends only on the document, the operation and the variables (field-cost.ts
 * reads no context), so a repeated request (a front page asked a thousand times a second) is priced once. Each
 * document keeps the costs of at most 64 operation + variables combinations; the oldest is forgotten first.
 */
export function cachedOperationCost(): (input: CostInput) => number | null {
  const byDocument = new WeakMap<DocumentNode, Map<string, number | null>>();
  return (input) => {
    let costs = byDocument.get(input.document);
    if (!costs) byDocument.set(input.document, (costs = new Map()));
    const key = JSON.stringify([input.operationName ?? null, input.variableValues ?? null]);
    if (costs.has(key)) return costs.get(key)!;
    const cost = operationCost(input);
    if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value!);
    costs.set(key, cost);
    return cost;
  };
}

/**
 * Rejects operations over the cost budget before they execute. It runs per request (at execute/subscribe, not in
 * validation) because the cost depends on variables, and yoga caches validation by document text.
 */
export function costLimitPlugin(maxCost: number): Plugin {
  const priceOf = cachedOperationCost();
  const check = (input: CostInput): GraphQLError | null => {
    let cost: number | null;
    try {
      cost = priceOf(input);
    } catch (e) {
      // Arguments that cannot be read (a malformed id) cannot be priced: refuse rather than run unpriced.
      // Pothos' own errors extend GraphQLError; others may be internal, so their message stays out of the response.
      const why = e instanceof GraphQLError ? `: ${e.message}` : '';
      return createGraphQLError(`Query cost could not be computed${why}`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    if (cost === null || cost <= maxCost) return null;
    return limitError(
      'cost',
      `Query cost ${cost} exceeds the budget of ${maxCost} (lists and connections multiply what they select by their first/last)`,
      cost,
      maxCost,
    );
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
