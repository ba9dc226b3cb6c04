import { Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { limitError } from './limit-error.ts';

// Introspection (GraphiQL's schema query nests `ofType` deeply) is bounded by the schema, not by the caller.
const isIntrospection = (name: string) => name === '__schema' || name === '__type';

/** How deeply fields nest: `{ a }` is 1, `{ a { b } }` is 2; fragments count where they are spread. */
export function operationDepth(context: ValidationContext, selectionSet: SelectionSetNode): number {
  const fragmentDepths = new Map<string, number>();
  const active = new Set<string>();

  const depthOf = (set: SelectionSetNode | undefined): number => {
    let max = 0;
    for (const sel of set?.selections ?? []) {
      let d: number;
      if (sel.kind === Kind.FIELD) d = isIntrospection(sel.name.value) ? 0 : 1 + depthOf(sel.selectionSet);
      else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet);
      else d = fragmentDepth(context.getFragment(sel.name.value));
      if (d > max) max = d;
    }
    return max;
  };

  const fragmentDepth = (fragment: FragmentDefinitionNode | null | undefined): number => {
    if (!fragment) return 0;
    const name = fragment.name.value;
    const known = fragmentDepths.get(name);
    if (known !== undefined) return known;
    if (active.has(name)) return 0; // a cycle; NoFragmentCyclesRule reports it
    active.add(name);
    const d = depthOf(fragment.selectionSet);
    active.delete(name);
    fragmentDepths.set(name, d);
    return d;
  };

  return depthOf(selectionSet);
}

/** Deep nesting (article { source { articles { source … } } }) multiplies work; reject it before execution. */
export function depthLimitRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = operationDepth(context, operation.selectionSet);
      if (depth > max) context.reportError(limitError('depth', `Query depth ${depth} exceeds the maximum of ${max}`, depth, max));
    },
  });
}
