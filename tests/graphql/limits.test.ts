import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import { getIntrospectionQuery, parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { operationCost } from '../../src/graphql/cost-limit.ts';
import { DEFAULT_LIST_MULTIPLIER, fieldCost } from '../../src/graphql/field-cost.ts';
import { limitPlugins, type LimitSettings } from '../../src/graphql/limits.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A small schema of its own, priced by the same fieldCost the real builder uses and served with the same limit
 * plugins, with counters on every resolver: it shows the pricing rule and that rejected operations run nothing.
 */
function pricedTestServer(settings: LimitSettings) {
  const calls = { items: 0, children: 0, slow: 0, afterSlow: 0 };
  const builder = new SchemaBuilder<{ Context: object }>({
    plugins: [RelayPlugin, ComplexityPlugin],
    relay: { clientMutationId: 'omit', cursorType: 'String' },
    // Options the project's plugins declare globally; unused here (the plugins are not installed on this builder).
    scopeAuth: { authScopes: () => ({}) },
    complexity: { defaultComplexity: 1, defaultListMultiplier: DEFAULT_LIST_MULTIPLIER, fieldComplexity: fieldCost },
  });
  interface Item {
    id: number;
  }
  const ItemRef = builder.objectRef<Item>('Item');
  const page = (n: number | null | undefined) => Array.from({ length: Math.min(n ?? 3, 3) }, (_, i) => ({ id: i }));
  const connection = (items: Item[]) => ({
    edges: items.map((node) => ({ node, cursor: String(node.id) })),
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  });
  ItemRef.implement({
    fields: (t) => ({
      id: t.exposeInt('id'),
      children: t.connection({
        type: ItemRef,
        resolve: (_item, args) => {
          calls.children += 1;
          return connection(page(args.first));
        },
      }),
      after: t.string({
        resolve: () => {
          calls.afterSlow += 1;
          return 'late';
        },
      }),
    }),
  });
  builder.queryType({
    fields: (t) => ({
      items: t.connection({
        type: ItemRef,
        resolve: (_root, args) => {
          calls.items += 1;
          return connection(page(args.first));
        },
      }),
      tags: t.stringList({ resolve: () => ['a', 'b'] }),
      slowItem: t.field({
        type: ItemRef,
        resolve: async () => {
          calls.slow += 1;
          await sleep(300);
          return { id: 1 };
        },
      }),
    }),
  });
  const schema = builder.toSchema();
  const yoga = createYoga({ schema, plugins: limitPlugins(settings), maskedErrors: true, logging: false });
  async function gql(query: string, variables: Record<string, unknown> = {}) {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: any }[] }) };
  }
  return { schema, gql, calls };
}

const settings: LimitSettings = { GRAPHQL_MAX_DEPTH: 12, GRAPHQL_MAX_ALIASES: 30, GRAPHQL_MAX_TOKENS: 5000, GRAPHQL_MAX_COST: 20_000, GRAPHQL_TIMEOUT_MS: 10_000 };

const nested = (outer: number | string, inner: number | string) =>
  `{ items(first: ${outer}) { edges { node { children(first: ${inner}) { edges { node { id } } } } } } }`;

