/**
 * A summary-only feed whose links point to full article pages (on a loopback server, wrapped in a news site's
 * boilerplate) must give the same reaction, entity and story figures as the same articles delivered in full in the
 * feed. Store A ingests the full feeds and enriches and clusters what it stores; store B ingests the summary feeds,
 * runs each article's extraction job (runExtraction), then enrichment and clustering, as the work queue does.
 * Figures are scored against the corpus's gold labels on both stores and must agree within 0.03.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrichAndCluster } from '../../../src/cli/enriching-ingest-context.ts';
import { addFeed } from '../../../src/ingest/add-feed.ts';
import { pageFetcherFromSettings } from '../../../src/ingest/extract/page-fetcher.ts';
import { runExtraction } from '../../../src/ingest/extract/run-extraction.ts';
import { runIngestPass } from '../../../src/scheduler/ingest-pass.ts';
import { loadWorldNewsLabels } from '../../enrich/world-news-corpus.ts';
import { createTestStore, type TestStore } from '../../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';
import { clusteringIngestContext, ingestContext, testRuntime } from '../../support/ingest-context.ts';
import { publishWorldNews, type PublishedOutlet } from '../../support/summary-feeds.ts';

const labels = loadWorldNewsLabels();
const byGuid = new Map(labels.articles.map((a) => [a.guid, a]));

interface Figures {
  reactionF1: number;
  entityF1: number;
  storyF1: number;
  reactions: Set<string>;
  entities: Set<string>;
}

function f1(found: Set<string>, gold: Set<string>): number {
  let hit = 0;
  for (const x of found) if (gold.has(x)) hit++;
  const p = found.size ? hit / found.size : 0;
  const r = gold.size ? hit / gold.size : 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** B-cubed F1 of stored stories against the gold stories. */
function bcubed(storyOf: Map<string, string>): number {
  const guids = [...storyOf.keys()];
  let p = 0;
  let r = 0;
  for (const g of guids) {
    const predicted = guids.filter((o) => storyOf.get(o) === storyOf.get(g));
    const gold = guids.filter((o) => byGuid.get(o)!.story === byGuid.get(g)!.story);
    const both = predicted.filter((o) => gold.includes(o)).length;
    p += both / predicted.length;
    r += both / gold.length;
  }
  p /= guids.length;
  r /= guids.length;
  return (2 * p * r) / (p + r);
}

async function figures(store: TestStore): Promise<Figures> {
  const db = store.db.kysely;
  const articles = await db.selectFrom('articles').select(['id', 'guid', 'story_id']).execute();
  const guidOf = new Map(articles.map((a) => [a.id, a.guid ?? '']));
  const reactionRows = await db
    .selectFrom('reactions as r')
    .innerJoin('entities as e', 'e.id', 'r.actor_entity_id')
    .select(['r.article_id', 'e.name', 'r.stance'])
    .execute();
  const reactions = new Set(reactionRows.map((r) => `${guidOf.get(r.article_id)}|${r.name}|${r.stance}`));
  const entityRows = await db
    .selectFrom('article_entities as ae')
    .innerJoin('entities as e', 'e.id', 'ae.entity_id')
    .select(['ae.article_id', 'e.name'])
    .execute();
  const entities = new Set(entityRows.map((r) => `${guidOf.get(r.article_id)}|${r.name}`));
  const goldReactions = new Set(labels.articles.flatMap((a) => a.reactions.map((x) => `${a.guid}|${x.actor}|${x.stance}`)));
  const goldEntities = new Set(labels.articles.flatMap((a) => a.entities.map((e) => `${a.guid}|${e}`)));
  const storyOf = new Map(articles.filter((a) => a.guid && byGuid.has(a.guid) && a.story_id).map((a) => [a.guid!, a.story_id!]));
  return { reactionF1: f1(reactions, goldReactions), entityF1: f1(entities, goldEntities), storyF1: bcubed(storyOf), reactions, entities };
}

