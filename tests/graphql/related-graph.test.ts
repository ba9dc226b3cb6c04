import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { seedClusteredWorldNews } from './story-fixtures.ts';
import type { StoredWorldNewsArticle } from './world-news-fixtures.ts';

/**
 * Query.relatedGraph over the world-news corpus, enriched and clustered by the real code. The graph is checked for
 * its own invariants (every edge between two of its nodes, at most `limit` nodes, depths within `depth` and each node
 * reached from the level above, weights at least minScore) and against what the API says through other paths:
 * Story.related, Story.entities/topics, Story.articles, Article.story/related/entities/topics, stories(filter:).
 */

const GRAPH = `query ($root: ID!, $depth: Int, $minScore: Float, $limit: Int) {
  relatedGraph(root: $root, depth: $depth, minScore: $minScore, limit: $limit) {
    truncated
    nodes {
      id kind label depth
      node { __typename id ... on Article { title } ... on Story { title } ... on Entity { name } ... on Topic { name } }
    }
    edges { source target kind weight reasons { sharedTerms sameStory timeGapHours } }
  }
}`;

const STORY = `query ($id: ID!) { story(id: $id) {
  id title
  centralArticle { id }
  articles(first: 100) { edges { node { id } } }
  related(first: 100) { score node { id } }
  entities(first: 100) { weight entity { id } }
  topics(first: 100) { weight topic { id } }
} }`;

const ARTICLE = `query ($id: ID!) { article(id: $id) {
  id
  story { id }
  related(first: 100) { score node { id } }
  entities { salience entity { id } }
  topics { score topic { id slug } }
} }`;

const gid = (type: string, id: string) => encodeGlobalID(type, id);
const TYPENAME: Record<string, string> = { ARTICLE: 'Article', STORY: 'Story', ENTITY: 'Entity', TOPIC: 'Topic' };

interface GNode {
  id: string;
  kind: string;
  label: string;
  depth: number;
  node: { __typename: string; id: string; title?: string; name?: string } | null;
}
interface GEdge {
  source: string;
  target: string;
  kind: string;
  weight: number;
  reasons: { sharedTerms: string[]; sameStory: boolean; timeGapHours: number } | null;
}
interface Graph {
  truncated: boolean;
  nodes: GNode[];
  edges: GEdge[];
}

/** The invariants every answer keeps, whatever the root and arguments. */
function checkGraph(g: Graph, rootId: string, args: { depth: number; limit: number; minScore: number }): void {
  const ids = g.nodes.map((n) => n.id);
  expect(new Set(ids).size, 'node ids are unique').toBe(ids.length);
  expect(g.nodes.length).toBeGreaterThan(0);
  expect(g.nodes.length).toBeLessThanOrEqual(args.limit);
  expect(g.nodes[0]).toMatchObject({ id: rootId, depth: 0 });
  expect(g.nodes.filter((n) => n.depth === 0)).toHaveLength(1);
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  for (const n of g.nodes) {
    expect(n.depth).toBeGreaterThanOrEqual(0);
    expect(n.depth).toBeLessThanOrEqual(args.depth);
    // `node` is the object itself, of the kind the node says, with the label it shows.
    expect(n.node, n.id).not.toBeNull();
    expect(n.node!.id).toBe(n.id);
    expect(n.node!.__typename).toBe(TYPENAME[n.kind]);
    expect(n.label).toBe(n.node!.title ?? n.node!.name);
  }
  const edgeKeys = new Set<string>();
  for (const e of g.edges) {
    expect(byId.has(e.source), `edge source ${e.source} is a node`).toBe(true);
    expect(byId.has(e.target), `edge target ${e.target} is a node`).toBe(true);
    expect(e.source).not.toBe(e.target);
    expect(e.weight).toBeGreaterThanOrEqual(args.minScore);
    expect(e.weight).toBeLessThanOrEqual(1);
    const symmetric = e.kind === 'RELATED_STORY' || e.kind === 'RELATED_ARTICLE';
    const key = `${e.kind}|${symmetric ? [e.source, e.target].sort().join('|') : `${e.source}|${e.target}`}`;
    expect(edgeKeys.has(key), `edge ${key} listed once`).toBe(false);
    edgeKeys.add(key);
    expect(e.reasons === null).toBe(!symmetric);
    // Edge kinds join the kinds of node they say they join.
    const [s, t] = [byId.get(e.source)!.kind, byId.get(e.target)!.kind];
    const ends: Record<string, string[][]> = {
      RELATED_STORY: [['STORY', 'STORY']],
      RELATED_ARTICLE: [['ARTICLE', 'ARTICLE']],
      IN_STORY: [['ARTICLE', 'STORY']],
      DUPLICATE_OF: [['ARTICLE', 'ARTICLE']],
      MENTIONS: [['ARTICLE', 'ENTITY'], ['STORY', 'ENTITY']],
      TAGGED: [['ARTICLE', 'TOPIC'], ['STORY', 'TOPIC']],
    };
    expect(ends[e.kind]!.some(([a, b]) => a === s && b === t), `${e.kind} from ${s} to ${t}`).toBe(true);
  }
  // Breadth-first: every node below the root hangs on an edge from a node one level up.
  for (const n of g.nodes.filter((x) => x.depth > 0)) {
    const up = g.edges.some((e) => {
      const other = e.source === n.id ? e.target : e.target === n.id ? e.source : null;
      return other !== null && byId.get(other)!.depth === n.depth - 1;
    });
    expect(up, `${n.kind} ${n.label} at depth ${n.depth} is reached from depth ${n.depth - 1}`).toBe(true);
  }
}

