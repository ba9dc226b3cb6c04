/**
 * Stories on the world-news corpus (tests/fixtures/world-news): the six outlets' feeds go through the real
 * pipeline (fetch, parse, normalize, store, enrich) and are clustered as they are stored. Every labelled story must
 * come out as one story and nothing else in it; the hard negatives (the prisoner exchange and the sanctions package
 * share the Moscow talks' actors) stay apart; the Moscow talks story carries the reactions of its round-up articles
 * and Kyiv's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngestPass } from '../../src/scheduler/ingest-pass.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { loadWorldNewsLabels } from '../enrich/world-news-corpus.ts';
import { clusteringIngestContext } from '../support/ingest-context.ts';
import { subscribeWorldNewsFeeds } from '../support/world-news-feeds.ts';

const labels = loadWorldNewsLabels();

describe.each(dialects)('world-news stories through the pipeline on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  /** gold story -> the stored stories its articles landed in */
  const storiesOf = new Map<string, Set<string>>();
  /** stored story -> gold stories of its articles */
  const goldOf = new Map<string, Set<string>>();
  const storyOfLink = new Map<string, string>();

  beforeAll(async () => {
    // One feed at a time: the order articles reach the clusterer is then the same on every run and dialect.
    store = await createTestStore(dialect, { INGEST_CONCURRENCY: 1 });
    server = await startFixtureServer();
    const ctx = await clusteringIngestContext(store);
    await subscribeWorldNewsFeeds(ctx, server);
    const pass = await runIngestPass(ctx, { mode: { kind: 'all' }, trigger: 'cli' });
    expect(pass.errors).toBe(0);
    const rows = await store.db.kysely.selectFrom('articles').select(['url', 'story_id']).execute();
    for (const r of rows) if (r.url && r.story_id) storyOfLink.set(r.url, r.story_id);
    for (const l of labels.articles) {
      const s = storyOfLink.get(l.link);
      if (!s) continue;
      if (!storiesOf.has(l.story)) storiesOf.set(l.story, new Set());
      storiesOf.get(l.story)!.add(s);
      if (!goldOf.has(s)) goldOf.set(s, new Set());
      goldOf.get(s)!.add(l.story);
    }
    if (process.env.WN_DIAG) for (const [g, ss] of storiesOf) console.info('WN', g, [...ss].map((x) => `${x.slice(-4)}:${[...goldOf.get(x)!].join('+')}`).join(' '));
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('places every article in a story', () => {
    for (const l of labels.articles) expect(storyOfLink.get(l.link), l.link).toBeDefined();
  });

  const isOneStory = (gold: string) => {
    const stored = [...(storiesOf.get(gold) ?? [])];
    expect(stored).toHaveLength(1);
    expect([...goldOf.get(stored[0]!)!]).toEqual([gold]);
  };

  it.each(Object.keys(labels.stories))('%s is one story holding only its own articles', isOneStory);

  it('keeps the sanctions package apart from the Moscow talks', () => {
    const moscow = [...storiesOf.get('moscow-talks-invite')!][0];
    expect([...storiesOf.get('eu-sanctions-package')!]).not.toContain(moscow);
  });

  it('keeps the prisoner exchange apart from the Moscow talks', () => {
    const moscow = [...storiesOf.get('moscow-talks-invite')!][0];
    expect([...storiesOf.get('prisoner-exchange')!]).not.toContain(moscow);
  });

  it('links the prisoner exchange and the Moscow talks as related stories: the same actors, another event', async () => {
    const moscow = [...storiesOf.get('moscow-talks-invite')!][0]!;
    const swap = [...storiesOf.get('prisoner-exchange')!][0]!;
    const edges = await store.db.kysely.selectFrom('story_edges').select(['story_id', 'related_id', 'score', 'reasons']).where('story_id', 'in', [moscow, swap]).where('related_id', 'in', [moscow, swap]).execute();
    expect(edges.map((e) => [e.story_id, e.related_id]).sort()).toEqual([[moscow, swap], [swap, moscow]].sort());
    for (const e of edges) {
      expect(e.score).toBeGreaterThanOrEqual(0.3);
      const shared = (JSON.parse(e.reasons) as { sharedEntities: { key: string }[] }).sharedEntities.map((x) => x.key);
      expect(shared).toEqual(expect.arrayContaining(['country:RU', 'country:UA']));
    }
  });

  it("keeps every labelled Moscow talks reaction, Kyiv's among them, in the stories of the Moscow talks articles", async () => {
    const ids = [...storiesOf.get('moscow-talks-invite')!];
    const rows = await store.db.kysely
      .selectFrom('reactions as r')
      .innerJoin('articles as a', 'a.id', 'r.article_id')
      .innerJoin('entities as e', 'e.id', 'r.actor_entity_id')
      .select(['e.name'])
      .where('a.story_id', 'in', ids)
      .execute();
    const actors = new Set(rows.map((r) => r.name));
    const gold = labels.articles.filter((l) => l.story === 'moscow-talks-invite').flatMap((l) => l.reactions.map((r) => r.actor));
    for (const a of gold) expect(actors, a).toContain(a);
    expect(actors).toContain('Ukraine');
  });

  it("shows the round-up reactions and Kyiv's in the Moscow talks story", async () => {
    const moscow = [...storiesOf.get('moscow-talks-invite')!][0]!;
    const rows = await store.db.kysely
      .selectFrom('reactions as r')
      .innerJoin('articles as a', 'a.id', 'r.article_id')
      .innerJoin('entities as e', 'e.id', 'r.actor_entity_id')
      .select(['e.name', 'a.url'])
      .where('a.story_id', '=', moscow)
      .execute();
    const actors = new Set(rows.map((r) => r.name));
    const goldActors = new Set(labels.articles.filter((l) => l.story === 'moscow-talks-invite').flatMap((l) => l.reactions.map((r) => r.actor)));
    // Every labelled reaction of the story's articles is in the story, Kyiv's (Ukraine) among them.
    for (const a of goldActors) expect(actors, a).toContain(a);
    expect(actors).toContain('Ukraine');
    const story = await store.db.kysely.selectFrom('stories').selectAll().where('id', '=', moscow).executeTakeFirstOrThrow();
    expect(story.reaction_count).toBe(rows.length);
    for (const l of labels.articles.filter((x) => x.story === 'moscow-talks-invite')) expect(storyOfLink.get(l.link)).toBe(moscow);
  });
});
