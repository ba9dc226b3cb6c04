import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleEntity, EntityRef, Enrichment, ExtractedReaction, Stance } from '../../src/domain/enrichment.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { seedBareArticles } from '../support/bare-articles.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

const VERSION = 'test-1';
const NOW = '2025-06-15T10:00:00.000Z';

const US: EntityRef = { key: 'country:US', kind: 'country', name: 'United States', country: 'US', origin: 'gazetteer' };
const CN: EntityRef = { key: 'country:CN', kind: 'country', name: 'China', country: 'CN', origin: 'gazetteer' };
const EU: EntityRef = { key: 'org:EU', kind: 'organization', name: 'European Union', country: null, origin: 'gazetteer' };
const UN: EntityRef = { key: 'org:UN', kind: 'organization', name: 'United Nations', country: null, origin: 'gazetteer' };
const PUTIN: EntityRef = { key: 'person:vladimir-putin', kind: 'person', name: 'Vladimir Putin', country: 'RU', origin: 'gazetteer' };
const ACME: EntityRef = { key: 'org:acme-shipping', kind: 'organization', name: 'Acme Shipping', country: null, origin: 'nlp' };

function ent(entity: EntityRef, mentions: number, salience: number, aliases: string[] = [entity.name]): ArticleEntity {
  return { entity, mentions, salience, aliases };
}

function reaction(actor: EntityRef, stance: Stance, evidence: string, cue: string, cameo: string | null = null, goldstein: number | null = null): ExtractedReaction {
  return { actor, actorKind: actor.kind === 'country' ? 'country' : 'igo', stance, cameo, goldstein, evidence, cue };
}

function enrichment(parts: Partial<Enrichment>): Enrichment {
  return { language: 'en', languageConfidence: 0.9, entities: [], topics: [], reactions: [], ...parts };
}

const seedArticles = (store: TestStore, publishedAt: string[]) => seedBareArticles(store, publishedAt, NOW);

