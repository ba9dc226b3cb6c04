import type { ASTNode, ValidationRule } from 'graphql';
import { countInOperation } from './count-in-operation.ts';
import { limitError } from './limit-error.ts';

/** No real query needs many directives; thousands of `@include(if: true)` only make validation slow. */
export const MAX_DIRECTIVES = 50;

const directivesOn = (node: ASTNode): number => ('directives' in node && node.directives ? node.directives.length : 0);

export function directiveLimitRule(max: number = MAX_DIRECTIVES): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const directives = countInOperation(context, operation, directivesOn);
      if (directives > max) {
        context.reportError(limitError('directives', `Query has ${directives} directives, the limit is ${max}`, directives, max));
      }
    },
  });
}
