import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type {
  GraphEdgeItem,
  GraphEdgeKind,
  GraphNodeItem,
  GraphNodeKind,
  GraphNodeRef,
  RelatedGraph,
} from '../../domain/graph.ts';
import { exploreRelatedGraph, MAX_GRAPH_LIMIT } from '../../graph/explore-related-graph.ts';
import type { GraphQLContext } from '../context.ts';
import { builder } from '../builder.ts';
import { invalidInput } from '../invalid-input.ts';
import { EdgeReasonsRef } from './edge-reasons.ts';

export const MAX_GRAPH_DEPTH = 3;
const DEFAULT_LIMIT = 100;

const TYPENAMES: Record<GraphNodeKind, string> = { article: 'Article', story: 'Story', entity: 'Entity', topic: 'Topic' };
const KINDS_BY_TYPENAME = new Map(Object.entries(TYPENAMES).map(([kind, typename]) => [typename, kind as GraphNodeKind]));
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/i;

const globalIdOf = (n: GraphNodeRef) => encodeGlobalID(TYPENAMES[n.kind], n.id);

export const GraphNodeKindEnum = builder.enumType('GraphNodeKind', {
  values: {
    ARTICLE: { value: 'article' },
    STORY: { value: 'story' },
    ENTITY: { value: 'entity' },
    TOPIC: { value: 'topic' },
  } as const satisfies Record<string, { value: GraphNodeKind }>,
});

export const GraphEdgeKindEnum = builder.enumType('GraphEdgeKind', {
  values: {
    RELATED_STORY: { value: 'related_story', description: 'Two related stories (symmetric); weight is their stored score' },
    RELATED_ARTICLE: { value: 'related_article', description: 'Two related articles (symmetric); weight is their stored score' },
    IN_STORY: { value: 'in_story', description: 'An article (source) in its story (target); weight 1' },
    DUPLICATE_OF: { value: 'duplicate_of', description: 'A near-identical copy (source) of an earlier article (target); weight 1' },
    MENTIONS: {
      value: 'mentions',
      description:
        "An article or story (source) mentions an entity (target); weight is the entity's salience in the article, or for a story its weight in Story.entities",
    },
    TAGGED: {
      value: 'tagged',
      description: "An article or story (source) carries a topic (target); weight is the article's topic score, or for a story its weight in Story.topics",
    },
  } as const satisfies Record<string, { value: GraphEdgeKind; description: string }>,
});

const GraphNodeRefType = builder.objectRef<GraphNodeItem>('GraphNode').implement({
  description: 'A node of a related graph: an article, story, entity or topic.',
  fields: (t) => ({
    id: t.id({ description: 'The global id of the article, story, entity or topic', resolve: globalIdOf }),
    kind: t.field({ type: GraphNodeKindEnum, resolve: (n) => n.kind }),
    label: t.exposeString('label', { description: 'Title of an article or story, name of an entity or topic' }),
    depth: t.exposeInt('depth', { description: 'Hops from the root (the root is 0)' }),
    node: t.node({
      description: 'The article, story, entity or topic itself (loaded in one batch per type)',
      id: (n) => globalIdOf(n),
    }),
  }),
});

const GraphEdgeRefType = builder.objectRef<GraphEdgeItem>('GraphEdge').implement({
  description: 'An edge of a related graph, between two of its nodes.',
  fields: (t) => ({
    source: t.id({ description: 'Global id of the source node', resolve: (e) => globalIdOf(e.source) }),
    target: t.id({ description: 'Global id of the target node', resolve: (e) => globalIdOf(e.target) }),
    kind: t.field({ type: GraphEdgeKindEnum, resolve: (e) => e.kind }),
    weight: t.exposeFloat('weight', { description: '0..1, stronger is higher' }),
    reasons: t.field({
      type: EdgeReasonsRef,
      nullable: true,
      description: 'Why the two ends are related (RELATED_STORY and RELATED_ARTICLE); null for the other kinds',
      resolve: (e) => e.reasons,
    }),
  }),
});

