import { getNamedType, isCompositeType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_FIELDS_WITH_COLUMNS, articleColumnsAt } from '../../src/graphql/article-columns.ts';
import { FEED_FIELDS_WITH_COLUMNS, feedColumnsOf } from '../../src/graphql/feed-columns.ts';
import { getSchema } from '../../src/graphql/schema.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { seedArticles } from '../bench/seed-articles.ts';
import { seedCorpus } from './article-fixtures.ts';
import { infoOf } from './selects-path.test.ts';

const articleType = getSchema().getType('Article') as GraphQLObjectType;
const feedType = getSchema().getType('Feed') as GraphQLObjectType;
const ADMIN = { authorization: 'Bearer secret-admin' };

/** A selection of one field: scalars as they are, objects by their type name (enough to resolve them). */
function selectionOf(type: GraphQLObjectType, field: string): string {
  if (field === 'source') return 'source { id name }';
  if (field === 'feeds') return 'feeds { id url title }';
  if (field === 'health') return 'health { status errorCount nextFetchAt }';
  if (field === 'validators') return 'validators { etag lastModified bodyHash }';
  return isCompositeType(getNamedType(type.getFields()[field]!.type)) ? `${field} { __typename }` : field;
}

describe('articleColumnsAt', () => {
  it.each([
    ['headlines read only their columns', '{ articles { edges { node { id title url publishedAt excerpt source { id } feeds { id } } } } }', ['title', 'url', 'excerpt']],
    ['fields through a named fragment', '{ articles { edges { node { ...A } } } } fragment A on Article { title summary }', ['title', 'text']],
    ['loaded relations read no column', '{ articles { edges { cursor node { id story { id } topics { score } } } pageInfo { hasNextPage } } }', []],
    ['a field the table does not know reads every column', '{ articles { edges { node { id somethingNew } } } }', undefined],
  ])('%s', (_name, source, expected) => {
    const columns = articleColumnsAt(infoOf(source), ['edges', 'node']);
    expect(columns === undefined ? undefined : [...columns].sort()).toEqual(expected === undefined ? undefined : [...expected].sort());
  });

  it('knows every field of Article (a new one would read every column until listed)', () => {
    expect(Object.keys(articleType.getFields()).sort()).toEqual(ARTICLE_FIELDS_WITH_COLUMNS.filter((f) => f !== '__typename').sort());
  });
});

describe('feedColumnsOf', () => {
  it.each([
    ['a feed list of a page', '{ feeds { id url title } }', ['url', 'title']],
    ['validators read the three validator columns', '{ feeds { validators { etag } } }', ['etag', 'last_modified', 'body_hash']],
    ['health reads every column', '{ feeds { id health { status } } }', undefined],
  ])('%s', (_name, source, expected) => {
    const columns = feedColumnsOf(infoOf(source));
    expect(columns === undefined ? undefined : [...columns].sort()).toEqual(expected === undefined ? undefined : [...expected].sort());
  });

  it('knows every field of Feed but health', () => {
    expect(Object.keys(feedType.getFields()).filter((f) => f !== 'health').sort()).toEqual(FEED_FIELDS_WITH_COLUMNS.filter((f) => f !== '__typename').sort());
  });
});