async function subscribe(store: TestStore, outlets: PublishedOutlet[], which: 'fullFeedUrl' | 'summaryFeedUrl'): Promise<void> {
  for (const o of outlets) {
    await addFeed({ repos: ingestContext(store).repos, config: store.config }, { url: o[which], sourceName: o.outlet, discover: false, fullText: 'AUTO' });
  }
}

describe('a summary-only feed completed from its pages', () => {
  let server: FixtureServer;
  let full: TestStore;
  let summary: TestStore;
  let a: Figures;
  let b: Figures;
  const outcomes: { status: string; changed: boolean }[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    const outlets = await publishWorldNews(server);
    // One feed at a time: articles reach the clusterer in the same order in both stores.
    full = await createTestStore('sqlite', { INGEST_CONCURRENCY: 1 });
    summary = await createTestStore('sqlite', { INGEST_CONCURRENCY: 1, PAGE_FETCH_HOST_DELAY_MS: 0, PAGE_FETCH_PER_HOST_CONCURRENCY: 4 });

    await subscribe(full, outlets, 'fullFeedUrl');
    const fullPass = await runIngestPass(await clusteringIngestContext(full), { mode: { kind: 'all' }, trigger: 'cli' });
    expect(fullPass.errors).toBe(0);

    await subscribe(summary, outlets, 'summaryFeedUrl');
    const ctx = ingestContext(summary);
    const summaryPass = await runIngestPass(ctx, { mode: { kind: 'all' }, trigger: 'cli' });
    expect(summaryPass.errors).toBe(0);
    // The jobs the work queue runs for each stored article: extract, then enrich and cluster.
    const rows = await summary.db.kysely.selectFrom('articles').select(['id']).orderBy('published_at').orderBy('id').execute();
    const extraction = { repos: ctx.repos, pageFetcher: pageFetcherFromSettings(summary.config.settings), settings: summary.config.settings };
    for (const r of rows) outcomes.push(await runExtraction(extraction, r.id));
    const hook = await enrichAndCluster(testRuntime(summary, ctx.repos));
    const feed = (await ctx.repos.feeds.list())[0]!;
    await hook({ feed, newIds: rows.map((r) => r.id), updatedIds: [] });

    a = await figures(full);
    b = await figures(summary);
    if (process.env.EXTRACT_DIAG) {
      const show = (f: Figures) => `reactions ${f.reactionF1.toFixed(3)} entities ${f.entityF1.toFixed(3)} stories ${f.storyF1.toFixed(3)}`;
      console.info(`full feed: ${show(a)}\nsummary feed + pages: ${show(b)}`);
    }
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await full?.cleanup();
    await summary?.cleanup();
  });

  it('fetches and extracts every article page', () => {
    expect(outcomes).toHaveLength(labels.articles.length);
    expect(outcomes.filter((o) => o.status === 'ok' && o.changed)).toHaveLength(labels.articles.length);
  });

  it('gives the same reaction figures (within 0.03)', () => {
    expect(a.reactionF1).toBeGreaterThan(0.5);
    expect(Math.abs(a.reactionF1 - b.reactionF1)).toBeLessThanOrEqual(0.03);
    expect(f1(b.reactions, a.reactions)).toBeGreaterThanOrEqual(0.97);
  });

  it('gives the same entity figures (within 0.03)', () => {
    expect(a.entityF1).toBeGreaterThan(0.5);
    expect(Math.abs(a.entityF1 - b.entityF1)).toBeLessThanOrEqual(0.03);
    expect(f1(b.entities, a.entities)).toBeGreaterThanOrEqual(0.97);
  });

  it('gives the same story figures (within 0.03)', () => {
    expect(a.storyF1).toBeGreaterThan(0.8);
    expect(Math.abs(a.storyF1 - b.storyF1)).toBeLessThanOrEqual(0.03);
  });

  it('keeps the feed summary beside the served body', async () => {
    const views = await ingestContext(summary).repos.extractions.getViews(
      (await summary.db.kysely.selectFrom('articles').select('id').execute()).map((r) => r.id),
    );
    for (const v of views) {
      expect(v?.source).toBe('PAGE');
      expect(v?.summaryText?.split(' ').length ?? 99).toBeLessThanOrEqual(30);
    }
  });
});
