import type { EdgeReasons } from './story.ts';

/** The nodes and edges of Query.relatedGraph: stories, articles, entities and topics, and how they connect. */

export type GraphNodeKind = 'article' | 'story' | 'entity' | 'topic';

/**
 * related_story / related_article: stored edges (symmetric). in_story: article -> its story. duplicate_of: a
 * near-identical copy -> the first article. mentions: article or story -> entity. tagged: article or story -> topic.
 */
export type GraphEdgeKind = 'related_story' | 'related_article' | 'in_story' | 'duplicate_of' | 'mentions' | 'tagged';

export interface GraphNodeRef {
  kind: GraphNodeKind;
  id: string;
}

export interface GraphNodeItem extends GraphNodeRef {
  /** Title of an article or story, name of an entity or topic. */
  label: string;
  /** Hops from the root (0 for the root). */
  depth: number;
}

export interface GraphEdgeItem {
  kind: GraphEdgeKind;
  source: GraphNodeRef;
  target: GraphNodeRef;
  /**
   * 0..1: the stored score of related edges; an article's salience or topic score; for a story, that summed over its
   * articles divided by their number (as Story.entities/topics weigh); 1 for in_story and duplicate_of.
   */
  weight: number;
  /** Why two articles or stories are related; null for the other kinds. */
  reasons: EdgeReasons | null;
}

/** A neighbour of a node, with the edge to it written in its canonical direction (source/target). */
export interface GraphNeighbour {
  /** The node the neighbour was read for. */
  of: GraphNodeRef;
  node: GraphNodeRef & { label: string };
  edge: GraphEdgeItem;
}

export interface RelatedGraph {
  nodes: GraphNodeItem[];
  edges: GraphEdgeItem[];
  /** The node limit stopped the walk: a neighbour was left out, or deeper levels were not read. */
  truncated: boolean;
}

/** How many neighbours of each relation one node contributes, strongest first, and how many articles weigh a story's tags. */
export interface NeighbourCaps {
  relatedStories: number;
  storyArticles: number;
  storyEntities: number;
  storyTopics: number;
  relatedArticles: number;
  duplicates: number;
  articleEntities: number;
  articleTopics: number;
  entityStories: number;
  topicStories: number;
  /** Articles a story's entities and topics are counted over (its newest), and an entity's or topic's newest articles its stories are found in. */
  aggregateSample: number;
}
