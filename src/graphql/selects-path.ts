import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects the field at `path` under the field being resolved (e.g. edges.node.snippet under
 * search), through fragments and inline fragments, whatever the aliases. Lets a resolver skip work nobody asked for.
 */
export function selectsPath(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value !== path[depth]) continue;
        if (depth === path.length - 1 || within(sel.selectionSet, depth + 1, seen)) return true;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (within(sel.selectionSet, depth, seen)) return true;
      } else {
        const name = sel.name.value;
        const fragment = info.fragments[name];
        if (fragment && !seen.has(name) && within(fragment.selectionSet, depth, new Set([...seen, name]))) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node: FieldNode) => within(node.selectionSet, 0, new Set()));
}

/**
 * The names of the fields the operation selects on the object at `path` under the field being resolved (e.g. the
 * fields of edges.node), through fragments and inline fragments, whatever their type conditions: a superset of what
 * will be resolved there, so a resolver may fetch only what those fields read.
 */
export function fieldsSelectedAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> {
  const out = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): void => {
    if (!set) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (depth === path.length) out.add(sel.name.value);
        else if (sel.name.value === path[depth]) walk(sel.selectionSet, depth + 1, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, depth, seen);
      } else {
        const name = sel.name.value;
        const fragment = info.fragments[name];
        if (fragment && !seen.has(name)) walk(fragment.selectionSet, depth, new Set([...seen, name]));
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, 0, new Set());
  return out;
}
