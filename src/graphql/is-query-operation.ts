import { getOperationAST, parse } from 'graphql';

/**
 * Whether the operation a request runs is a query (not a mutation or subscription). Called only after yoga has
 * answered the same document without errors, so it parsed within the token limit there; anything unparsable is "no".
 */
export function isQueryOperation(query: string, operationName: string | null): boolean {
  try {
    return getOperationAST(parse(query, { noLocation: true }), operationName)?.operation === 'query';
  } catch {
    return false;
  }
}
