import { sql, type AliasedSelectQueryBuilder } from 'kysely';
import type { EdgeReasons } from '../../domain/story.ts';
import type { Db } from '../db.ts';
import { parseEdgeReasons } from './edge-reasons.ts';

/**
 * Neighbourhoods of any node of the related-story graph, for Query.relatedGraph: stories, articles, entities and
 * topics, and the edges between them. Reads are batched: one statement per kind of neighbour for a whole BFS level,
 * and every read is bounded by a LIMIT (per node, through a UNION ALL of index range scans, or per sample).
 */

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

export interface ExploreOptions {
  /** Hops from the root, at least 1. */
  depth: number;
  /** Edges below this weight are not followed. */
  minWeight: number;
  /** Most nodes, the root included. */
  limit: number;
}

/** How many neighbours of each relation one node contributes, strongest first. */
export const NEIGHBOUR_CAPS = {
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
} as const;

/** Articles a story's entities and topics are counted over (its newest), and an entity's or topic's newest articles its stories are found in. */
export const AGGREGATE_SAMPLE = 200;

/**
 * Ids per statement. A frontier never holds more than MAX_LIMIT nodes, so a level is one statement per relation; it
 * also keeps a UNION ALL under SQLite's 500 compound-select terms.
 */
export const MAX_GRAPH_LIMIT = 300;

/** Merges are followed at most this far (a merged story merged again). */
const MAX_MERGE_HOPS = 16;

const KIND_ORDER: Record<GraphEdgeKind, number> = { in_story: 0, duplicate_of: 1, related_story: 2, related_article: 3, mentions: 4, tagged: 5 };

/** A select Kysely can wrap as a derived table of rows O: a per-node read bounded by its ORDER BY and LIMIT. */
type SubSelect<O> = { as<A extends string>(alias: A): AliasedSelectQueryBuilder<O, A> };

const nodeKey = (n: GraphNodeRef) => `${n.kind}:${n.id}`;

/** One key per edge whichever end it was read from: related edges are symmetric, the others have one direction. */
function edgeKey(e: GraphEdgeItem): string {
  const a = nodeKey(e.source);
  const b = nodeKey(e.target);
  const symmetric = e.kind === 'related_story' || e.kind === 'related_article';
  return `${e.kind}|${symmetric && b < a ? `${b}|${a}` : `${a}|${b}`}`;
}

function chunks<T>(items: readonly T[], size = MAX_GRAPH_LIMIT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}


/** A mean as a weight, rounded so it reads the same on both dialects (PostgreSQL's real is float4). */
const share = (n: number, of: number) => (of > 0 ? Math.min(1, Math.round((n / of) * 1e6) / 1e6) : 0);

export class RelatedGraphRepository {
  constructor(private readonly db: Db) {}

  /** A story id, or the id of the story a merged one now lives in; null when neither exists. */
  async resolveStory(id: string): Promise<string | null> {
    let current = id;
    for (let hop = 0; hop <= MAX_MERGE_HOPS; hop++) {
      const row = await this.db.kysely
        .selectFrom('stories')
        .select('id')
        .where('id', '=', current)
        .unionAll(this.db.kysely.selectFrom('story_merges').select('into_id as id').where('merged_id', '=', current))
        .execute();
      if (!row.length) return null;
      // The stories row wins; otherwise follow the merge (its survivor may itself have been merged).
      if (row.some((r) => r.id === current)) return current;
      current = row[0]!.id;
    }
    return null;
  }

  /** Labels of nodes of one kind, in the order given; null where there is no such node. One statement. */
  async labelsOf(kind: GraphNodeKind, ids: readonly string[]): Promise<(string | null)[]> {
    const by = new Map<string, string>();
    const k = this.db.kysely;
    for (const part of chunks([...new Set(ids)])) {
      const rows =
        kind === 'story'
          ? await k.selectFrom('stories').select(['id', 'title as label']).where('id', 'in', part).execute()
          : kind === 'article'
            ? await k.selectFrom('articles').select(['id', 'title as label']).where('id', 'in', part).execute()
            : kind === 'entity'
              ? await k.selectFrom('entities').select(['id', 'name as label']).where('id', 'in', part).execute()
              : await k.selectFrom('topics').select(['id', 'name as label']).where('id', 'in', part).execute();
      for (const r of rows) by.set(r.id, r.label);
    }
    return ids.map((id) => by.get(id) ?? null);
  }

