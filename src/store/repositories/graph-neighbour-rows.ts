import type { AliasedSelectQueryBuilder, Kysely } from 'kysely';
import type { EdgeReasons } from '../../domain/story.ts';
import type { GraphEdgeKind, GraphNeighbour, GraphNodeRef } from '../../domain/graph.ts';
import type { Database } from '../tables/index.ts';

/**
 * What the graph neighbour repositories share: neighbourhoods are read for a whole batch of nodes in one statement,
 * a UNION ALL of per-node index range scans, each bounded by its ORDER BY and LIMIT.
 */

/** Node ids per statement; also keeps a UNION ALL under SQLite's 500 compound-select terms. */
export const GRAPH_IDS_PER_STATEMENT = 300;

/** A select Kysely can wrap as a derived table of rows O: a per-node read bounded by its ORDER BY and LIMIT. */
export type SubSelect<O> = { as<A extends string>(alias: A): AliasedSelectQueryBuilder<O, A> };

export type LabelledRef = GraphNodeRef & { label: string };

export function idChunks<T>(items: readonly T[], size = GRAPH_IDS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A mean as a weight, rounded so it reads the same on both dialects (PostgreSQL's real is float4). */
export const share = (n: number, of: number) => (of > 0 ? Math.min(1, Math.round((n / of) * 1e6) / 1e6) : 0);

function ref(n: GraphNodeRef): GraphNodeRef {
  return { kind: n.kind, id: n.id };
}

/** `node` as a neighbour of `of`, along an edge from `of` to it. */
export function outward(of: GraphNodeRef, node: LabelledRef, kind: GraphEdgeKind, weight = 1, reasons: EdgeReasons | null = null): GraphNeighbour {
  return { of, node, edge: { kind, source: of, target: ref(node), weight, reasons } };
}

/** `node` as a neighbour of `of`, along an edge from it to `of` (no reasons: only related edges have them). */
export function inward(of: GraphNodeRef, node: LabelledRef, kind: GraphEdgeKind, weight = 1): GraphNeighbour {
  return { of, node, edge: { kind, source: ref(node), target: of, weight, reasons: null } };
}

/** UNION ALL of the parts, in order (per-node sub-selects wrapped by perId, and any others). */
export function unionAll<Q extends { unionAll(other: Q): Q }>(parts: Q[]): Q {
  return parts.slice(1).reduce((q, p) => q.unionAll(p), parts[0]!);
}

/**
 * One sub-select per id, each wrapped as a derived table so its ORDER BY and LIMIT are legal inside a UNION ALL on
 * both dialects: the parts of one statement of per-node index range scans.
 */
export function perId<O>(db: Kysely<Database>, ids: readonly string[], query: (id: string) => SubSelect<O>) {
  return ids.map((id, i) => db.selectFrom(query(id).as(`p${i}`)).selectAll());
}

/** `query`'s rows for every id in one statement, each made a neighbour by `toNeighbour`. */
export async function topPerId<O>(
  db: Kysely<Database>,
  ids: readonly string[],
  query: (id: string) => SubSelect<O>,
  toNeighbour: (row: O) => GraphNeighbour,
): Promise<GraphNeighbour[]> {
  // selectAll() of each derived table gives O back, which TypeScript cannot see for a generic O.
  const rows = (await unionAll(perId(db, ids, query)).execute()) as O[];
  return rows.map(toNeighbour);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