// A page reads only the columns its fields need: each field, alone on a page, answers what a whole-row read answers.
describe.each(dialects)('Query.articles reads only the columns its fields need, on %s', (dialect) => {
  let store: TestStore;
  let apis: { name: string; api: ReturnType<typeof testApi> }[];

  beforeAll(async () => {
    store = await createTestStore(dialect, { NEWSGRAPH_ADMIN_KEYS: 'secret-admin' });
    const api = testApi(store);
    await seedCorpus(store.db, api.services.repos, 3);
    // Values the fixtures leave at their defaults, so a field read from a column never selected would show.
    await store.db.kysely
      .updateTable('articles')
      .set({
        guid: 'guid-1',
        image_url: 'https://img.example/1.jpg',
        enclosures: JSON.stringify([{ url: 'https://img.example/1.mp3', type: 'audio/mpeg', length: 10 }]),
        updated_at: '2026-11-22T00:00:00.000Z',
        published_at_estimated: 1,
        revision_count: 3,
      })
      .execute();
    // Likewise for feeds: validators, a warning and a last error.
    await store.db.kysely
      .updateTable('feeds')
      .set({
        etag: '"v1"',
        last_modified: 'Sat, 21 Nov 2026 00:00:00 GMT',
        body_hash: 'sha-1',
        parse_warnings: JSON.stringify([{ code: 'recovered_markup', message: 'recovered', count: 1 }]),
        effective_url: 'https://moved.example/feed.xml',
        disabled_reason: 'a reason',
        full_text: 'ALWAYS',
        language: 'en',
        format: 'atom',
      })
      .execute();
    apis = [
      { name: 'graphql-jit', api },
      { name: 'graphql-js', api: testApi(store, { config: { ...store.config, settings: { ...store.config.settings, GRAPHQL_JIT: false } } }) },
    ];
  });
  afterAll(async () => store?.cleanup());

  it.each(Object.keys(articleType.getFields()).sort())('%s', async (field) => {
    for (const { name, api } of apis) {
      const selection = selectionOf(articleType, field);
      const page = await api.gql(`{ articles(first: 8) { edges { node { id ${selection} } } } }`);
      expect(page.errors, `${name}: ${JSON.stringify(page.errors)}`).toBeUndefined();
      const nodes = page.data.articles.edges.map((e: { node: { id: string } }) => e.node);
      expect(nodes).toHaveLength(8);
      // nodes(ids:) loads whole rows through the Article loader.
      const whole = await api.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { id ${selection} } } }`, { ids: nodes.map((n: { id: string }) => n.id) });
      expect(whole.errors, `${name}: ${JSON.stringify(whole.errors)}`).toBeUndefined();
      expect(nodes, name).toEqual(whole.data.nodes);
    }
  });

  // Article.feeds likewise reads only the feed columns its fields need; Query.nodes loads whole feed rows.
  it.each(Object.keys(feedType.getFields()).sort())('feeds { %s }', async (field) => {
    for (const { name, api } of apis) {
      const selection = selectionOf(feedType, field);
      const page = await api.gql(`{ articles(first: 8) { edges { node { feeds { id ${selection} } } } } }`, {}, ADMIN);
      expect(page.errors, `${name}: ${JSON.stringify(page.errors)}`).toBeUndefined();
      const feeds = page.data.articles.edges.flatMap((e: { node: { feeds: { id: string }[] } }) => e.node.feeds);
      expect(feeds.length).toBeGreaterThanOrEqual(8);
      const whole = await api.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Feed { id ${selection} } } }`, { ids: feeds.map((f: { id: string }) => f.id) }, ADMIN);
      expect(whole.errors, `${name}: ${JSON.stringify(whole.errors)}`).toBeUndefined();
      expect(feeds, name).toEqual(whole.data.nodes);
    }
  });
});

// Story.articles likewise: each Article field alone on a story's page answers what a whole-row read answers.
describe.each(dialects)("Story.articles reads only the columns its fields need, on %s", (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    api = testApi(store);
    // Stories of five articles each, the rows as ingestion stores them (tests/bench/seed-articles.ts).
    await seedArticles(store.db, 40, 4, { storySize: 5 });
    await store.db.kysely.updateTable('articles').set({ image_url: 'https://img.example/2.jpg', updated_at: '2026-11-22T00:00:00.000Z', published_at_estimated: 1 }).execute();
  });
  afterAll(async () => store?.cleanup());

  it.each(Object.keys(articleType.getFields()).sort())('%s', async (field) => {
    const selection = selectionOf(articleType, field);
    const page = await api.gql(`{ stories(first: 4) { edges { node { articles(first: 3) { edges { node { id ${selection} } } } } } } }`);
    expect(page.errors, JSON.stringify(page.errors)).toBeUndefined();
    const nodes = page.data.stories.edges.flatMap((s: { node: { articles: { edges: { node: { id: string } }[] } } }) => s.node.articles.edges.map((e) => e.node));
    expect(nodes).toHaveLength(12);
    const whole = await api.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { id ${selection} } } }`, { ids: nodes.map((n: { id: string }) => n.id) });
    expect(whole.errors, JSON.stringify(whole.errors)).toBeUndefined();
    expect(nodes).toEqual(whole.data.nodes);
  });
});