  /**
   * Every neighbour of these nodes (all of one kind) along edges of at least `minWeight`, at most NEIGHBOUR_CAPS of
   * each relation per node. Statements: story 4, article 5, entity 1, topic 1 (per MAX_GRAPH_LIMIT ids).
   */
  async neighbours(kind: GraphNodeKind, ids: readonly string[], minWeight: number): Promise<GraphNeighbour[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const out: GraphNeighbour[] = [];
    for (const part of chunks(unique)) {
      if (kind === 'story') {
        out.push(...(await this.relatedStories(part, minWeight)), ...(await this.storyArticles(part, minWeight)));
        out.push(...(await this.storyTags(part, 'entity', minWeight)), ...(await this.storyTags(part, 'topic', minWeight)));
      } else if (kind === 'article') {
        out.push(...(await this.relatedArticles(part, minWeight)), ...(await this.storyAndOriginal(part, minWeight)));
        out.push(...(await this.duplicates(part, minWeight)), ...(await this.articleEntities(part, minWeight)), ...(await this.articleTopics(part, minWeight)));
      } else {
        out.push(...(await this.storiesOf(kind, part, minWeight)));
      }
    }
    return out;
  }

  /**
   * Breadth-first from `root`: each level reads the neighbours of the previous level's new nodes (batched per kind),
   * takes them strongest edge first and stops adding nodes at `limit`. Edges are kept between nodes in the graph only,
   * once each. No nodes at all when the root does not exist.
   */
  async explore(root: GraphNodeRef, opts: ExploreOptions): Promise<RelatedGraph> {
    const [label] = await this.labelsOf(root.kind, [root.id]);
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
        if (ids.length) found.push(...(await this.neighbours(kind, ids, opts.minWeight)));
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

  /** story -> related stories (story_edges), strongest first. */
  private relatedStories(ids: string[], minWeight: number): Promise<GraphNeighbour[]> {
    return this.topPerId(
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('story_edges as e')
          .innerJoin('stories as s', 's.id', 'e.related_id')
          .select(['e.story_id as of_id', 'e.related_id as id', 's.title as label', 'e.score', 'e.reasons'])
          .where('e.story_id', '=', id)
          .where('e.score', '>=', minWeight)
          .orderBy('e.score', 'desc')
          .orderBy('e.related_id')
          .limit(NEIGHBOUR_CAPS.relatedStories),
      (r) => outward({ kind: 'story', id: r.of_id }, { kind: 'story', id: r.id, label: r.label }, 'related_story', Number(r.score), parseEdgeReasons(r.reasons)),
    );
  }

  /** story -> member articles: the most central one, then the newest that are not wire copies. */
  private async storyArticles(ids: string[], minWeight: number): Promise<GraphNeighbour[]> {
    if (minWeight > 1) return [];
    const k = this.db.kysely;
    const central = k
      .selectFrom('stories as s')
      .innerJoin('articles as a', 'a.id', 's.central_article_id')
      .select(['s.id as of_id', 'a.id', 'a.title as label', 'a.published_at', sql<number>`1`.as('central')])
      .where('s.id', 'in', ids)
      .limit(ids.length);
    const newest = this.perId(ids, (id) =>
      k
        .selectFrom('articles')
        .select([sql<string>`story_id`.as('of_id'), 'id', 'title as label', 'published_at', sql<number>`0`.as('central')])
        .where('story_id', '=', id)
        .where('duplicate_of_id', 'is', null)
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')
        .limit(NEIGHBOUR_CAPS.storyArticles),
    );
    const rows = await unionAll([k.selectFrom(central.as('c')).selectAll(), ...newest]).execute();
    rows.sort((a, b) => cmp(a.of_id, b.of_id) || Number(b.central) - Number(a.central) || cmp(b.published_at, a.published_at) || cmp(b.id, a.id));
    const out: GraphNeighbour[] = [];
    const taken = new Map<string, Set<string>>();
    for (const r of rows) {
      const seen = taken.get(r.of_id) ?? new Set<string>();
      taken.set(r.of_id, seen);
      if (seen.has(r.id) || seen.size >= NEIGHBOUR_CAPS.storyArticles) continue;
      seen.add(r.id);
      out.push(inward({ kind: 'story', id: r.of_id }, { kind: 'article', id: r.id, label: r.label }, 'in_story'));
    }
    return out;
  }

  /**
   * story -> the entities (or topics) weighing most in its newest AGGREGATE_SAMPLE articles. Weight as Story.entities
   * and Story.topics give it: salience (topic score) summed over those articles, divided by their number.
   */
  private async storyTags(ids: string[], kind: 'entity' | 'topic', minWeight: number): Promise<GraphNeighbour[]> {
    const k = this.db.kysely;
    const cap = kind === 'entity' ? NEIGHBOUR_CAPS.storyEntities : NEIGHBOUR_CAPS.storyTopics;
    const sample = unionAll(
      this.perId(ids, (id) =>
        k
          .selectFrom('articles')
          .select([sql<string>`story_id`.as('story_id'), 'id'])
          .where('story_id', '=', id)
          .orderBy('published_at', 'desc')
          .orderBy('id', 'desc')
          .limit(AGGREGATE_SAMPLE),
      ),
    ).as('x');
    const counts =
      kind === 'entity'
        ? k
            .selectFrom(sample)
            .innerJoin('article_entities as t', 't.article_id', 'x.id')
            .groupBy(['x.story_id', 't.entity_id'])
            .select(['x.story_id', 't.entity_id as tag_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('t.salience').as('total')])
        : k
            .selectFrom(sample)
            .innerJoin('article_topics as t', 't.article_id', 'x.id')
            .groupBy(['x.story_id', 't.topic_id'])
            .select(['x.story_id', 't.topic_id as tag_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('t.score').as('total')]);
    const named =
      kind === 'entity'
        ? k.selectFrom(counts.as('c')).innerJoin('entities as e', 'e.id', 'c.tag_id').select(['c.story_id', 'c.tag_id', 'c.n', 'c.total', 'e.name as label'])
        : k.selectFrom(counts.as('c')).innerJoin('topics as e', 'e.id', 'c.tag_id').select(['c.story_id', 'c.tag_id', 'c.n', 'c.total', 'e.name as label']);
    const ranked = k
      .selectFrom(named.as('m'))
      .innerJoin('stories as s', 's.id', 'm.story_id')
      .select([
        'm.story_id',
        'm.tag_id',
        'm.total',
        'm.label',
        's.article_count',
        sql<number>`ROW_NUMBER() OVER (PARTITION BY m.story_id ORDER BY m.total DESC, m.n DESC, m.label, m.tag_id)`.as('rn'),
      ]);
    const rows = await k.selectFrom(ranked.as('r')).selectAll().where('r.rn', '<=', cap).orderBy('r.story_id').orderBy('r.rn').limit(ids.length * cap).execute();
    const out: GraphNeighbour[] = [];
    for (const r of rows) {
      const weight = share(Number(r.total), Math.min(Number(r.article_count), AGGREGATE_SAMPLE));
      if (weight < minWeight) continue;
      out.push(outward({ kind: 'story', id: r.story_id }, { kind, id: r.tag_id, label: r.label }, kind === 'entity' ? 'mentions' : 'tagged', weight));
    }
    return out;
  }

  /**
   * entity (or topic) -> the stories most of its newest AGGREGATE_SAMPLE articles are in, then the most recent.
   * Weight as from the story's side: its salience (score) summed over those articles, divided by the story's article
   * count (at most AGGREGATE_SAMPLE), so both ends agree whenever the samples cover the story.
   */
  private async storiesOf(kind: 'entity' | 'topic', ids: string[], minWeight: number): Promise<GraphNeighbour[]> {
    const k = this.db.kysely;
    const sample = this.perId(ids, (id) =>
      kind === 'entity'
        ? k
            .selectFrom('article_entities')
            .select(['entity_id as tag_id', 'article_id', 'published_at', 'salience as weight'])
            .where('entity_id', '=', id)
            .orderBy('published_at', 'desc')
            .orderBy('article_id', 'desc')
            .limit(AGGREGATE_SAMPLE)
        : k
            .selectFrom('article_topics')
            .select(['topic_id as tag_id', 'article_id', 'published_at', 'score as weight'])
            .where('topic_id', '=', id)
            .orderBy('published_at', 'desc')
            .orderBy('article_id', 'desc')
            .limit(AGGREGATE_SAMPLE),
    );
    const counts = k
      .selectFrom(unionAll(sample).as('x'))
      .innerJoin('articles as a', 'a.id', 'x.article_id')
      .where('a.story_id', 'is not', null)
      .groupBy(['x.tag_id', 'a.story_id'])
      .select([
        'x.tag_id',
        sql<string>`a.story_id`.as('story_id'),
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>('x.weight').as('total'),
        (eb) => eb.fn.max('x.published_at').as('latest'),
      ]);
    const ranked = k
      .selectFrom(counts.as('c'))
      .innerJoin('stories as s', 's.id', 'c.story_id')
      .select([
        'c.tag_id',
        'c.story_id',
        'c.total',
        's.title as label',
        's.article_count',
        sql<number>`ROW_NUMBER() OVER (PARTITION BY c.tag_id ORDER BY c.n DESC, c.latest DESC, c.story_id)`.as('rn'),
      ]);
    const cap = kind === 'entity' ? NEIGHBOUR_CAPS.entityStories : NEIGHBOUR_CAPS.topicStories;
    const rows = await k.selectFrom(ranked.as('r')).selectAll().where('r.rn', '<=', cap).orderBy('r.tag_id').orderBy('r.rn').limit(ids.length * cap).execute();
    const out: GraphNeighbour[] = [];
    for (const r of rows) {
      const weight = share(Number(r.total), Math.min(Number(r.article_count), AGGREGATE_SAMPLE));
      if (weight < minWeight) continue;
      out.push(inward({ kind, id: r.tag_id }, { kind: 'story', id: r.story_id, label: r.label }, kind === 'entity' ? 'mentions' : 'tagged', weight));
    }
    return out;
  }

  /** article -> related articles (article_edges), strongest first. */
  private relatedArticles(ids: string[], minWeight: number): Promise<GraphNeighbour[]> {
    return this.topPerId(
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('article_edges as e')
          .innerJoin('articles as a', 'a.id', 'e.related_id')
          .select(['e.article_id as of_id', 'e.related_id as id', 'a.title as label', 'e.score', 'e.reasons'])
          .where('e.article_id', '=', id)
          .where('e.score', '>=', minWeight)
          .orderBy('e.score', 'desc')
          .orderBy('e.related_id')
          .limit(NEIGHBOUR_CAPS.relatedArticles),
      (r) => outward({ kind: 'article', id: r.of_id }, { kind: 'article', id: r.id, label: r.label }, 'related_article', Number(r.score), parseEdgeReasons(r.reasons)),
    );
  }

  /** article -> its story and the article it is a copy of: one row per article. */
  private async storyAndOriginal(ids: string[], minWeight: number): Promise<GraphNeighbour[]> {
    if (minWeight > 1) return [];
    const rows = await this.db.kysely
      .selectFrom('articles as a')
      .leftJoin('stories as s', 's.id', 'a.story_id')
      .leftJoin('articles as o', 'o.id', 'a.duplicate_of_id')
      .select(['a.id', 's.id as story_id', 's.title as story_title', 'o.id as original_id', 'o.title as original_title'])
      .where('a.id', 'in', ids)
      .limit(ids.length)
      .execute();
    const out: GraphNeighbour[] = [];
    for (const r of rows) {
      const of = { kind: 'article' as const, id: r.id };
      if (r.story_id != null && r.story_title != null) out.push(outward(of, { kind: 'story', id: r.story_id, label: r.story_title }, 'in_story'));
      if (r.original_id != null && r.original_title != null) out.push(outward(of, { kind: 'article', id: r.original_id, label: r.original_title }, 'duplicate_of'));
    }
    return out;
  }

  /** article -> its near-identical copies, oldest first. */
  private async duplicates(ids: string[], minWeight: number): Promise<GraphNeighbour[]> {
    if (minWeight > 1) return [];
    return this.topPerId(
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('articles')
          .select([sql<string>`duplicate_of_id`.as('of_id'), 'id', 'title as label'])
          .where('duplicate_of_id', '=', id)
          .orderBy('published_at')
          .orderBy('id')
          .limit(NEIGHBOUR_CAPS.duplicates),
      (r) => inward({ kind: 'article', id: r.of_id }, { kind: 'article', id: r.id, label: r.label }, 'duplicate_of'),
    );
  }

  /** article -> its most salient entities. */
  private articleEntities(ids: string[], minWeight: number): Promise<GraphNeighbour[]> {
    return this.topPerId(
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('article_entities as ae')
          .innerJoin('entities as e', 'e.id', 'ae.entity_id')
          .select(['ae.article_id as of_id', 'e.id', 'e.name as label', 'ae.salience as weight'])
          .where('ae.article_id', '=', id)
          .where('ae.salience', '>=', minWeight)
          .orderBy('ae.salience', 'desc')
          .orderBy('e.name')
          .orderBy('e.id')
          .limit(NEIGHBOUR_CAPS.articleEntities),
      (r) => outward({ kind: 'article', id: r.of_id }, { kind: 'entity', id: r.id, label: r.label }, 'mentions', Number(r.weight)),
    );
  }

  /** article -> its best-scoring topics. */
  private articleTopics(ids: string[], minWeight: number): Promise<GraphNeighbour[]> {
    return this.topPerId(
      ids,
      (id) =>
        this.db.kysely
          .selectFrom('article_topics as at')
          .innerJoin('topics as t', 't.id', 'at.topic_id')
          .select(['at.article_id as of_id', 't.id', 't.name as label', 'at.score as weight'])
          .where('at.article_id', '=', id)
          .where('at.score', '>=', minWeight)
          .orderBy('at.score', 'desc')
          .orderBy('t.slug')
          .limit(NEIGHBOUR_CAPS.articleTopics),
      (r) => outward({ kind: 'article', id: r.of_id }, { kind: 'topic', id: r.id, label: r.label }, 'tagged', Number(r.weight)),
    );
  }

  /**
   * One sub-select per id, each wrapped as a derived table so its ORDER BY and LIMIT are legal inside a UNION ALL on
   * both dialects: the parts of one statement of per-node index range scans.
   */
  private perId<O>(ids: readonly string[], query: (id: string) => SubSelect<O>) {
    return ids.map((id, i) => this.db.kysely.selectFrom(query(id).as(`p${i}`)).selectAll());
  }

  /** `query`'s rows for every id in one statement, each made a neighbour by `toNeighbour`. */
  private async topPerId<O>(
    ids: readonly string[],
    query: (id: string) => SubSelect<O>,
    toNeighbour: (row: O) => GraphNeighbour,
  ): Promise<GraphNeighbour[]> {
    // selectAll() of each derived table gives O back, which TypeScript cannot see for a generic O.
    const rows = (await unionAll(this.perId(ids, query)).execute()) as O[];
    return rows.map(toNeighbour);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ref(n: GraphNodeRef): GraphNodeRef {
  return { kind: n.kind, id: n.id };
}

type LabelledRef = GraphNodeRef & { label: string };

/** `node` as a neighbour of `of`, along an edge from `of` to it. */
function outward(of: GraphNodeRef, node: LabelledRef, kind: GraphEdgeKind, weight = 1, reasons: EdgeReasons | null = null): GraphNeighbour {
  return { of, node, edge: { kind, source: of, target: ref(node), weight, reasons } };
}

/** `node` as a neighbour of `of`, along an edge from it to `of` (no reasons: only related edges have them). */
function inward(of: GraphNodeRef, node: LabelledRef, kind: GraphEdgeKind, weight = 1): GraphNeighbour {
  return { of, node, edge: { kind, source: ref(node), target: of, weight, reasons: null } };
}

/** UNION ALL of the parts, in order (per-node sub-selects wrapped by perId, and any others). */
function unionAll<Q extends { unionAll(other: Q): Q }>(parts: Q[]): Q {
  return parts.slice(1).reduce((q, p) => q.unionAll(p), parts[0]!);
}