describe('query cost', () => {
  const server = pricedTestServer(settings);

  it.each([
    // node{id}=2, edges=3, children=1+inner*3, node=2+inner*3, edges=3+inner*3, items=1+outer*(3+inner*3)
    { outer: 100, inner: 100, cost: 1 + 100 * (3 + 100 * 3) },
    { outer: 10, inner: 10, cost: 1 + 10 * (3 + 10 * 3) },
    { outer: 1, inner: 100, cost: 1 + 1 * (3 + 100 * 3) },
    { outer: 0, inner: 100, cost: 1 },
  ])('prices connections by first: $outer x $inner costs $cost', ({ outer, inner, cost }) => {
    expect(operationCost({ schema: server.schema, document: parse(nested(outer, inner)), contextValue: {} })).toBe(cost);
  });

  it('prices by last too, by the page cap when neither is given, plain lists by 10, and applies variables', () => {
    const cost = (q: string, variableValues: Record<string, unknown> = {}) => operationCost({ schema: server.schema, document: parse(q), variableValues, contextValue: {} });
    expect(cost('{ items(last: 7) { edges { node { id } } } }')).toBe(1 + 7 * 3);
    expect(cost('{ items { edges { node { id } } } }')).toBe(1 + 100 * 3);
    expect(cost('{ tags }')).toBe(1);
    expect(cost('query ($n: Int) { items(first: $n) { edges { node { id } } } }', { n: 40 })).toBe(1 + 40 * 3);
    expect(cost('query ($n: Int = 5) { items(first: $n) { edges { node { id } } } }')).toBe(1 + 5 * 3);
  });

  it('rejects a 100 x 100 nesting before execution, naming the budget', async () => {
    const before = { ...server.calls };
    const r = await server.gql(nested(100, 100));
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    expect(r.errors).toEqual([
      expect.objectContaining({
        message: `Query cost 30301 exceeds the budget of 20000 (lists and connections multiply what they select by their first/last)`,
        extensions: expect.objectContaining({ code: 'COST_LIMIT', limit: { name: 'cost', actual: 30301, max: 20000 } }),
      }),
    ]);
    expect(server.calls).toEqual(before);
  });

  it('prices each request by its own variables, whatever yoga cached for the same document', async () => {
    const q = 'query ($a: Int, $b: Int) { items(first: $a) { edges { node { children(first: $b) { edges { node { id } } } } } } }';
    const ok = await server.gql(q, { a: 2, b: 2 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.items.edges).toHaveLength(2);
    const calls = server.calls.items;
    const big = await server.gql(q, { a: 100, b: 100 });
    expect(big.status).toBe(400);
    expect(big.errors?.[0]?.extensions.code).toBe('COST_LIMIT');
    expect(server.calls.items).toBe(calls);
    expect((await server.gql(q, { a: 1, b: 1 })).errors).toBeUndefined();
  });
});

describe('per-request timeout', () => {
  it('answers a slow operation with a timeout error, not a hang, and starts no further resolvers', async () => {
    const server = pricedTestServer({ ...settings, GRAPHQL_TIMEOUT_MS: 50 });
    const r = await server.gql('{ slowItem { id after } }');
    expect(r.status).toBe(504);
    expect(r.errors).toEqual([
      expect.objectContaining({
        message: 'Operation timed out: it ran longer than the limit of 50 ms and was stopped',
        extensions: expect.objectContaining({ code: 'TIMEOUT', limit: { name: 'timeout', max: 50 } }),
      }),
    ]);
    expect(server.calls.slow).toBe(1);
    await sleep(400); // slowItem has resolved by now; the aborted execution must not go on to its fields
    expect(server.calls.afterSlow).toBe(0);
  });

  it('leaves operations that finish in time alone', async () => {
    const server = pricedTestServer({ ...settings, GRAPHQL_TIMEOUT_MS: 1000 });
    const r = await server.gql('{ slowItem { id after } }');
    expect(r).toMatchObject({ status: 200, data: { slowItem: { id: 1, after: 'late' } } });
  });
});

/** `{ articles(first: 1) { edges { node { source { articles(first: 1) { … } } } } } }`, `depth` fields deep. */
function depthBomb(depth: number): string {
  // articles > edges > node > source repeats every 4 levels; close with scalar fields at the exact depth.
  const levels = ['articles(first: 1)', 'edges', 'node', 'source'];
  let open = '';
  let closing = '';
  for (let d = 0; d < depth - 1; d++) {
    open += `${levels[d % 4]} { `;
    closing += ' }';
  }
  // The type reached after p wrappers: Source (p > 0), ArticleConnection, ArticleEdge, Article, for p % 4 = 0..3.
  const leaf = ['name', '__typename', 'cursor', 'title'][(depth - 1) % 4];
  return `{ ${open}${leaf}${closing} }`;
}

describe.each(dialects)('limits on the API on %s', (dialect) => {
  let store: TestStore;
  let statements = 0;
  let api: ReturnType<typeof testApi>;
  beforeAll(async () => {
    store = await createTestStore(dialect, {}, { log: () => void (statements += 1) });
    api = testApi(store);
    const src = await api.services.repos.sources.ensure({ name: 'Desk', country: 'GB' }, '2026-11-27T00:00:00.000Z');
    await api.services.repos.feeds.create({ sourceId: src.id, url: 'https://desk.example/feed.xml', intervalSeconds: 3600 }, '2026-11-27T00:00:00.000Z');
  });
  afterAll(async () => store?.cleanup());
  beforeEach(() => {
    statements = 0;
  });

  const rejected = async (query: string, code: string, message: string | RegExp, variables: Record<string, unknown> = {}) => {
    const r = await api.gql(query, variables);
    expect(r.status, JSON.stringify(r.errors)).toBe(400);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.map((e) => e.extensions?.code)).toContain(code);
    const error = r.errors!.find((e) => e.extensions?.code === code)!;
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    expect(statements, 'SQL statements run for a rejected operation').toBe(0);
    return error;
  };

  it('the depth bomb is valid GraphQL for this schema, and runs when shallow enough', async () => {
    const r = await api.gql(depthBomb(12));
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  });

  it('rejects a depth bomb', async () => {
    const e = await rejected(depthBomb(25), 'DEPTH_LIMIT', 'Query depth 25 exceeds the maximum of 12');
    expect(e.extensions?.limit).toEqual({ name: 'depth', actual: 25, max: 12 });
    await rejected(depthBomb(13), 'DEPTH_LIMIT', 'Query depth 13 exceeds the maximum of 12');
  });

  it('counts depth through fragments', async () => {
    const q = `fragment A on Article { source { articles(first: 1) { edges { node { source { articles(first: 1) { edges { node { source { name } } } } } } } } } }
      { articles(first: 1) { edges { node { ...A } } } }`;
    await rejected(q, 'DEPTH_LIMIT', 'Query depth 13 exceeds the maximum of 12');
  });

  it('rejects 500 aliases', async () => {
    const q = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: sources { name }`).join(' ')} }`;
    const e = await rejected(q, 'ALIAS_LIMIT', 'Query has 500 aliases, the limit is 30');
    expect(e.extensions?.limit).toEqual({ name: 'aliases', actual: 500, max: 30 });
  });

  it('counts aliases in a fragment once per spread', async () => {
    const frag = `fragment S on Source { ${Array.from({ length: 8 }, (_, i) => `n${i}: name`).join(' ')} }`;
    const q = `${frag} { sources { ...S } b: sources { ...S } c: sources { ...S } d: sources { ...S } }`;
    await rejected(q, 'ALIAS_LIMIT', 'Query has 35 aliases, the limit is 30');
  });

  it('rejects too many directives', async () => {
    const q = `{ sources { ${Array.from({ length: 60 }, () => 'name @include(if: true)').join(' ')} } }`;
    await rejected(q, 'DIRECTIVE_LIMIT', 'Query has 60 directives, the limit is 50');
  });

  it('rejects a giant query by its size in tokens', async () => {
    // `{ sources {` + 6000 names + `} }` is 6005 tokens.
    await rejected(`{ sources { ${'name '.repeat(6000)}} }`, 'TOKEN_LIMIT', 'Query has 6005 tokens, the limit is 5000');
    // Counting stops at ten times the limit, however large the document.
    await rejected(`{ sources { ${'name '.repeat(200_000)}} }`, 'TOKEN_LIMIT', 'Query has more than 50000 tokens, the limit is 5000');
  });

  it('rejects an expensive nested query, 100 articles each with 100 of its source articles', async () => {
    const q = `{ articles(first: 100) { edges { node { title source { articles(first: 100) { edges { node { title } } } } } } } }`;
    const e = await rejected(q, 'COST_LIMIT', /^Query cost \d+ exceeds the budget of 20000 /);
    expect((e.extensions?.limit as { actual: number }).actual).toBeGreaterThanOrEqual(100 * 100);
  });

  it('rejects first: 10000 by its cost, with variables too', async () => {
    await rejected('{ articles(first: 10000) { edges { node { title } } } }', 'COST_LIMIT', /^Query cost 30001 exceeds the budget of 20000 /);
    await rejected('query ($n: Int) { articles(first: $n) { edges { node { title } } } }', 'COST_LIMIT', /^Query cost 30001 exceeds/, { n: 10000 });
  });

  it('first: 10000 is refused by the connection itself even under a generous budget', async () => {
    const own = await createTestStore(dialect, { GRAPHQL_MAX_COST: 10_000_000 });
    try {
      const r = await testApi(own).gql('{ articles(first: 10000) { edges { node { title } } } }');
      expect(r.status).toBeLessThan(500);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.message).toMatch(/first must be between \d+ and 100, got 10000/);
    } finally {
      await own.cleanup();
    }
  });

  it('refuses an operation it cannot price (an id argument that does not decode) rather than run it unpriced', async () => {
    await rejected(
      '{ node(id: "%%%") { id } articles(first: 5) { edges { node { title } } } }',
      'BAD_USER_INPUT',
      'Query cost could not be computed: Invalid global ID: %%%',
    );
  });

  it('leaves variables that do not fit to execution, which refuses them with its own message', async () => {
    const r = await api.gql('query ($n: Int) { articles(first: $n) { edges { node { title } } } }', { n: 'many' });
    expect(r.errors?.map((e) => e.message)).toEqual(['Variable "$n" got invalid value "many"; Int cannot represent non-integer value: "many"']);
    expect(statements).toBe(0);
  });

  it('lets ordinary queries through: the front page, and GraphiQL introspection', async () => {
    const front = await api.gql(`{ articles(first: 50) { edges { cursor node { id title url publishedAt source { id name } feeds { id url title health { lastFetchedAt errorCount } } } } pageInfo { hasNextPage endCursor } } }`);
    expect(front.errors, JSON.stringify(front.errors)).toBeUndefined();
    expect(statements).toBeGreaterThan(0);
    const intro = await api.gql(getIntrospectionQuery());
    expect(intro.errors, JSON.stringify(intro.errors)).toBeUndefined();
    expect(intro.data.__schema.queryType.name).toBe('Query');
  });
});
