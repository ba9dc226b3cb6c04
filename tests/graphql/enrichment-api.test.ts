import { readFileSync } from 'node:fs';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analystTopicDefinition } from '../../src/enrich/topics/analyst-topic.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { testApi } from '../support/graphql.ts';
import { loadWorldNewsLabels } from '../enrich/world-news-corpus.ts';
import { builtInTopics, enrichmentOf, newestFirst, seedWorldNews, type StoredWorldNewsArticle } from './world-news-fixtures.ts';

/**
 * The enrichment API over the world-news corpus, stored through the real repositories and enriched by the real runner.
 * Expectations come from the gold labels (the Moscow invitation round-up) and from the pure enrichArticle function run
 * on the same text: the API must serve exactly what enrichment found, through every path (Article fields, entities,
 * topics, reactions, filters).
 */

const CAPITALS = (
  JSON.parse(readFileSync(new URL('../../src/enrich/entities/data/capitals.json', import.meta.url), 'utf8')) as { capitals: Record<string, string[]> }
).capitals;
const ADMIN = { authorization: 'Bearer secret-admin' };
const MOSCOW_URL = 'https://meridianwire.example/2025/06/09/putin-invites-ukraine-peace-talks-moscow';
const ERROR_FIELDS = `... on Error { __typename code message }`;

const gid = (type: string, id: string) => encodeGlobalID(type, id);
/** "the Kremlin’s" -> "kremlin": how a label's surface form is compared with the aliases an article gives. */
const surface = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'").replace(/'s?$/, '').replace(/^the /, '').trim();
const pairs = (list: { actor: string; stance: string }[]) => list.map((r) => `${r.actor}:${r.stance}`).sort();

