import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import {
  applyTopicToAll,
  createAnalystTopic,
  ENRICHMENT_VERSION,
  enrichArticles,
  enrichStoredArticles,
  loadTopicDefinitions,
  reindex,
  updateAnalystTopic,
  type EnrichContext,
} from '../../src/enrich/run-enrichment.ts';
import { loadTaxonomy } from '../../src/enrich/topics/taxonomy.ts';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { runIngestPass, type IngestContext } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { rssFeed } from '../support/rss.ts';
import { WORLD_NEWS_CONTENT_TYPES } from '../support/world-news-feeds.ts';
import { fixtureUrl } from '../support/fixtures.ts';

const corpus = fixtureUrl('world-news/');
const labels = JSON.parse(readFileSync(new URL('labels.json', corpus), 'utf8')) as {
  feeds: Record<string, { outlet: string; site: string }>;
  articles: unknown[];
};

/** Everything enrichment stored, keyed by article and natural keys (no generated ids or timestamps). */
async function snapshot(store: TestStore) {
  const k = store.db.kysely;
  const entities = await k
    .selectFrom('article_entities as ae')
    .innerJoin('entities as e', 'e.id', 'ae.entity_id')
    .select(['ae.article_id', 'e.key', 'ae.mentions', 'ae.salience', 'ae.aliases'])
    .orderBy('ae.article_id')
    .orderBy('e.key')
    .execute();
  const topics = await k
    .selectFrom('article_topics as at')
    .innerJoin('topics as t', 't.id', 'at.topic_id')
    .select(['at.article_id', 't.slug', 'at.score', 'at.evidence'])
    .orderBy('at.article_id')
    .orderBy('t.slug')
    .execute();
  const reactions = await k
    .selectFrom('reactions as r')
    .innerJoin('entities as e', 'e.id', 'r.actor_entity_id')
    .select(['r.article_id', 'e.key', 'r.stance', 'r.cue', 'r.evidence', 'r.published_at'])
    .orderBy('r.article_id')
    .orderBy('r.id')
    .execute();
  const articles = await k.selectFrom('articles').select(['id', 'detected_language', 'enrichment_version']).orderBy('id').execute();
  return { entities, topics, reactions, articles };
}

const round = (n: number) => Math.round(Number(n) * 1e6) / 1e6;