describe.each(dialects)('enrichment store on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;
  let statements = 0;
  const counting = async <T>(fn: () => Promise<T>): Promise<{ value: T; statements: number }> => {
    const before = statements;
    const value = await fn();
    return { value, statements: statements - before };
  };
  const save = (writes: { articleId: string; enrichment: Enrichment }[], now = NOW) =>
    store.db.kysely.transaction().execute((trx) => repos.enrichment.saveBatch(trx, writes, VERSION, now));

  beforeAll(async () => {
    store = await createTestStore(dialect, {}, { log: (e) => void (e.level === 'query' && statements++) });
    repos = createRepositories(store.db);
    await repos.topics.syncBuiltIns(
      ['diplomacy', 'international-reactions', 'trade', 'sanctions'].map((slug) => ({ slug, name: slug, description: `about ${slug}`, definition: { rules: [] } })),
      NOW,
    );
  });
  afterAll(async () => store?.cleanup());

  describe('migration 0002', () => {
    it('creates the enrichment tables and the article state columns', async () => {
      const tables = await store.db.kysely.introspection.getTables();
      const names = tables.map((t) => t.name);
      for (const t of ['entities', 'article_entities', 'topics', 'article_topics', 'reactions']) expect(names).toContain(t);
      const articleColumns = tables.find((t) => t.name === 'articles')!.columns.map((c) => c.name);
      for (const c of ['detected_language', 'enriched_at', 'enrichment_version']) expect(articleColumns).toContain(c);
    });
  });

  describe('saveBatch', () => {
    let a1: string;
    let a2: string;
    beforeAll(async () => {
      const ids = await seedArticles(store, ['2025-06-10T08:00:00.000Z', '2025-06-11T08:00:00.000Z']);
      a1 = ids[0]!;
      a2 = ids[1]!;
    });

    it('round-trips entities, topics, reactions and the article state', async () => {
      const e1 = enrichment({
        language: 'en',
        entities: [ent(US, 3, 0.9, ['United States', 'Washington']), ent(PUTIN, 2, 0.7, ['President Vladimir Putin', 'Putin']), ent(ACME, 1, 0.2)],
        topics: [
          { slug: 'diplomacy', score: 0.8, evidence: [{ rule: 'phrase:summit', match: 'summit', weight: 2 }] },
          { slug: 'international-reactions', score: 0.95, evidence: [{ rule: 'reactions>=2', match: 'US, China', weight: 3 }] },
          { slug: 'no-such-topic', score: 0.5, evidence: [] },
        ],
        reactions: [
          reaction(US, 'skeptical', 'Washington expressed skepticism about the plan.', 'expressed skepticism'),
          reaction(CN, 'supportive', 'Beijing welcomed the plan.', 'welcomed'),
        ],
      });
      const r = await save([{ articleId: a1, enrichment: e1 }, { articleId: 'no-such-article', enrichment: e1 }]);
      expect(r.saved).toEqual([a1]);
      expect(r.entitiesCreated).toBe(4);

      const [entities] = await repos.entities.getByKeys(['country:US']);
      expect(entities).toMatchObject({ key: 'country:US', kind: 'country', name: 'United States', country: 'US', origin: 'gazetteer', aliases: ['United States', 'Washington'] });

      const [topics] = await repos.topics.articleTopicsOf([a1]);
      expect(topics!.map((t) => [t.topic.slug, t.score])).toEqual([
        ['international-reactions', 0.95],
        ['diplomacy', 0.8],
      ]);
      expect(topics![1]!.evidence).toEqual([{ rule: 'phrase:summit', match: 'summit', weight: 2 }]);

      const [reactions] = await repos.reactions.ofArticles([a1]);
      expect(reactions!.map((x) => [x.actor.name, x.stance, x.cue, x.publishedAt])).toEqual([
        ['United States', 'skeptical', 'expressed skepticism', '2025-06-10T08:00:00.000Z'],
        ['China', 'supportive', 'welcomed', '2025-06-10T08:00:00.000Z'],
      ]);
      expect(reactions![0]!.evidence).toBe('Washington expressed skepticism about the plan.');

      const [status] = await repos.enrichment.statusOf([a1]);
      expect(status).toEqual({ detectedLanguage: 'en', languageConfidence: 0.9, enrichedAt: NOW, version: VERSION });

      const pages = await repos.entities.articlesOf([entities!.id], { limit: 10, backward: false });
      expect(pages[0]!.items).toEqual([{ articleId: a1, publishedAt: '2025-06-10T08:00:00.000Z', mentions: 3, salience: 0.9, aliases: ['United States', 'Washington'] }]);
    });

    it('replaces an article’s rows when it is enriched again, and merges entity aliases across articles', async () => {
      const again = enrichment({
        language: 'fr',
        entities: [ent(US, 1, 0.5, ['les États-Unis']), ent(EU, 2, 0.6)],
        topics: [{ slug: 'trade', score: 0.6, evidence: [] }],
        reactions: [reaction(EU, 'cautious', 'Brussels urged caution.', 'urged caution')],
      });
      await save([{ articleId: a1, enrichment: again }, { articleId: a2, enrichment: enrichment({ entities: [ent(US, 1, 0.3, ['America'])] }) }], '2025-06-15T11:00:00.000Z');

      const [topics] = await repos.topics.articleTopicsOf([a1]);
      expect(topics!.map((t) => t.topic.slug)).toEqual(['trade']);
      const [reactions] = await repos.reactions.ofArticles([a1]);
      expect(reactions!.map((x) => x.actor.key)).toEqual(['org:EU']);
      const rows = await store.db.kysely.selectFrom('article_entities').select(['entity_id', 'mentions']).where('article_id', '=', a1).execute();
      expect(rows).toHaveLength(2);
      const [us] = await repos.entities.getByKeys(['country:US']);
      expect(us!.aliases).toEqual(['United States', 'Washington', 'les États-Unis', 'America']);
      const [status] = await repos.enrichment.statusOf([a1]);
      expect(status).toEqual({ detectedLanguage: 'fr', languageConfidence: 0.9, enrichedAt: '2025-06-15T11:00:00.000Z', version: VERSION });
      // Entities no longer mentioned stay (other articles may point at them) but lose this article.
      const [putin] = await repos.entities.getByKeys(['person:vladimir-putin']);
      expect((await repos.entities.articlesOf([putin!.id], { limit: 10, backward: false }))[0]!.items).toEqual([]);
    });

    it('gives a key first seen by NLP the gazetteer’s name once the gazetteer knows it', async () => {
      const [a] = await seedArticles(store, ['2025-06-12T08:00:00.000Z']);
      const nlp: EntityRef = { key: 'org:osce', kind: 'organization', name: 'the OSCE', country: null, origin: 'nlp' };
      await save([{ articleId: a!, enrichment: enrichment({ entities: [ent(nlp, 1, 0.1)] }) }]);
      const gaz: EntityRef = { ...nlp, name: 'Organization for Security and Co-operation in Europe', origin: 'gazetteer' };
      await save([{ articleId: a!, enrichment: enrichment({ entities: [ent(gaz, 1, 0.1, ['OSCE'])] }) }]);
      const [e] = await repos.entities.getByKeys(['org:osce']);
      expect(e).toMatchObject({ name: 'Organization for Security and Co-operation in Europe', origin: 'gazetteer', aliases: ['the OSCE', 'OSCE'] });
    });

    it('merges duplicate keys within one article instead of failing', async () => {
      const [a] = await seedArticles(store, ['2025-06-12T09:00:00.000Z']);
      await save([{ articleId: a!, enrichment: enrichment({ entities: [ent(CN, 2, 0.4, ['China']), ent(CN, 1, 0.6, ['Beijing'])] }) }]);
      const rows = await store.db.kysely.selectFrom('article_entities').select(['mentions', 'salience', 'aliases']).where('article_id', '=', a!).execute();
      expect(rows.map((r) => ({ ...r, salience: Number(r.salience) }))).toEqual([{ mentions: 3, salience: 0.6, aliases: JSON.stringify(['China', 'Beijing']) }]);
    });

    it('deletes an article’s enrichment rows with the article', async () => {
      const [a] = await seedArticles(store, ['2025-06-12T10:00:00.000Z']);
      await save([
        {
          articleId: a!,
          enrichment: enrichment({ entities: [ent(UN, 1, 0.5)], topics: [{ slug: 'diplomacy', score: 1, evidence: [] }], reactions: [reaction(UN, 'supportive', 'The UN welcomed it.', 'welcomed')] }),
        },
      ]);
      await store.db.kysely.deleteFrom('articles').where('id', '=', a!).execute();
      for (const t of ['article_entities', 'article_topics', 'reactions'] as const) {
        const left = await store.db.kysely.selectFrom(t).select('article_id').where('article_id', '=', a!).execute();
        expect(left, t).toEqual([]);
      }
      expect((await repos.entities.getByKeys(['org:UN']))[0]).not.toBeNull();
    });
  });

  describe('batched reads: one statement for many ids, one list per id in the order given', () => {
    let articles: string[];
    let ids: Record<string, string>;
    beforeAll(async () => {
      // A clean slate: only these four articles' rows.
      await store.db.kysely.deleteFrom('articles').execute();
      await store.db.kysely.deleteFrom('entities').execute();
      articles = await seedArticles(store, ['2025-05-01T00:00:00.000Z', '2025-05-02T00:00:00.000Z', '2025-05-03T00:00:00.000Z', '2025-05-04T00:00:00.000Z']);
      const aliases: Record<string, string[]> = { [US.key]: ['United States', 'Washington'], [PUTIN.key]: ['Vladimir Putin', 'Putin'] };
      // Co-mentions: US with CN in 3 articles, US with EU in 1; topic trade on 3 articles.
      const plan: [EntityRef[], string[], ExtractedReaction[]][] = [
        [[US, CN], ['trade'], [reaction(US, 'opposed', 'Washington rejected the tariffs.', 'rejected', '120', -4)]],
        [[US, CN, EU], ['trade', 'sanctions'], [reaction(CN, 'opposed', 'Beijing condemned the move.', 'condemned', '111', -2), reaction(EU, 'cautious', 'The EU urged restraint.', 'urged')]],
        [[US, CN], ['trade'], [reaction(US, 'supportive', 'Washington welcomed the deal.', 'welcomed', '051', 3.4)]],
        [[PUTIN, UN], ['sanctions'], []],
      ];
      await save(
        articles.map((id, i) => ({
          articleId: id,
          enrichment: enrichment({
            entities: plan[i]![0].map((e) => ent(e, 1, 0.5, aliases[e.key] ?? [e.name])),
            topics: plan[i]![1].map((slug) => ({ slug, score: 0.5 + i / 10, evidence: [] })),
            reactions: plan[i]![2],
          }),
        })),
      );
      const got = await repos.entities.getByKeys([US.key, CN.key, EU.key, PUTIN.key]);
      ids = { US: got[0]!.id, CN: got[1]!.id, EU: got[2]!.id, PUTIN: got[3]!.id };
    });

    it('entities.getByIds', async () => {
      const { value, statements: n } = await counting(() => repos.entities.getByIds([ids.CN!, 'missing', ids.US!, ids.CN!]));
      expect(n).toBe(1);
      expect(value.map((e) => e?.key ?? null)).toEqual(['country:CN', null, 'country:US', 'country:CN']);
    });

    it('entities.articlesOf pages per entity, newest first', async () => {
      const { value, statements: n } = await counting(() => repos.entities.articlesOf([ids.EU!, ids.US!, 'missing'], { limit: 2, backward: false }));
      expect(n).toBe(1);
      expect(value[0]!.items.map((x) => x.articleId)).toEqual([articles[1]]);
      expect(value[1]!.items.map((x) => x.articleId)).toEqual([articles[2], articles[1]]);
      expect(value[1]!.hasMore).toBe(true);
      expect(value[2]).toEqual({ items: [], hasMore: false });
      const next = await repos.entities.articlesOf([ids.US!], { limit: 2, backward: false, after: { publishedAt: value[1]!.items[1]!.publishedAt, articleId: articles[1]! } });
      expect(next[0]!.items.map((x) => x.articleId)).toEqual([articles[0]]);
      expect(next[0]!.hasMore).toBe(false);
    });

    it('entities.coMentioned counts shared articles', async () => {
      const { value, statements: n } = await counting(() => repos.entities.coMentioned([ids.US!, ids.PUTIN!, ids.EU!], 5));
      expect(n).toBe(1);
      expect(value[0]!.map((c) => [c.entity.key, c.count])).toEqual([
        ['country:CN', 3],
        ['org:EU', 1],
      ]);
      expect(value[1]!.map((c) => [c.entity.key, c.count])).toEqual([['org:UN', 1]]);
      expect(value[2]!.map((c) => [c.entity.key, c.count])).toEqual([
        ['country:CN', 1],
        ['country:US', 1],
      ]);
      const top1 = await repos.entities.coMentioned([ids.US!], 1);
      expect(top1[0]!.map((c) => c.entity.key)).toEqual(['country:CN']);
    });

    it('topics.articleTopicsOf and topics.topEntities', async () => {
      const t = await counting(() => repos.topics.articleTopicsOf([articles[1]!, 'missing', articles[0]!]));
      expect(t.statements).toBe(1);
      expect(t.value.map((l) => l.map((x) => x.topic.slug))).toEqual([['sanctions', 'trade'].sort(), [], ['trade']]);
      const [trade, sanctions] = await repos.topics.getBySlugs(['trade', 'sanctions']);
      const e = await counting(() => repos.topics.topEntities([sanctions!.id, trade!.id], 10));
      expect(e.statements).toBe(1);
      expect(e.value[0]!.map((x) => [x.entity.key, x.count])).toEqual([
        ['country:CN', 1],
        ['org:EU', 1],
        ['org:UN', 1],
        ['country:US', 1],
        ['person:vladimir-putin', 1],
      ]);
      expect(e.value[1]!.map((x) => [x.entity.key, x.count])).toEqual([
        ['country:CN', 3],
        ['country:US', 3],
        ['org:EU', 1],
      ]);
      const pages = await counting(() => repos.topics.articlesOf([trade!.id, sanctions!.id], { limit: 10, backward: false }));
      expect(pages.statements).toBe(1);
      expect(pages.value[0]!.items.map((x) => x.articleId)).toEqual([articles[2], articles[1], articles[0]]);
      expect(pages.value[1]!.items.map((x) => x.articleId)).toEqual([articles[3], articles[1]]);
    });

    it('reactions.ofArticles keeps extraction order', async () => {
      const { value, statements: n } = await counting(() => repos.reactions.ofArticles([articles[3]!, articles[1]!, articles[0]!]));
      expect(n).toBe(1);
      expect(value.map((l) => l.map((r) => `${r.actor.key}:${r.stance}`))).toEqual([[], ['country:CN:opposed', 'org:EU:cautious'], ['country:US:opposed']]);
    });
  });

  describe('lists', () => {
    it('reactions.list filters by actor, stance, topic and since, newest first, keyset paged', async () => {
      const [us, cn] = await repos.entities.getByKeys([US.key, CN.key]);
      const [trade, sanctions] = await repos.topics.getBySlugs(['trade', 'sanctions']);
      const all = await repos.reactions.list({}, { limit: 100, backward: false });
      const times = all.items.map((r) => `${r.publishedAt}|${r.id}`);
      expect(times).toEqual([...times].sort().reverse());

      const byUs = await repos.reactions.list({ actorIds: [us!.id] }, { limit: 100, backward: false });
      expect(byUs.items.every((r) => r.actor.key === 'country:US')).toBe(true);
      expect(byUs.items.map((r) => r.stance)).toEqual(['supportive', 'opposed']);

      const opposed = await repos.reactions.list({ stances: ['opposed'], actorIds: [us!.id, cn!.id] }, { limit: 100, backward: false });
      expect(opposed.items.map((r) => r.evidence)).toEqual(['Beijing condemned the move.', 'Washington rejected the tariffs.']);

      const sanctioned = await repos.reactions.list({ topicIds: [sanctions!.id] }, { limit: 100, backward: false });
      expect(sanctioned.items.map((r) => r.cue).sort()).toEqual(['condemned', 'urged']);
      const since = await repos.reactions.list({ topicIds: [trade!.id], since: '2025-05-02T00:00:00.000Z' }, { limit: 100, backward: false });
      // Same article: newest id first, so the EU's reaction (extracted second) comes before China's.
      expect(since.items.map((r) => r.cue)).toEqual(['welcomed', 'urged', 'condemned']);
      expect((await repos.reactions.list({ stances: [] }, { limit: 10, backward: false })).items).toEqual([]);

      // Walk the whole list two at a time, forwards and backwards: the same rows, no gaps.
      const forward: string[] = [];
      let page = await repos.reactions.list({}, { limit: 2, backward: false });
      forward.push(...page.items.map((r) => r.id));
      while (page.hasMore) {
        const last = page.items.at(-1)!;
        page = await repos.reactions.list({}, { limit: 2, backward: false, after: { publishedAt: last.publishedAt, id: last.id } });
        forward.push(...page.items.map((r) => r.id));
      }
      expect(forward).toEqual(all.items.map((r) => r.id));
      const tail = await repos.reactions.list({}, { limit: 2, backward: true });
      expect(tail.items.map((r) => r.id)).toEqual(all.items.slice(-2).map((r) => r.id));
    });

    it.each([
      ['a CAMEO prefix', { cameoPrefixes: ['1'] }, ['condemned', 'rejected']],
      ['a full CAMEO code', { cameoPrefixes: ['051'] }, ['welcomed']],
      ['a prefix that is not a code start', { cameoPrefixes: ['05'] }, ['welcomed']],
      ['a code no reaction has', { cameoPrefixes: ['19'] }, []],
      ['an actor kind', { actorKinds: ['igo'] }, ['urged']],
      ['countries', { actorKinds: ['country'] }, ['welcomed', 'condemned', 'rejected']],
      ['Goldstein at most -3', { maxGoldstein: -3 }, ['rejected']],
      ['Goldstein at least 0', { minGoldstein: 0 }, ['welcomed']],
      ['an empty kind list', { actorKinds: [] }, []],
    ] as const)('reactions.list by %s, with the code and score stored', async (_what, filter, cues) => {
      const got = await repos.reactions.list(filter, { limit: 100, backward: false });
      expect(got.items.map((r) => r.cue)).toEqual(cues);
      for (const r of got.items) {
        const expected = { rejected: ['120', -4], condemned: ['111', -2], welcomed: ['051', 3.4], urged: [null, null] }[r.cue]!;
        expect([r.cameoCode, r.goldstein]).toEqual(expected);
        expect(r.actorKind).toBe(r.actor.kind === 'country' ? 'country' : 'igo');
      }
    });

    it('entities.list by kind and query, by name, keyset paged', async () => {
      const countries = await repos.entities.list({ kinds: ['country'] }, { limit: 100, backward: false });
      expect(countries.items.map((e) => e.name)).toEqual(['China', 'United States']);
      const byAlias = await repos.entities.list({ query: 'washing' }, { limit: 100, backward: false });
      expect(byAlias.items.map((e) => e.key)).toEqual(['country:US']);
      const byName = await repos.entities.list({ query: 'UNITED' }, { limit: 100, backward: false });
      expect(byName.items.map((e) => e.key)).toEqual(['org:UN', 'country:US']);
      const first = await repos.entities.list({}, { limit: 2, backward: false });
      expect(first.hasMore).toBe(true);
      const last = first.items.at(-1)!;
      const second = await repos.entities.list({}, { limit: 100, backward: false, after: { name: last.name, id: last.id } });
      const everything = await repos.entities.list({}, { limit: 100, backward: false });
      expect([...first.items, ...second.items].map((e) => e.id)).toEqual(everything.items.map((e) => e.id));
    });

    it('entities.findByName matches the canonical name or an alias, case-insensitively', async () => {
      expect((await repos.entities.findByName('united states'))?.key).toBe('country:US');
      expect((await repos.entities.findByName('Washington'))?.key).toBe('country:US');
      expect((await repos.entities.findByName('putin'))?.key).toBe('person:vladimir-putin');
      expect(await repos.entities.findByName('Wash')).toBeNull();
      expect(await repos.entities.findByName('  ')).toBeNull();
    });

    it('entities.findByName gives the state a capital stands for, not the place of that name', async () => {
      const place: EntityRef = { key: 'place:washington', kind: 'place', name: 'Washington', country: 'US', origin: 'gazetteer' };
      const [id] = await seedArticles(store, ['2025-05-05T00:00:00.000Z']);
      await save([{ articleId: id!, enrichment: enrichment({ entities: [ent(place, 1, 0.4)] }) }]);
      expect((await repos.entities.getByKeys([place.key]))[0]?.name).toBe('Washington');
      expect((await repos.entities.findByName('washington'))?.key).toBe('country:US');
      // A place no state is known by stays itself.
      const geneva: EntityRef = { key: 'place:geneva', kind: 'place', name: 'Geneva', country: 'CH', origin: 'gazetteer' };
      await save([{ articleId: id!, enrichment: enrichment({ entities: [ent(place, 1, 0.4), ent(geneva, 1, 0.3)] }) }]);
      expect((await repos.entities.findByName('Geneva'))?.key).toBe('place:geneva');
    });
  });

  describe('topics', () => {
    it('keeps built-ins in sync with the taxonomy and manages analyst topics', async () => {
      expect((await repos.topics.list({ builtIn: true })).map((t) => t.slug)).toEqual(['diplomacy', 'international-reactions', 'sanctions', 'trade']);
      const t = await repos.topics.create({ slug: 'arctic-shipping', name: 'Arctic shipping', description: 'routes', definition: { keywords: ['Northern Sea Route'], entities: [], query: null } }, NOW);
      expect(await repos.topics.getBySlug('arctic-shipping')).toEqual(t);
      await expect(repos.topics.create({ slug: 'trade', name: 'Trade 2', description: '', definition: {} }, NOW)).rejects.toMatchObject({ code: 'conflict' });
      await expect(repos.topics.create({ slug: 'Bad Slug', name: 'x', description: '', definition: {} }, NOW)).rejects.toMatchObject({ code: 'invalid_input' });
      const updated = await repos.topics.update(t.id, { name: 'Arctic routes', definition: { keywords: ['Arctic'], entities: [], query: null } }, '2025-06-16T00:00:00.000Z');
      expect(updated).toMatchObject({ slug: 'arctic-shipping', name: 'Arctic routes', definition: { keywords: ['Arctic'] }, updatedAt: '2025-06-16T00:00:00.000Z' });
      const [trade] = await repos.topics.getBySlugs(['trade']);
      await expect(repos.topics.update(trade!.id, { name: 'x' }, NOW)).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(repos.topics.delete(trade!.id)).rejects.toMatchObject({ code: 'invalid_input' });

      // A built-in may not take an analyst topic's slug; removing a built-in from the taxonomy removes its row.
      const builtIns = (await repos.topics.list({ builtIn: true })).map((x) => ({ slug: x.slug, name: x.name, description: x.description, definition: x.definition }));
      await expect(repos.topics.syncBuiltIns([...builtIns, { slug: 'arctic-shipping', name: 'A', description: '', definition: {} }], NOW)).rejects.toMatchObject({ code: 'conflict' });
      await repos.topics.syncBuiltIns([...builtIns.filter((x) => x.slug !== 'diplomacy'), { slug: 'diplomacy', name: 'Diplomacy', description: 'renamed', definition: {} }], NOW);
      expect(await repos.topics.getBySlug('diplomacy')).toMatchObject({ name: 'Diplomacy', description: 'renamed', builtIn: true });

      await repos.topics.delete(t.id);
      expect(await repos.topics.getBySlug('arctic-shipping')).toBeNull();
    });
  });

  describe('reindex bookkeeping', () => {
    beforeEach(async () => {
      await store.db.kysely.deleteFrom('articles').execute();
    });

    it('walks pending articles in id order; markStale makes done ones pending again', async () => {
      const ids = await seedArticles(store, ['2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z']);
      const filter = { version: VERSION };
      expect(await repos.enrichment.countPending(filter)).toBe(3);
      expect(await repos.enrichment.pendingAfter(filter, null, 2)).toEqual(ids.slice(0, 2));
      await save([{ articleId: ids[0]!, enrichment: enrichment({}) }]);
      expect(await repos.enrichment.pendingAfter(filter, null, 10)).toEqual(ids.slice(1));
      expect(await repos.enrichment.pendingAfter(filter, ids[1]!, 10)).toEqual(ids.slice(2));
      expect(await repos.enrichment.countPending({ version: VERSION, since: '2025-02-01T00:00:00.000Z' })).toBe(2);
      // Another rules version: everything is pending.
      expect(await repos.enrichment.countPending({ version: 'test-2' })).toBe(3);
      // Changed after it was enriched: pending again.
      await store.db.kysely.updateTable('articles').set({ changed_at: '2025-06-15T10:00:01.000Z' }).where('id', '=', ids[0]!).execute();
      expect(await repos.enrichment.countPending(filter)).toBe(3);
      await save([{ articleId: ids[0]!, enrichment: enrichment({}) }], '2025-06-15T10:00:02.000Z');
      await save([{ articleId: ids[2]!, enrichment: enrichment({}) }]);
      expect(await repos.enrichment.countPending(filter)).toBe(1);
      expect(await repos.enrichment.markStale('2025-03-01T00:00:00.000Z')).toBe(1);
      expect(await repos.enrichment.pendingAfter(filter, null, 10)).toEqual([ids[1], ids[2]]);
    });
  });
});
