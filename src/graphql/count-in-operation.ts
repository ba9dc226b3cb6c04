import { Kind, type ASTNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Counts something (aliases, directives) over everything an operation would execute: each fragment spread counts
 * the fragment's contents again, since each spread is executed again. Fragment totals are memoized; a fragment
 * cycle (rejected by the standard rules anyway) counts as zero instead of recursing forever.
 */
export function countInOperation(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  countNode: (node: ASTNode) => number,
): number {
  const fragmentTotals = new Map<string, number>();
  const active = new Set<string>();

  const countSelections = (set: SelectionSetNode | undefined): number => {
    let n = 0;
    for (const sel of set?.selections ?? []) {
      n += countNode(sel);
      if (sel.kind === Kind.FRAGMENT_SPREAD) n += countFragment(context.getFragment(sel.name.value));
      else n += countSelections(sel.selectionSet);
    }
    return n;
  };

  const countFragment = (fragment: FragmentDefinitionNode | null | undefined): number => {
    if (!fragment) return 0;
    const name = fragment.name.value;
    const known = fragmentTotals.get(name);
    if (known !== undefined) return known;
    if (active.has(name)) return 0;
    active.add(name);
    const total = countNode(fragment) + countSelections(fragment.selectionSet);
    active.delete(name);
    fragmentTotals.set(name, total);
    return total;
  };

  return countNode(operation) + countSelections(operation.selectionSet);
}