describe.each(dialects)('enrichment runner on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let ctx: IngestContext & EnrichContext;
  let articleIds: string[];

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    const base = ingestContext(store);
    ctx = { ...base, onStored: enrichStoredArticles(base) };
    for (const [file, meta] of Object.entries(labels.feeds)) {
      server.reply(`/${file}`, { headers: { 'content-type': WORLD_NEWS_CONTENT_TYPES[file]! }, body: readFileSync(new URL(`feeds/${file}`, corpus)) });
      await addFeed(ctx, { url: server.url(`/${file}`), sourceName: meta.outlet, homepage: meta.site, discover: false });
    }
    const t0 = performance.now();
    const summary = await runIngestPass(ctx, { mode: { kind: 'due' }, trigger: 'cli' });
    const ms = performance.now() - t0;
    expect(summary.errors).toBe(0);
    articleIds = (await store.db.kysely.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => r.id);
    console.log(`[${dialect}] ingest + enrichment of ${articleIds.length} world-news articles: ${ms.toFixed(0)} ms`);
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('enriches every article right after ingest, at the current version', async () => {
    expect(articleIds).toHaveLength(labels.articles.length);
    const status = await ctx.repos.enrichment.statusOf(articleIds);
    for (const s of status) {
      expect(s?.version).toBe(ENRICHMENT_VERSION);
      expect(s?.enrichedAt).not.toBeNull();
    }
    expect(await ctx.repos.enrichment.countPending({ version: ENRICHMENT_VERSION })).toBe(0);
    const builtIns = (await ctx.repos.topics.list({ builtIn: true })).map((t) => t.slug);
    expect(builtIns).toEqual(loadTaxonomy().map((t) => t.slug).sort());
  });

  it('stores exactly what enrichArticle finds', async () => {
    const topics = await loadTopicDefinitions(ctx);
    const sources = await ctx.repos.enrichment.sourcesOf(articleIds);
    const [entityLists, topicLists, reactionLists, status] = [
      await store.db.kysely
        .selectFrom('article_entities as ae')
        .innerJoin('entities as e', 'e.id', 'ae.entity_id')
        .select(['ae.article_id', 'e.key', 'e.kind', 'ae.mentions', 'ae.salience', 'ae.aliases'])
        .execute(),
      await ctx.repos.topics.articleTopicsOf(articleIds),
      await ctx.repos.reactions.ofArticles(articleIds),
      await ctx.repos.enrichment.statusOf(articleIds),
    ];
    let reactionsSeen = 0;
    sources.forEach((s, i) => {
      const want = enrichArticle({ title: s.title, text: s.text, languageHint: s.language }, topics);
      expect(status[i]!.detectedLanguage).toBe(want.language);
      const stored = entityLists.filter((r) => r.article_id === s.id).map((r) => [r.key, Number(r.mentions), round(r.salience), JSON.parse(r.aliases)]);
      const expected = new Map<string, [string, number, number, string[]]>();
      for (const e of want.entities) expected.set(e.entity.key, [e.entity.key, e.mentions, round(e.salience), e.aliases]);
      expect(stored.sort(), s.title).toEqual([...expected.values()].sort());
      expect(topicLists[i]!.map((t) => [t.topic.slug, round(t.score), t.evidence]).sort()).toEqual(
        want.topics.map((t) => [t.slug, round(t.score), t.evidence]).sort(),
      );
      expect(reactionLists[i]!.map((r) => [r.actor.key, r.stance, r.cue, r.evidence])).toEqual(want.reactions.map((r) => [r.actor.key, r.stance, r.cue, r.evidence]));
      reactionsSeen += reactionLists[i]!.length;
    });
    expect(reactionsSeen).toBeGreaterThan(0);
  });

  it('reindex redoes only stale articles, in batches, and reproduces the same rows', async () => {
    const before = await snapshot(store);
    const stale = articleIds.filter((_, i) => i % 7 === 0);
    await store.db.kysely.updateTable('articles').set({ enrichment_version: 'old' }).where('id', 'in', stale).execute();
    const progress: number[] = [];
    const r = await reindex(ctx, { batchSize: 2, onProgress: (p) => progress.push(p.done) });
    expect(r).toMatchObject({ version: ENRICHMENT_VERSION, total: stale.length, processed: stale.length, enriched: stale.length, failed: 0, complete: true });
    expect(progress).toEqual(Array.from({ length: Math.ceil(stale.length / 2) }, (_, i) => Math.min(stale.length, (i + 1) * 2)));
    expect(await snapshot(store)).toEqual(before);
    expect((await reindex(ctx, {})).processed).toBe(0);

    const t0 = performance.now();
    const all = await reindex(ctx, { all: true, batchSize: 10 });
    const ms = performance.now() - t0;
    console.log(`[${dialect}] reindex --all: ${all.enriched} articles in ${ms.toFixed(0)} ms (${((all.enriched / ms) * 1000).toFixed(0)} articles/s incl. writes)`);
    expect(all).toMatchObject({ total: articleIds.length, enriched: articleIds.length, failed: 0 });
    expect(await snapshot(store)).toEqual(before);
  });

  it('reindex --since only does articles published since then', async () => {
    const rows = await store.db.kysely.selectFrom('articles').select(['id', 'published_at']).orderBy('published_at').execute();
    const since = rows[Math.floor(rows.length / 2)]!.published_at;
    const expected = rows.filter((r) => r.published_at >= since).length;
    const r = await reindex(ctx, { all: true, since });
    expect(r.enriched).toBe(expected);
    expect(r.enriched).toBeLessThan(rows.length);
  });

  it('an article changed at its source is enriched again from its new text', async () => {
    const file = 'meridian-wire.xml';
    const original = readFileSync(new URL(`feeds/${file}`, corpus), 'utf8');
    // One word more in the first item's body at the source.
    const at = original.indexOf('<item');
    const changed = original.slice(0, at) + original.slice(at).replace(' the ', ' the Japanese ');
    const statusBefore = new Map(articleIds.map((id, i) => [id, i]));
    const statusesBefore = await ctx.repos.enrichment.statusOf(articleIds);
    server.reply(`/${file}`, { headers: { 'content-type': WORLD_NEWS_CONTENT_TYPES[file]! }, body: changed });
    const pass = await runIngestPass(ctx, { mode: { kind: 'all' }, trigger: 'cli' });
    expect(pass.itemsUpdated).toBe(1);
    const target = await store.db.kysely.selectFrom('articles').select('id')
      .where((eb) => eb.or([eb('text', 'like', '%the Japanese%'), eb('title', 'like', '%the Japanese%')]))
      .executeTakeFirstOrThrow();
    const before = statusesBefore[statusBefore.get(target.id)!]!;
    const after = (await ctx.repos.enrichment.statusOf([target.id]))[0]!;
    expect(after.enrichedAt! > before.enrichedAt!).toBe(true);
    const [source] = await ctx.repos.enrichment.sourcesOf([target.id]);
    expect(`${source!.title} ${source!.text}`).toContain('the Japanese');
    const want = enrichArticle({ title: source!.title, text: source!.text, languageHint: source!.language }, await loadTopicDefinitions(ctx));
    const [reactions] = await ctx.repos.reactions.ofArticles([target.id]);
    expect(reactions!.map((r) => [r.actor.key, r.stance, r.evidence])).toEqual(want.reactions.map((r) => [r.actor.key, r.stance, r.evidence]));
    const entityKeys = (await store.db.kysely.selectFrom('article_entities as ae').innerJoin('entities as e', 'e.id', 'ae.entity_id').select('e.key').where('ae.article_id', '=', target.id).execute()).map((r) => r.key);
    expect(entityKeys.sort()).toEqual([...new Set(want.entities.map((e) => e.entity.key))].sort());
    expect(await ctx.repos.enrichment.countPending({ version: ENRICHMENT_VERSION })).toBe(0);
  });

  it('applies an analyst topic to stored articles and to new ones; updates and deletes it', async () => {
    const created = await createAnalystTopic(ctx, { name: 'Ceasefire watch', description: 'truces', keywords: ['ceasefire'], entities: [], query: null });
    expect(created.topic).toMatchObject({ builtIn: false, name: 'Ceasefire watch' });
    expect(created.processed).toBe(articleIds.length);
    const tagged = async (topicId: string) =>
      (await store.db.kysely.selectFrom('article_topics').select('article_id').where('topic_id', '=', topicId).execute()).map((r) => r.article_id);
    const withTopic = await tagged(created.topic.id);
    expect(withTopic.length).toBe(created.tagged);
    expect(withTopic.length).toBeGreaterThan(0);
    const sources = await ctx.repos.enrichment.sourcesOf(withTopic);
    for (const s of sources) expect(`${s.title} ${s.text}`.toLowerCase()).toContain('ceasefire');
    // The built-in topics of those articles are untouched.
    const stillTagged = await ctx.repos.topics.articleTopicsOf(withTopic);
    for (const list of stillTagged) expect(list.some((t) => t.topic.builtIn)).toBe(true);

    // A new article that matches gets the topic as it is stored.
    server.reply('/late.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rssFeed({ title: 'Late desk', link: 'https://late.example/' }, [
        {
          guid: 'late-1',
          title: 'Ceasefire holds in the border region',
          link: 'https://late.example/1',
          date: 'Mon, 16 Jun 2025 08:00:00 GMT',
          body: '<p>A ceasefire agreed last week held overnight, officials said, and aid convoys began to move.</p>',
        },
      ]),
    });
    await addFeed(ctx, { url: server.url('/late.xml'), sourceName: 'Late desk', discover: false });
    await runIngestPass(ctx, { mode: { kind: 'due' }, trigger: 'cli' });
    const late = await store.db.kysely.selectFrom('articles').select('id').where('guid', '=', 'late-1').executeTakeFirstOrThrow();
    expect(await tagged(created.topic.id)).toContain(late.id);

    const updated = await updateAnalystTopic(ctx, created.topic.id, { keywords: ['tariff', 'tariffs'] });
    const now = await tagged(created.topic.id);
    expect(now.length).toBe(updated.tagged);
    expect(now).not.toContain(late.id);
    for (const s of await ctx.repos.enrichment.sourcesOf(now)) expect(`${s.title} ${s.text}`.toLowerCase()).toContain('tariff');

    // Applying again changes nothing.
    const again = await applyTopicToAll(ctx, created.topic.id, { batchSize: 7 });
    expect(again.tagged).toBe(updated.tagged);
    expect((await tagged(created.topic.id)).sort()).toEqual([...now].sort());

    await ctx.repos.topics.delete(created.topic.id);
    expect(await tagged(created.topic.id)).toEqual([]);
    // Enriching after the deletion does not bring it back.
    await enrichArticles(ctx, [late.id]);
    expect(await tagged(created.topic.id)).toEqual([]);
  });

  it('skips ids of articles that no longer exist', async () => {
    const r = await enrichArticles(ctx, ['01JUNKNOWNARTICLE000000000', articleIds[0]!]);
    expect(r).toEqual({ enriched: 1, failed: [] });
  });
});