const RelatedGraphRef = builder.objectRef<RelatedGraph>('RelatedGraph').implement({
  description: 'The neighbourhood of a node: every edge has both ends among the nodes.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRefType], description: 'The root first, then by depth, strongest edge first', resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRefType], resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: '`limit` cut the graph short: a neighbour was left out, or deeper levels were not read',
    }),
  }),
});

function checkedInt(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidInput(`${argument} must be between ${min} and ${max}, got ${value}`, { argument, min, max });
  }
  return value;
}

/**
 * The node `root` names: the global id of an Article, Story, Entity or Topic; a merged story's id names its survivor.
 * A raw store id is refused: it does not say its kind, and a story's id is the id of the article that founded it.
 */
async function resolveRoot(root: string, ctx: GraphQLContext): Promise<GraphNodeRef> {
  if (ULID.test(root)) {
    throw invalidInput(`root: give the global id of an Article, Story, Entity or Topic (its \`id\` field); a raw store id does not say which it is`, {
      argument: 'root',
      reason: 'not_global',
    });
  }
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(root);
  } catch {
    throw invalidInput(`root: ${JSON.stringify(root)} is not a valid id`, { argument: 'root', reason: 'malformed' });
  }
  const kind = KINDS_BY_TYPENAME.get(decoded.typename);
  if (!kind || !decoded.id) {
    throw invalidInput(`root: expected the id of an Article, Story, Entity or Topic, got the id of a ${decoded.typename}`, { argument: 'root', reason: 'wrong_type' });
  }
  if (kind !== 'story') return { kind, id: decoded.id };
  const id = await ctx.services.repos.relatedGraph.resolveStory(decoded.id);
  if (!id) throw unknownRoot(root, decoded.typename);
  return { kind, id };
}

function unknownRoot(root: string, typename: string) {
  return invalidInput(`root: no ${typename} has the id ${JSON.stringify(root)}`, { argument: 'root', reason: 'not_found' });
}

builder.queryFields((t) => ({
  relatedGraph: t.field({
    type: RelatedGraphRef,
    description:
      'The graph around a node, breadth-first from `root` (the global id of an Article, Story, Entity or Topic; a merged story id ' +
      'stands for the story it was merged into), strongest edges first, up to `limit` nodes. Edges: related stories ' +
      'and articles, articles in their story, wire copies, entities mentioned and topics carried. depth 1 to 3, limit ' +
      `1 to ${MAX_GRAPH_LIMIT}, minScore 0 to 1 (edges weaker than it are not followed); a bad value or an unknown ` +
      'root is an error with extensions.code BAD_USER_INPUT.',
    args: {
      root: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: `Hops from the root, 1 to ${MAX_GRAPH_DEPTH}` }),
      minScore: t.arg.float({ defaultValue: 0, description: 'Only edges of at least this weight, 0 to 1' }),
      limit: t.arg.int({ defaultValue: DEFAULT_LIMIT, description: `Most nodes, the root included, 1 to ${MAX_GRAPH_LIMIT}` }),
    },
    // What it selects is paid for once per node it may return.
    complexity: (args) => ({ field: 1, multiplier: Math.max(1, Math.min(Number(args.limit ?? DEFAULT_LIMIT), MAX_GRAPH_LIMIT)) }),
    resolve: async (_root, args, ctx) => {
      const depth = checkedInt(args.depth ?? 1, 1, MAX_GRAPH_DEPTH, 'depth');
      const limit = checkedInt(args.limit ?? DEFAULT_LIMIT, 1, MAX_GRAPH_LIMIT, 'limit');
      const minScore = args.minScore ?? 0;
      if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
        throw invalidInput(`minScore must be between 0 and 1, got ${minScore}`, { argument: 'minScore', min: 0, max: 1 });
      }
      const root = await resolveRoot(String(args.root), ctx);
      const graph = await exploreRelatedGraph(ctx.services.repos.relatedGraph, root, { depth, minWeight: minScore, limit });
      // No root node: the id names nothing of its type.
      if (!graph.nodes.length) throw unknownRoot(String(args.root), TYPENAMES[root.kind]);
      return graph;
    },
  }),
}));