/** The neighbours of the root at depth 1, with the weight of the edge to it, by kind. */
function rootNeighbours(g: Graph, kind: string): Map<string, number> {
  const root = g.nodes[0]!.id;
  const out = new Map<string, number>();
  for (const e of g.edges) {
    if (e.kind !== kind) continue;
    const other = e.source === root ? e.target : e.target === root ? e.source : null;
    if (other) out.set(other, e.weight);
  }
  return out;
}

const desc = (xs: Iterable<number>) => [...xs].sort((a, b) => b - a);

describe.each(dialects)('relatedGraph on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let corpus: StoredWorldNewsArticle[];
  let statements = 0;
  /** Story ids, hottest first. */
  let storyIds: string[];

  beforeAll(async () => {
    // Counts the statements each execution reads: a cached answer would read none.
    store = await createTestStore(dialect, { API_RESPONSE_CACHE_TTL_MS: 0 }, { log: (e) => void (e.level === 'query' && statements++) });
    api = testApi(store);
    const { repos } = api.services;
    corpus = await seedClusteredWorldNews(store.db, repos);
    const data = await ok(`{ stories(first: 100) { edges { node { id } } } }`);
    storyIds = data.stories.edges.map((e: any) => e.node.id);
    expect(storyIds.length).toBeGreaterThan(3);
  });
  afterAll(async () => store?.cleanup());

  async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const r = await api.gql(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  }

  async function graph(root: string, args: { depth?: number; minScore?: number; limit?: number } = {}): Promise<Graph> {
    const g = (await ok(GRAPH, { root, ...args })).relatedGraph as Graph;
    checkGraph(g, g.nodes[0]?.id ?? root, { depth: args.depth ?? 1, limit: args.limit ?? 100, minScore: args.minScore ?? 0 });
    return g;
  }

  async function badInput(variables: Record<string, unknown>): Promise<{ message: string; extensions: Record<string, unknown> }> {
    const r = await api.gql(GRAPH, variables);
    expect(r.data?.relatedGraph ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r)).toBe('BAD_USER_INPUT');
    return { message: r.errors![0]!.message, extensions: r.errors![0]!.extensions ?? {} };
  }

  it('rejects depth outside 1..3, limit outside 1..300 and minScore outside 0..1, naming the argument', async () => {
    const root = storyIds[0]!;
    for (const depth of [0, 4, -1]) {
      const e = await badInput({ root, depth });
      expect(e.message).toBe(`depth must be between 1 and 3, got ${depth}`);
      expect(e.extensions.argument).toBe('depth');
    }
    for (const limit of [0, 301, 5000]) {
      const e = await badInput({ root, limit });
      expect(e.message).toBe(`limit must be between 1 and 300, got ${limit}`);
      expect(e.extensions.argument).toBe('limit');
    }
    for (const minScore of [-0.1, 1.5]) {
      expect((await badInput({ root, minScore })).extensions.argument).toBe('minScore');
    }
    // The edges of the range are accepted.
    await graph(root, { depth: 3, limit: 300, minScore: 1 });
    await graph(root, { depth: 1, limit: 1, minScore: 0 });
  });

  it('rejects a malformed root, the id of another type and an id that names nothing', async () => {
    expect((await badInput({ root: 'not an id' })).extensions).toMatchObject({ argument: 'root', reason: 'malformed' });
    const source = (await ok(`{ sources { id } }`)).sources[0].id;
    const wrong = await badInput({ root: source });
    expect(wrong.extensions).toMatchObject({ argument: 'root', reason: 'wrong_type' });
    expect(wrong.message).toContain('got the id of a Source');
    for (const typename of ['Story', 'Article', 'Entity', 'Topic']) {
      const missing = await badInput({ root: gid(typename, newId()) });
      expect(missing.extensions).toMatchObject({ argument: 'root', reason: 'not_found' });
    }
    // A raw store id does not say its kind (a story's id is its founding article's): refused with a hint.
    const raw = await badInput({ root: corpus[0]!.article.id });
    expect(raw.extensions).toMatchObject({ argument: 'root', reason: 'not_global' });
    expect(raw.message).toContain('global id');
  });

  it('from every story, at every depth: a consistent graph that grows with depth', async () => {
    for (const root of storyIds) {
      let previous = 0;
      for (const depth of [1, 2, 3]) {
        const g = await graph(root, { depth, limit: 300 });
        expect(g.nodes.length).toBeGreaterThanOrEqual(previous);
        previous = g.nodes.length;
        // Nothing was cut: well under 300 nodes on this corpus.
        expect(g.truncated).toBe(false);
        if (depth === 3) expect(new Set(g.nodes.map((n) => n.kind))).toEqual(new Set(['STORY', 'ARTICLE', 'ENTITY', 'TOPIC']));
      }
    }
  });

  it("a story's neighbours are its related stories, its articles (central first), its top entities and topics", async () => {
    let relatedSeen = 0;
    for (const root of storyIds) {
      const g = await graph(root, { depth: 1, limit: 300 });
      const story = (await ok(STORY, { id: root })).story;
      // Related stories: exactly Story.related, with its scores.
      const related = rootNeighbours(g, 'RELATED_STORY');
      expect(Object.fromEntries(related)).toEqual(Object.fromEntries(story.related.map((r: any) => [r.node.id, expect.closeTo(r.score, 5)])));
      relatedSeen += related.size;
      // Articles: members only, the central one among them, at most 5.
      const members = new Set(story.articles.edges.map((e: any) => e.node.id));
      const articles = rootNeighbours(g, 'IN_STORY');
      expect(articles.size).toBe(Math.min(5, members.size));
      for (const [id, weight] of articles) {
        expect(members.has(id)).toBe(true);
        expect(weight).toBe(1);
      }
      expect(articles.has(story.centralArticle.id)).toBe(true);
      for (const e of g.edges.filter((x) => x.kind === 'IN_STORY')) expect(e.target).toBe(root);
      // Entities and topics: the heaviest of Story.entities / Story.topics, weighed the same way.
      for (const [kind, list, key, cap] of [
        ['MENTIONS', story.entities, 'entity', 6],
        ['TAGGED', story.topics, 'topic', 3],
      ] as const) {
        const weights = new Map<string, number>(list.map((w: any) => [w[key].id, w.weight]));
        const found = rootNeighbours(g, kind);
        expect(found.size).toBe(Math.min(cap, weights.size));
        for (const [id, weight] of found) expect(weight, `${kind} ${id}`).toBeCloseTo(weights.get(id)!, 4);
        const top = desc(weights.values()).slice(0, cap);
        desc(found.values()).forEach((w, i) => expect(w).toBeCloseTo(top[i]!, 4));
      }
    }
    // The corpus has related stories: the check above was not vacuous.
    expect(relatedSeen).toBeGreaterThan(0);
  });

  it("an article's neighbours are its story, its related articles, its most salient entities and best topics", async () => {
    for (const s of corpus.slice(0, 12)) {
      const root = gid('Article', s.article.id);
      const g = await graph(root, { depth: 1, limit: 300 });
      const article = (await ok(ARTICLE, { id: root })).article;
      expect([...rootNeighbours(g, 'IN_STORY').keys()]).toEqual([article.story.id]);
      expect(g.edges.find((e) => e.kind === 'IN_STORY')).toMatchObject({ source: root, target: article.story.id, weight: 1 });
      const related = rootNeighbours(g, 'RELATED_ARTICLE');
      const expected = article.related.slice(0, 10);
      expect(Object.fromEntries(related)).toEqual(Object.fromEntries(expected.map((r: any) => [r.node.id, expect.closeTo(r.score, 5)])));
      const mentions = rootNeighbours(g, 'MENTIONS');
      const salience = desc(article.entities.map((e: any) => e.salience)).slice(0, 6);
      expect(desc(mentions.values())).toEqual(salience.map((x) => expect.closeTo(x, 5)));
      for (const [id, w] of mentions) expect(w).toBeCloseTo(article.entities.find((e: any) => e.entity.id === id).salience, 5);
      const tagged = rootNeighbours(g, 'TAGGED');
      expect(desc(tagged.values())).toEqual(desc(article.topics.map((t: any) => t.score)).slice(0, 3).map((x) => expect.closeTo(x, 5)));
    }
  });

  it('an entity or a topic leads to the stories whose articles carry it', async () => {
    const data = await ok(`{ entity(name: "Ukraine") { id } topic(slug: "diplomacy") { id } }`);
    const cases = [
      { root: data.entity.id, filter: { entity: data.entity.id }, edge: 'MENTIONS' },
      { root: data.topic.id, filter: { topic: 'diplomacy' }, edge: 'TAGGED' },
    ];
    for (const c of cases) {
      const g = await graph(c.root, { depth: 1, limit: 300 });
      const carrying = new Set(
        (await ok(`query ($f: StoryFilter) { stories(first: 100, filter: $f) { edges { node { id } } } }`, { f: c.filter })).stories.edges.map(
          (e: any) => e.node.id,
        ),
      );
      const stories = g.nodes.filter((n) => n.depth === 1);
      expect(stories.length).toBe(Math.min(10, carrying.size));
      expect(stories.length).toBeGreaterThan(1);
      for (const n of stories) {
        expect(n.kind).toBe('STORY');
        expect(carrying.has(n.id)).toBe(true);
      }
      // The same edge as from the story's side: story -> entity/topic.
      for (const e of g.edges) expect(e).toMatchObject({ kind: c.edge, target: c.root });
    }
  });

  it('stops at `limit` nodes, keeping the strongest edges, and says it was cut', async () => {
    const root = storyIds[0]!;
    const full = await graph(root, { depth: 1, limit: 300 });
    const weights = desc(full.edges.filter((e) => e.source === root || e.target === root).map((e) => e.weight));
    expect(full.nodes.length).toBeGreaterThan(6);
    const small = await graph(root, { depth: 1, limit: 6 });
    expect(small.nodes).toHaveLength(6);
    expect(small.truncated).toBe(true);
    const kept = desc(small.edges.filter((e) => e.source === root || e.target === root).map((e) => e.weight));
    expect(kept).toEqual(weights.slice(0, 5));
    const deep = await graph(root, { depth: 3, limit: 20 });
    expect(deep.nodes).toHaveLength(20);
    expect(deep.truncated).toBe(true);
    expect((await graph(root, { depth: 1, limit: 1 })).nodes.map((n) => n.id)).toEqual([root]);
  });

  it('follows only edges of at least minScore', async () => {
    for (const root of storyIds.slice(0, 4)) {
      const all = await graph(root, { depth: 2, limit: 300 });
      for (const minScore of [0.25, 0.5, 0.9]) {
        const g = await graph(root, { depth: 2, limit: 300, minScore });
        expect(g.nodes.length).toBeLessThanOrEqual(all.nodes.length);
        // Uncut, so the strong graph is the full one's part reachable along strong edges: a subset of its nodes.
        const allIds = new Set(all.nodes.map((n) => n.id));
        for (const n of g.nodes) expect(allIds.has(n.id)).toBe(true);
      }
      const weak = all.edges.filter((e) => e.weight < 0.5);
      expect(weak.length).toBeGreaterThan(0);
    }
  });

  it('takes a merged story id as its survivor', async () => {
    const survivor = storyIds[0]!;
    // An older id merged into a newer one that was then merged into the survivor: both resolve to the survivor.
    const older = newId();
    const merged = newId();
    await store.db.kysely.transaction().execute(async (trx) => {
      await api.services.repos.storyWriter.recordMerge(trx, older, merged, new Date().toISOString());
      await api.services.repos.storyWriter.recordMerge(trx, merged, decodeStory(survivor), new Date().toISOString());
    });
    const direct = await graph(survivor, { depth: 2, limit: 300 });
    expect(direct.nodes.length).toBeGreaterThan(5);
    for (const root of [gid('Story', merged), gid('Story', older)]) {
      const viaMerged = await graph(root, { depth: 2, limit: 300 });
      expect(viaMerged.nodes[0]!.id).toBe(survivor);
      expect(viaMerged).toEqual(direct);
    }
  });

  it('reads one statement per relation per level, however many nodes a level holds', async () => {
    const root = storyIds[0]!;
    const perDepth: number[] = [];
    for (const depth of [1, 2, 3]) {
      statements = 0;
      const g = await graph(root, { depth, limit: 300 });
      perDepth.push(statements);
      // Root: the story (or its merge), its label. Per level at most: story 4, article 5, entity 1, topic 1.
      // Then `node` loads each kind once, and the reasons nothing more.
      expect(statements).toBeLessThanOrEqual(2 + depth * 11 + 4);
      if (depth === 3) expect(g.nodes.length).toBeGreaterThan(40);
    }
    // A story's first level: the root (its merge resolution, its label), its related stories, articles, entities and
    // topics (4), then Story, Article, Entity and Topic loaded once each for `node`.
    expect(perDepth[0]).toBe(10);
    // The second level (related stories, articles, entities, topics) costs at most one statement per relation of each
    // node kind it holds (story 4, article 5, entity 1, topic 1), whatever its size.
    expect(perDepth[1]! - perDepth[0]!).toBeLessThanOrEqual(11);
    expect(perDepth[2]! - perDepth[1]!).toBeLessThanOrEqual(11);
  });

  function decodeStory(globalId: string): string {
    return Buffer.from(globalId, 'base64').toString('utf8').replace(/^Story:/, '');
  }
});