describe.each(dialects)('enrichment API on %s', (dialect) => {
  let store: TestStore;
  let api: ReturnType<typeof testApi>;
  let corpus: StoredWorldNewsArticle[];

  beforeAll(async () => {
    store = await createTestStore(dialect, { NEWSGRAPH_ADMIN_KEYS: 'secret-admin' });
    api = testApi(store);
    corpus = await seedWorldNews(store.db, api.services.repos);
  });
  afterAll(async () => store?.cleanup());

  async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
    const r = await api.gql(query, variables, headers);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  }

  async function badInput(query: string, variables: Record<string, unknown> = {}): Promise<string> {
    const r = await api.gql(query, variables);
    expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r)).toBe('BAD_USER_INPUT');
    return r.errors![0]!.message;
  }

  /** The stored articles whose expected enrichment passes `pred`, newest first, as global ids. */
  const articlesWhere = (pred: (s: StoredWorldNewsArticle) => boolean) => corpus.filter(pred).sort((a, b) => newestFirst(a.article, b.article));
  const gidsOf = (list: StoredWorldNewsArticle[]) => list.map((s) => gid('Article', s.article.id));
  const hasEntity = (key: string) => (s: StoredWorldNewsArticle) => s.expected.entities.some((e) => e.entity.key === key);
  const hasTopic = (slug: string) => (s: StoredWorldNewsArticle) => s.expected.topics.some((t) => t.slug === slug);

  async function entityId(name: string): Promise<{ id: string; key: string }> {
    const data = await ok(`query ($name: String) { entity(name: $name) { id key } }`, { name });
    expect(data.entity, name).not.toBeNull();
    return data.entity;
  }

  /** Every page of a connection query, `first` at a time; `pick` finds the connection in the data. */
  async function walk(query: string, variables: Record<string, unknown>, pick: (data: any) => any, first: number): Promise<any[]> {
    const edges: any[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const conn = pick(await ok(query, { ...variables, first, after }));
      expect(conn.edges.length).toBeLessThanOrEqual(first);
      edges.push(...conn.edges);
      if (!conn.pageInfo.hasNextPage) return edges;
      after = conn.pageInfo.endCursor;
    }
    throw new Error('connection did not end');
  }

  const ARTICLE_ENRICHMENT = `query ($url: URL!) { articleByUrl(url: $url) {
    id language detectedLanguage
    entities { entity { id name kind key country } mentions salience aliases }
    topics { topic { slug builtIn } score evidence { rule match weight } }
    reactions { actor { name kind key } stance cue evidence publishedAt article { id } }
  } }`;

  it('serves the Moscow invitation round-up: its four reactions, topics with evidence, entities and detected language', async () => {
    const moscow = corpus.find((s) => s.label.link === MOSCOW_URL)!;
    const a = (await ok(ARTICLE_ENRICHMENT, { url: MOSCOW_URL })).articleByUrl;
    expect(a.id).toBe(gid('Article', moscow.article.id));

    // Exactly the gold reactions of labels.json, which the issue spells out.
    expect(pairs(a.reactions.map((r: any) => ({ actor: r.actor.name, stance: r.stance.toLowerCase() })))).toEqual(pairs(moscow.label.reactions));
    expect(pairs(a.reactions.map((r: any) => ({ actor: r.actor.name, stance: r.stance })))).toEqual(
      ['United States:SKEPTICAL', 'European Union:CAUTIOUS', 'China:SUPPORTIVE', 'United Nations:SUPPORTIVE'].sort(),
    );
    for (const r of a.reactions) {
      expect(r.article.id).toBe(a.id);
      expect(r.publishedAt).toBe(moscow.article.publishedAt);
      expect(r.evidence).toContain(r.cue.split(' ')[0]);
      expect(moscow.article.text).toContain(r.evidence);
    }
    // In the order the extractor found them.
    expect(a.reactions.map((r: any) => `${r.actor.name}:${r.cue}`)).toEqual(moscow.expected.reactions.map((r) => `${r.actor.name}:${r.cue}`));

    // The gold topics are all there, each with the evidence that matched.
    const slugs = a.topics.map((t: any) => t.topic.slug);
    expect(slugs).toEqual(expect.arrayContaining(moscow.label.topics));
    for (const t of a.topics) {
      expect(t.topic.builtIn).toBe(true);
      expect(t.evidence.length).toBeGreaterThan(0);
      expect(t.evidence.every((e: any) => e.rule && typeof e.weight === 'number')).toBe(true);
    }
    const scores = a.topics.map((t: any) => t.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));

    // The gold entities are all found: by canonical name, or written as one of their labelled forms ("Kremlin").
    const forms = new Set<string>(a.entities.flatMap((e: any) => [e.entity.name, ...e.aliases].map(surface)));
    const goldForms = loadWorldNewsLabels().aliases;
    for (const name of moscow.label.entities) expect([name, ...(goldForms[name] ?? [])].some((f) => forms.has(surface(f))), name).toBe(true);
    expect(a.entities.find((e: any) => e.entity.name === 'United States').entity).toMatchObject({ kind: 'COUNTRY', country: 'US' });
    expect(a.entities.find((e: any) => e.entity.name === 'Vladimir Putin').entity.kind).toBe('PERSON');
    expect(a.detectedLanguage).toBe('en');
  });

  it('serves for every article exactly what enrichment found in its text', async () => {
    for (const s of corpus) {
      const a = (await ok(ARTICLE_ENRICHMENT, { url: s.label.link })).articleByUrl;
      const name = s.label.title;
      expect(a.detectedLanguage, name).toBe(s.expected.language);
      expect(a.entities.map((e: any) => e.entity.key).sort(), name).toEqual(s.expected.entities.map((e) => e.entity.key).sort());
      for (const e of s.expected.entities) {
        const got = a.entities.find((x: any) => x.entity.key === e.entity.key);
        expect(got.mentions, `${name} ${e.entity.key}`).toBe(e.mentions);
        expect(got.salience).toBeCloseTo(e.salience, 5);
        expect(got.aliases).toEqual(e.aliases);
      }
      const salience = a.entities.map((e: any) => e.salience);
      expect(salience, name).toEqual([...salience].sort((x, y) => y - x));
      expect(a.topics.map((t: any) => t.topic.slug).sort(), name).toEqual(s.expected.topics.map((t) => t.slug).sort());
      for (const t of s.expected.topics) {
        const got = a.topics.find((x: any) => x.topic.slug === t.slug);
        expect(got.score).toBeCloseTo(t.score, 5);
        expect(got.evidence.map((e: any) => [e.rule, e.match])).toEqual(t.evidence.map((e) => [e.rule, e.match]));
      }
      expect(a.reactions.map((r: any) => `${r.actor.key}:${r.stance.toLowerCase()}:${r.cue}`), name).toEqual(
        s.expected.reactions.map((r) => `${r.actor.key}:${r.stance}:${r.cue}`),
      );
    }
  });

  it('finds an entity by id, by canonical name and by alias; the Node interface loads it too', async () => {
    const us = await entityId('United States');
    expect(us.key).toBe('country:US');
    const byId = await ok(`query ($id: ID) { entity(id: $id) { name kind aliases country } }`, { id: us.id });
    expect(byId.entity).toMatchObject({ name: 'United States', kind: 'COUNTRY', country: 'US' });
    expect(byId.entity.aliases.length).toBeGreaterThan(0);
    // An alias the store gathered for it alone finds it, in another case too.
    const all = await walk(`query ($first: Int, $after: String) { entities(first: $first, after: $after) {
      edges { node { id name aliases } } pageInfo { hasNextPage endCursor } } }`, {}, (d) => d.entities, 100);
    const owners = new Map<string, number>();
    for (const e of all) for (const f of new Set<string>([e.node.name, ...e.node.aliases].map((x: string) => x.toLowerCase()))) owners.set(f, (owners.get(f) ?? 0) + 1);
    const alias = byId.entity.aliases.find((x: string) => x.toLowerCase() !== 'united states' && owners.get(x.toLowerCase()) === 1);
    expect(alias).toBeDefined();
    expect((await entityId(alias.toUpperCase())).id).toBe(us.id);
    expect((await entityId('united states')).id).toBe(us.id);
    // Capital metonymy: by name, a capital is the state it speaks for, whether or not the store holds the city or
    // any article used the city's name for the state.
    expect((await entityId('Washington')).id).toBe(us.id);
    expect((await entityId('washington')).id).toBe(us.id);
    const countries = (await walk(`query ($first: Int, $after: String) { entities(first: $first, after: $after, filter: { kind: COUNTRY }) {
      edges { node { id key } } pageInfo { hasNextPage endCursor } } }`, {}, (d) => d.entities, 100)).map((e) => e.node);
    expect(countries.length).toBeGreaterThan(10);
    for (const c of countries) {
      // Brussels is the European Union's seat and stands for the EU.
      if (c.key === 'country:BE') continue;
      for (const capital of CAPITALS[c.key.slice('country:'.length)] ?? []) expect((await entityId(capital)).id, capital).toBe(c.id);
    }

    const node = await ok(`query ($id: ID!) { node(id: $id) { __typename ... on Entity { name } } }`, { id: us.id });
    expect(node.node).toEqual({ __typename: 'Entity', name: 'United States' });
    expect((await ok(`{ entity(name: "Atlantis Federation") { id } }`)).entity).toBeNull();

    expect(await badInput(`{ entity { id } }`)).toMatch(/exactly one of id and name/);
    expect(await badInput(`query ($id: ID) { entity(id: $id, name: "China") { id } }`, { id: us.id })).toMatch(/exactly one/);
    const article = gid('Article', corpus[0]!.article.id);
    expect(await badInput(`query ($id: ID) { entity(id: $id) { id } }`, { id: article })).toMatch(/Entity/);
  });

  it("pages an entity's articles newest first, with how each mentions it", async () => {
    const us = await entityId('United States');
    const expected = articlesWhere(hasEntity(us.key));
    expect(expected.length).toBeGreaterThan(5);
    const Q = `query ($id: ID, $first: Int, $after: String) { entity(id: $id) {
      articles(first: $first, after: $after) { edges { cursor mentions salience aliases node { id title } } pageInfo { hasNextPage endCursor } }
    } }`;
    const edges = await walk(Q, { id: us.id }, (d) => d.entity.articles, 4);
    expect(edges.map((e) => e.node.id)).toEqual(gidsOf(expected));
    for (const [i, e] of edges.entries()) {
      const mention = expected[i]!.expected.entities.find((x) => x.entity.key === us.key)!;
      expect(e.mentions).toBe(mention.mentions);
      expect(e.salience).toBeCloseTo(mention.salience, 5);
      expect(e.aliases).toEqual(mention.aliases);
      expect(e.node.title).toBe(expected[i]!.article.title);
    }
    // Backwards from the end: the last 3, in display order.
    const last = await ok(`query ($id: ID) { entity(id: $id) { articles(last: 3) { edges { node { id } } pageInfo { hasPreviousPage } } } }`, { id: us.id });
    expect(last.entity.articles.edges.map((e: any) => e.node.id)).toEqual(gidsOf(expected).slice(-3));
    expect(last.entity.articles.pageInfo.hasPreviousPage).toBe(true);
    expect(await badInput(`query ($id: ID) { entity(id: $id) { articles(first: 101) { edges { cursor } } } }`, { id: us.id })).toMatch(/first/);
  });

  it('counts co-mentioned entities: most shared articles first, then by name', async () => {
    const china = await entityId('China');
    const counts = new Map<string, number>();
    for (const s of articlesWhere(hasEntity(china.key))) {
      for (const e of s.expected.entities) if (e.entity.key !== china.key) counts.set(e.entity.key, (counts.get(e.entity.key) ?? 0) + 1);
    }
    const data = await ok(`query ($id: ID) { entity(id: $id) { coMentioned(first: 6) { count entity { key name } } } }`, { id: china.id });
    const got = data.entity.coMentioned;
    expect(got).toHaveLength(6);
    for (const c of got) expect(c.count, c.entity.key).toBe(counts.get(c.entity.key));
    const top = [...counts.values()].sort((a, b) => b - a).slice(0, 6);
    expect(got.map((c: any) => c.count)).toEqual(top);
    for (let i = 1; i < got.length; i++) {
      if (got[i].count === got[i - 1].count) expect(got[i - 1].entity.name <= got[i].entity.name).toBe(true);
    }
    expect(await badInput(`query ($id: ID) { entity(id: $id) { coMentioned(first: 0) { count } } }`, { id: china.id })).toMatch(/first/);
  });

  it('lists entities by name, filtered by kind and by a query, keyset-paginated', async () => {
    // Every entity enrichment stored: those the articles mention and the reactions' actors.
    const refs = corpus.flatMap((s) => [...s.expected.entities.map((e) => e.entity), ...s.expected.reactions.map((r) => r.actor)]);
    const countries = new Set(refs.filter((e) => e.kind === 'country').map((e) => e.key));
    const Q = `query ($first: Int, $after: String, $filter: EntityFilter) { entities(first: $first, after: $after, filter: $filter) {
      edges { node { name kind key } } pageInfo { hasNextPage endCursor } } }`;
    const edges = await walk(Q, { filter: { kind: 'COUNTRY' } }, (d) => d.entities, 7);
    expect(edges.map((e) => e.node.key).sort()).toEqual([...countries].sort());
    expect(edges.every((e) => e.node.kind === 'COUNTRY')).toBe(true);
    const names = edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort());

    const putin = await ok(`{ entities(filter: { query: "PUTIN" }) { edges { node { name kind } } } }`);
    expect(putin.entities.edges.map((e: any) => e.node)).toContainEqual({ name: 'Vladimir Putin', kind: 'PERSON' });
    const people = await ok(`{ entities(filter: { query: "putin", kind: COUNTRY }) { edges { node { name } } } }`);
    expect(people.entities.edges).toEqual([]);
  });

  it('lists the built-in topics and pages a topic\'s articles with their scores and top entities', async () => {
    const data = await ok(`{ topics { slug name description builtIn definition { keywords } } }`);
    const builtIn = builtInTopics().map((t) => t.slug).sort();
    expect(data.topics.map((t: any) => t.slug)).toEqual(builtIn);
    expect(data.topics.every((t: any) => t.builtIn && t.name && t.definition === null)).toBe(true);
    expect((await ok(`{ topics(builtIn: false) { slug } }`)).topics).toEqual([]);
    expect((await ok(`{ topic(slug: "no-such-topic") { slug } }`)).topic).toBeNull();

    const slug = 'international-reactions';
    const expected = articlesWhere(hasTopic(slug));
    expect(expected.length).toBeGreaterThan(10);
    const Q = `query ($slug: String!, $first: Int, $after: String) { topic(slug: $slug) {
      id slug builtIn articles(first: $first, after: $after) { edges { score node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const edges = await walk(Q, { slug }, (d) => d.topic.articles, 5);
    expect(edges.map((e) => e.node.id)).toEqual(gidsOf(expected));
    for (const [i, e] of edges.entries()) expect(e.score).toBeCloseTo(expected[i]!.expected.topics.find((t) => t.slug === slug)!.score, 5);
    // The topic's F1 against the gold labels is the enrichment suite's business; here it must not be far off.
    const gold = corpus.filter((s) => s.label.topics.includes(slug)).length;
    expect(Math.abs(expected.length - gold)).toBeLessThanOrEqual(3);

    const counts = new Map<string, number>();
    for (const s of expected) for (const e of s.expected.entities) counts.set(e.entity.key, (counts.get(e.entity.key) ?? 0) + 1);
    const top = (await ok(`{ topic(slug: "${slug}") { topEntities(first: 5) { count entity { key } } } }`)).topic.topEntities;
    expect(top.map((t: any) => t.count)).toEqual([...counts.values()].sort((a, b) => b - a).slice(0, 5));
    for (const t of top) expect(t.count).toBe(counts.get(t.entity.key));
  });

  it('filters articles by topic and by entity, with the other filters and in search', async () => {
    const Q = `query ($filter: ArticleFilter, $first: Int, $after: String) { articles(filter: $filter, first: $first, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const byTopic = await walk(Q, { filter: { topic: 'sanctions' } }, (d) => d.articles, 3);
    expect(byTopic.map((e) => e.node.id)).toEqual(gidsOf(articlesWhere(hasTopic('sanctions'))));

    const china = await entityId('China');
    const byEntity = await walk(Q, { filter: { entity: china.id } }, (d) => d.articles, 50);
    expect(byEntity.map((e) => e.node.id)).toEqual(gidsOf(articlesWhere(hasEntity(china.key))));

    const both = await walk(Q, { filter: { entity: china.id, topic: 'climate' } }, (d) => d.articles, 50);
    const expectedBoth = articlesWhere((s) => hasEntity(china.key)(s) && hasTopic('climate')(s));
    expect(expectedBoth.length).toBeGreaterThan(0);
    expect(both.map((e) => e.node.id)).toEqual(gidsOf(expectedBoth));

    const since = '2025-06-12T00:00:00.000Z';
    const recent = await walk(Q, { filter: { topic: 'DIPLOMACY', publishedSince: since } }, (d) => d.articles, 50);
    expect(recent.map((e) => e.node.id)).toEqual(gidsOf(articlesWhere((s) => hasTopic('diplomacy')(s) && s.article.publishedAt >= since)));

    const search = await ok(`query ($id: ID) { search(query: "talks", filter: { entity: $id }) { edges { node { article { id } } } } }`, { id: china.id });
    const allowed = new Set(gidsOf(articlesWhere(hasEntity(china.key))));
    expect(search.search.edges.length).toBeGreaterThan(0);
    expect(search.search.edges.every((e: any) => allowed.has(e.node.article.id))).toBe(true);

    expect((await ok(Q, { filter: { topic: 'no-such-topic' } })).articles.edges).toEqual([]);
    expect(await badInput(Q, { filter: { entity: 'not an id' } })).toMatch(/filter\.entity/);
  });

  it('lists reactions newest first, filtered by actor, stance, topic and time', async () => {
    type Flat = { actor: string; stance: string; article: string; publishedAt: string };
    const all: Flat[] = corpus.flatMap((s) =>
      s.expected.reactions.map((r) => ({ actor: r.actor.key, stance: r.stance, article: gid('Article', s.article.id), publishedAt: s.article.publishedAt })),
    );
    const Q = `query ($filter: ReactionFilter, $first: Int, $after: String) { reactions(filter: $filter, first: $first, after: $after) {
      edges { node { actor { key name } stance cue evidence publishedAt article { id publishedAt } } } pageInfo { hasNextPage endCursor } } }`;
    const key = (r: Flat) => `${r.article}|${r.actor}|${r.stance}`;
    const flat = (e: any): Flat => ({ actor: e.node.actor.key, stance: e.node.stance.toLowerCase(), article: e.node.article.id, publishedAt: e.node.publishedAt });

    const every = (await walk(Q, {}, (d) => d.reactions, 7)).map(flat);
    expect(every.map(key).sort()).toEqual(all.map(key).sort());
    const times = every.map((r) => r.publishedAt);
    expect(times).toEqual([...times].sort().reverse());

    const china = await entityId('China');
    const supportive = (await walk(Q, { filter: { actor: china.id, stance: 'SUPPORTIVE' } }, (d) => d.reactions, 50)).map(flat);
    const expectedSupportive = all.filter((r) => r.actor === china.key && r.stance === 'supportive');
    expect(expectedSupportive.length).toBeGreaterThan(1);
    expect(supportive.map(key).sort()).toEqual(expectedSupportive.map(key).sort());

    const inTopic = new Set(gidsOf(articlesWhere(hasTopic('sanctions'))));
    const since = '2025-06-12T12:00:00.000Z';
    const sanctions = (await walk(Q, { filter: { topic: 'sanctions', since } }, (d) => d.reactions, 50)).map(flat);
    const expectedSanctions = all.filter((r) => inTopic.has(r.article) && r.publishedAt >= since);
    expect(expectedSanctions.length).toBeGreaterThan(0);
    expect(sanctions.map(key).sort()).toEqual(expectedSanctions.map(key).sort());

    expect((await ok(Q, { filter: { topic: 'no-such-topic' } })).reactions.edges).toEqual([]);
    expect(await badInput(Q, { filter: { actor: gid('Topic', 'X') } })).toMatch(/filter\.actor/);
  });

  it('serves each reaction’s CAMEO code, Goldstein score and actor kind, and filters by them', async () => {
    type Row = { key: string; kind: string; cameo: string | null; goldstein: number | null };
    const all: Row[] = corpus.flatMap((s) =>
      s.expected.reactions.map((r) => ({ key: `${gid('Article', s.article.id)}|${r.actor.key}|${r.stance}`, kind: r.actorKind, cameo: r.cameo, goldstein: r.goldstein })),
    );
    expect(all.length).toBeLessThanOrEqual(100);
    expect(all.some((r) => r.cameo !== null)).toBe(true);
    const Q = `query ($filter: ReactionFilter) { reactions(filter: $filter, first: 100) {
      edges { node { actor { key } actorKind cameoCode goldstein stance article { id } } } } }`;
    const rows = async (filter: Record<string, unknown> = {}): Promise<Row[]> =>
      (await ok(Q, { filter })).reactions.edges.map((e: any) => ({
        key: `${e.node.article.id}|${e.node.actor.key}|${e.node.stance.toLowerCase()}`,
        kind: e.node.actorKind.toLowerCase().replace('_', '-'),
        cameo: e.node.cameoCode,
        goldstein: e.node.goldstein,
      }));
    const sorted = (list: Row[]) => list.map((r) => JSON.stringify(r)).sort();
    expect(sorted(await rows())).toEqual(sorted(all));
    expect(sorted(await rows({ actorKind: 'IGO' }))).toEqual(sorted(all.filter((r) => r.kind === 'igo')));
    expect(sorted(await rows({ cameo: '05' }))).toEqual(sorted(all.filter((r) => r.cameo?.startsWith('05'))));
    expect(sorted(await rows({ maxGoldstein: -1 }))).toEqual(sorted(all.filter((r) => r.goldstein !== null && r.goldstein <= -1)));
    expect(await badInput(Q, { filter: { cameo: '05%' } })).toMatch(/filter\.cameo/);
    expect(await badInput(Q, { filter: { minGoldstein: 11 } })).toMatch(/filter\.minGoldstein/);
  });

  describe('analyst topics', () => {
    const CREATE = `mutation ($name: String!, $slug: String, $description: String, $keywords: [String!], $entities: [String!], $query: String) {
      createTopic(name: $name, slug: $slug, description: $description, keywords: $keywords, entities: $entities, query: $query) {
        __typename
        ... on TopicBackfill { articlesTagged articlesExamined topic { id slug name description builtIn definition { keywords entities query } } }
        ... on DuplicateTopicError { topic { slug builtIn } }
        ${ERROR_FIELDS} } }`;
    const UPDATE = `mutation ($id: ID, $slug: String, $input: UpdateTopicInput!) { updateTopic(id: $id, slug: $slug, input: $input) {
        __typename ... on TopicBackfill { articlesTagged topic { slug name definition { keywords entities query } } } ${ERROR_FIELDS} } }`;
    const DELETE = `mutation ($id: ID, $slug: String) { deleteTopic(id: $id, slug: $slug) {
        __typename ... on DeleteTopicSuccess { deletedTopicId } ${ERROR_FIELDS} } }`;
    const admin = (query: string, variables: Record<string, unknown>) => ok(query, variables, ADMIN);

    /** The stored articles an analyst topic of this definition tags, by running the topic engine directly. */
    function taggedBy(input: Parameters<typeof analystTopicDefinition>[0]): StoredWorldNewsArticle[] {
      const def = analystTopicDefinition(input);
      return articlesWhere((s) => enrichmentOf(s.article, [def]).topics.some((t) => t.slug === def.slug));
    }
    async function topicArticles(slug: string): Promise<string[]> {
      const d = await ok(`query ($slug: String!) { topic(slug: $slug) { articles(first: 100) { edges { node { id } } } } }`, { slug });
      return d.topic.articles.edges.map((e: any) => e.node.id);
    }

    it('needs an admin key', async () => {
      const r = await ok(CREATE, { name: 'Chip controls', keywords: ['export controls'] });
      expect(r.createTopic).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
      expect((await ok(DELETE, { slug: 'diplomacy' })).deleteTopic.__typename).toBe('ForbiddenError');
      expect((await ok(`{ topics(builtIn: false) { slug } }`)).topics).toEqual([]);
    });

    it('creates a topic, applies it to the stored articles and reports how many it tagged', async () => {
      const input = { name: 'Chip export controls', description: 'Curbs on chipmaking tools', keywords: ['export controls', 'chipmaking'], entities: [] };
      const expected = taggedBy(input);
      expect(expected.length).toBeGreaterThan(1);
      expect(expected.length).toBeLessThan(corpus.length / 2);

      const r = (await admin(CREATE, input)).createTopic;
      expect(r).toMatchObject({
        __typename: 'TopicBackfill',
        articlesTagged: expected.length,
        articlesExamined: corpus.length,
        topic: { slug: 'chip-export-controls', name: 'Chip export controls', builtIn: false, definition: { keywords: input.keywords, entities: [], query: null } },
      });
      expect(await topicArticles('chip-export-controls')).toEqual(gidsOf(expected));
      const filtered = await ok(`{ articles(first: 30, filter: { topic: "chip-export-controls" }) { edges { node { id topics { topic { slug builtIn } evidence { rule match } } } } } }`);
      expect(filtered.articles.edges.map((e: any) => e.node.id)).toEqual(gidsOf(expected));
      for (const e of filtered.articles.edges) {
        const t = e.node.topics.find((x: any) => x.topic.slug === 'chip-export-controls');
        expect(t.topic.builtIn).toBe(false);
        expect(t.evidence.length).toBeGreaterThan(0);
      }
      expect((await ok(`{ topics(builtIn: false) { slug } }`)).topics).toEqual([{ slug: 'chip-export-controls' }]);
    });

    it('answers a taken slug, a built-in slug and an empty definition as typed errors', async () => {
      const dup = (await admin(CREATE, { name: 'Chip Export Controls', keywords: ['semiconductors'] })).createTopic;
      expect(dup).toMatchObject({ __typename: 'DuplicateTopicError', code: 'CONFLICT', topic: { slug: 'chip-export-controls', builtIn: false } });
      const builtIn = (await admin(CREATE, { name: 'Diplomacy', keywords: ['summit'] })).createTopic;
      expect(builtIn).toMatchObject({ __typename: 'DuplicateTopicError', topic: { slug: 'diplomacy', builtIn: true } });
      const empty = (await admin(CREATE, { name: 'Nothing at all' })).createTopic;
      expect(empty).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT' });
      const badQuery = (await admin(CREATE, { name: 'Bad query', query: '"unclosed' })).createTopic;
      expect(badQuery).toMatchObject({ __typename: 'InvalidInputError' });
      expect((await ok(`{ topics(builtIn: false) { slug } }`)).topics).toEqual([{ slug: 'chip-export-controls' }]);
    });

    it('updates a topic by slug or id and re-applies it; built-in topics cannot be changed or deleted', async () => {
      const definition = { keywords: ['export controls'], entities: ['China'], query: 'chip OR chipmaking' };
      const next = { name: 'Chip export controls', ...definition };
      const expected = taggedBy(next);
      const r = (await admin(UPDATE, { slug: 'chip-export-controls', input: { entities: next.entities, keywords: next.keywords, query: next.query } })).updateTopic;
      expect(r).toMatchObject({ __typename: 'TopicBackfill', articlesTagged: expected.length, topic: { slug: 'chip-export-controls', definition } });
      expect(await topicArticles('chip-export-controls')).toEqual(gidsOf(expected));

      const id = (await ok(`{ topic(slug: "chip-export-controls") { id } }`)).topic.id;
      const renamed = (await admin(UPDATE, { id, input: { name: 'Chip curbs', query: null } })).updateTopic;
      expect(renamed).toMatchObject({ topic: { slug: 'chip-export-controls', name: 'Chip curbs', definition: { query: null } } });
      expect(renamed.articlesTagged).toBe(taggedBy({ ...next, name: 'Chip curbs', slug: 'chip-export-controls', query: null }).length);

      const cases: [string, Record<string, unknown>, string][] = [
        ['built-in', { slug: 'diplomacy', input: { name: 'Statecraft' } }, 'InvalidInputError'],
        ['both id and slug', { id, slug: 'chip-export-controls', input: { name: 'x' } }, 'InvalidInputError'],
        ['nothing to change', { id, input: {} }, 'InvalidInputError'],
        ['no such slug', { slug: 'no-such-topic', input: { name: 'x' } }, 'NotFoundError'],
        ['id of another type', { id: gid('Entity', 'X'), input: { name: 'x' } }, 'NotFoundError'],
      ];
      for (const [name, vars, typename] of cases) expect((await admin(UPDATE, vars)).updateTopic.__typename, name).toBe(typename);
      expect((await admin(DELETE, { slug: 'diplomacy' })).deleteTopic).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT' });
      expect((await ok(`{ topic(slug: "diplomacy") { name builtIn } }`)).topic).toMatchObject({ builtIn: true, name: builtInTopics().find((t) => t.slug === 'diplomacy')!.name });
    });

    it('deletes a topic with its tags', async () => {
      const id = (await ok(`{ topic(slug: "chip-export-controls") { id } }`)).topic.id;
      expect((await admin(DELETE, { id })).deleteTopic).toEqual({ __typename: 'DeleteTopicSuccess', deletedTopicId: id });
      expect((await ok(`{ topic(slug: "chip-export-controls") { id } }`)).topic).toBeNull();
      expect((await ok(`{ articles(filter: { topic: "chip-export-controls" }) { edges { node { id } } } }`)).articles.edges).toEqual([]);
      expect((await admin(DELETE, { id })).deleteTopic.__typename).toBe('NotFoundError');
      expect((await admin(DELETE, { slug: 'chip-export-controls' })).deleteTopic.__typename).toBe('NotFoundError');
    });
  });
});
