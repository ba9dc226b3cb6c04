import type { GraphEdgeItem, GraphEdgeKind, GraphNeighbour, GraphNodeItem, GraphNodeKind, GraphNodeRef, NeighbourCaps, RelatedGraph } from '../domain/graph.ts';
import { GRAPH_IDS_PER_STATEMENT } from '../store/repositories/graph-neighbour-rows.ts';

/**
 * The walk behind Query.relatedGraph: which neighbours a node contributes, in which order a level's neighbours are
 * taken, and where the walk stops. The store only reads neighbourhoods (GraphReader); this decides what to keep.
 */

/** What the walk reads: labels of nodes, and every neighbour of a batch of nodes of one kind. */
export interface GraphReader {
  labelsOf(kind: GraphNodeKind, ids: readonly string[]): Promise<(string | null)[]>;
  neighbours(kind: GraphNodeKind, ids: readonly string[], minWeight: number, caps: NeighbourCaps): Promise<GraphNeighbour[]>;
}

export interface ExploreOptions {
  /** Hops from the root, at least 1. */
  depth: number;
  /** Edges below this weight are not followed. */
  minWeight: number;
  /** Most nodes, the root included. */
  limit: number;
}

export const NEIGHBOUR_CAPS: Readonly<NeighbourCaps> = {
  relatedStories: 10,
  storyArticles: 5,
  storyEntities: 6,
  storyTopics: 3,
  relatedArticles: 10,
  duplicates: 5,
  articleEntities: 6,
  articleTopics: 3,
  entityStories: 10,
  topicStories: 10,
  aggregateSample: 200,
};

/** Most nodes a walk may return: a frontier then never holds more ids than the store reads in one statement per relation. */
export const MAX_GRAPH_LIMIT = GRAPH_IDS_PER_STATEMENT;

/** Among neighbours of equal weight, the structural edges first. */
const KIND_ORDER: Record<GraphEdgeKind, number> = { in_story: 0, duplicate_of: 1, related_story: 2, related_article: 3, mentions: 4, tagged: 5 };

const nodeKey = (n: GraphNodeRef) => `${n.kind}:${n.id}`;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One key per edge whichever end it was read from: related edges are symmetric, the others have one direction. */
function edgeKey(e: GraphEdgeItem): string {
  const a = nodeKey(e.source);
  const b = nodeKey(e.target);
  const symmetric = e.kind === 'related_story' || e.kind === 'related_article';
  return `${e.kind}|${symmetric && b < a ? `${b}|${a}` : `${a}|${b}`}`;
}

/**
 * Breadth-first from `root`: each level reads the neighbours of the previous level's new nodes (batched per kind),
 * takes them strongest edge first and stops adding nodes at `limit`. Edges are kept between nodes in the graph only,
 * once each. No nodes at all when the root does not exist.
 */
export async function exploreRelatedGraph(reader: GraphReader, root: GraphNodeRef, opts: ExploreOptions, caps: NeighbourCaps = NEIGHBOUR_CAPS): Promise<RelatedGraph> {
  const [label] = await reader.labelsOf(root.kind, [root.id]);
  if (label == null) return { nodes: [], edges: [], truncated: false };
  const nodes = new Map<string, GraphNodeItem>([[nodeKey(root), { ...root, label, depth: 0 }]]);
  const edges = new Map<string, GraphEdgeItem>();
  let frontier: GraphNodeRef[] = [root];
  let truncated = false;
  for (let depth = 1; depth <= opts.depth && frontier.length; depth++) {
    if (nodes.size >= opts.limit) {
      // Full before this level was read: whatever lies beyond is left out.
      truncated = true;
      break;
    }
    const found: GraphNeighbour[] = [];
    for (const kind of ['story', 'article', 'entity', 'topic'] as const) {
      const ids = frontier.filter((n) => n.kind === kind).map((n) => n.id);
      if (ids.length) found.push(...(await reader.neighbours(kind, ids, opts.minWeight, caps)));
    }
    found.sort(
      (a, b) =>
        b.edge.weight - a.edge.weight ||
        KIND_ORDER[a.edge.kind] - KIND_ORDER[b.edge.kind] ||
        cmp(nodeKey(a.of), nodeKey(b.of)) ||
        cmp(nodeKey(a.node), nodeKey(b.node)),
    );
    const next: GraphNodeRef[] = [];
    for (const n of found) {
      if (n.edge.weight < opts.minWeight) continue;
      const key = nodeKey(n.node);
      if (!nodes.has(key)) {
        if (nodes.size >= opts.limit) {
          truncated = true;
          continue;
        }
        nodes.set(key, { kind: n.node.kind, id: n.node.id, label: n.node.label, depth });
        next.push({ kind: n.node.kind, id: n.node.id });
      }
      const ek = edgeKey(n.edge);
      if (!edges.has(ek)) edges.set(ek, n.edge);
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
