import { Kind, type ValidationRule } from 'graphql';
import { countInOperation } from './count-in-operation.ts';
import { limitError } from './limit-error.ts';

/** Aliases let one request run a field many times over (`a1: search … a500: search …`); cap them per operation. */
export function aliasLimitRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const aliases = countInOperation(context, operation, (node) => (node.kind === Kind.FIELD && node.alias ? 1 : 0));
      if (aliases > max) {
        context.reportError(limitError('aliases', `Query has ${aliases} aliases, the limit is ${max}`, aliases, max));
      }
    },
  });
}
