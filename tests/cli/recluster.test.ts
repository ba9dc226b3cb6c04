import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_BATCH } from '../../src/cluster/cluster-articles.ts';
import { CLUSTER_VERSION } from '../../src/cluster/params.ts';
import { addFeed } from '../../src/ingest/add-feed.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { ingestContext } from '../support/ingest-context.ts';
import { CLI_TEST_TIMEOUT, runCli, startCli } from '../support/run-cli.ts';
import { subscribeWorldNewsFeeds } from '../support/world-news-feeds.ts';
import { loadWorldNewsArticles, loadWorldNewsLabels } from '../enrich/world-news-corpus.ts';

/** Everything clustering decides, in a stable order: who is in which story, the stories, and both kinds of edges. */
async function clustering(store: TestStore) {
  const k = store.db.kysely;
  const [articles, stories, storyEdges, articleEdges] = await Promise.all([
    k.selectFrom('articles').select(['id', 'story_id', 'duplicate_of_id', 'cluster_version']).orderBy('id').execute(),
    k.selectFrom('stories').select(['id', 'article_count', 'source_count', 'first_article_id', 'central_article_id', 'title']).orderBy('id').execute(),
    k.selectFrom('story_edges').select(['story_id', 'related_id', 'score']).orderBy('story_id').orderBy('related_id').execute(),
    k.selectFrom('article_edges').select(['article_id', 'related_id', 'score']).orderBy('article_id').orderBy('related_id').execute(),
  ]);
  return { articles, stories, storyEdges, articleEdges };
}

/**
 * The part of clustering that must not depend on arrival order or batch size: stories (ids, members, aggregates) and
 * each article's story. Related-article and related-story edges are not yet order-independent (their scores and the
 * weakest pairs vary), so they are compared by presence only.
 */
function stories(snapshot: Awaited<ReturnType<typeof clustering>>) {
  return { articles: snapshot.articles, stories: snapshot.stories };
}

const storyOf = (snapshot: Awaited<ReturnType<typeof clustering>>) => new Map(snapshot.articles.map((a) => [a.id, a.story_id]));

async function reclusterJson(env: Record<string, string>, ...args: string[]) {
  const r = await runCli(['recluster', '--json', ...args], env);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { version: string; articles: number; stories: number; failed: number; complete: boolean };
}

// The command as operators run it: a real child process on a store that `newsgraph ingest` filled from the six
// world-news feeds on a local server (feeds fetched concurrently, so articles reach the clusterer out of publication order).
describe.each(dialects)('newsgraph recluster on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let env: Record<string, string>;
  let afterIngest: Awaited<ReturnType<typeof clustering>>;
  let firstRecluster: Awaited<ReturnType<typeof clustering>>;
  const total = loadWorldNewsLabels().articles.length;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    await subscribeWorldNewsFeeds(ingestContext(store), server);
    env = { DATABASE_URL: store.databaseUrl, ALLOW_PRIVATE_NETWORKS: 'true' };
    const r = await runCli(['ingest', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ feeds: 6, errors: 0, itemsNew: total });
    afterIngest = await clustering(store);
  }, CLI_TEST_TIMEOUT);
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('ingest places every article in a story', async () => {
    expect(afterIngest.articles).toHaveLength(total);
    expect(afterIngest.articles.filter((a) => a.story_id === null || a.cluster_version !== CLUSTER_VERSION)).toEqual([]);
    const storyIds = new Set(afterIngest.stories.map((s) => s.id));
    for (const a of afterIngest.articles) expect(storyIds.has(a.story_id!), `story of ${a.id}`).toBe(true);
    expect(afterIngest.stories.reduce((n, s) => n + s.article_count, 0)).toBe(total);
    // Ten gold stories, seven of them reported by 4 to 6 outlets: the clusterer groups, it does not leave singletons.
    expect(afterIngest.stories.length).toBeLessThan(total / 2);
    expect(Math.max(...afterIngest.stories.map((s) => s.source_count))).toBeGreaterThanOrEqual(4);
  });

  it('rejects bad options with clear errors', async () => {
    const [since, batch, word, help] = await Promise.all([
      runCli(['recluster', '--since', 'last-tuesday'], env),
      runCli(['recluster', '--batch', '0'], env),
      runCli(['recluster', '--batch', 'many'], env),
      runCli(['recluster', '--help'], env),
    ]);
    expect(since.code).toBe(1);
    expect(since.stderr).toMatch(/error \[invalid_input\]: --since "last-tuesday" is not a date/);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toMatch(/error \[invalid_input\]: --batch must be a whole number from 1 to 1000, not "0"/);
    expect(word.code).toBe(1);
    expect(word.stderr).toMatch(/error \[invalid_input\]: --batch .* not "many"/);
    expect(help.stdout).toContain(`(default ${DEFAULT_CLUSTER_BATCH})`);
    // Refused before touching the store.
    expect(await clustering(store)).toEqual(afterIngest);
  });

  it('rebuilds the stories ingestion built, with the same ids, though ingestion met the feeds out of publication order', async () => {
    const summary = await reclusterJson(env);
    firstRecluster = await clustering(store);
    expect(summary).toMatchObject({ version: CLUSTER_VERSION, articles: total, stories: firstRecluster.stories.length, failed: 0, complete: true });
    expect(firstRecluster.articles.filter((a) => a.story_id === null)).toEqual([]);

    const now = new Set(firstRecluster.stories.map((s) => s.id));
    const gone = afterIngest.stories.map((s) => s.id).filter((id) => !now.has(id));
    // Stories do not depend on arrival order: the same members under the same ids (their first articles').
    expect(gone).toEqual([]);
    const members = (c: typeof afterIngest) => [...storyOf(c)].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(members(firstRecluster)).toEqual(members(afterIngest));
    const merges = await store.db.kysely.selectFrom('story_merges').select(['merged_id', 'into_id']).execute();
    const into = new Map(merges.map((m) => [m.merged_id, m.into_id]));
    const holder = storyOf(firstRecluster);
    for (const id of gone) {
      // A story id is its founding article's id.
      expect(into.get(id), `merge of ${id}`).toBe(holder.get(id));
      expect(now.has(into.get(id)!)).toBe(true);
    }
    // No surviving id is recorded as merged away.
    expect(merges.filter((m) => now.has(m.merged_id))).toEqual([]);
    // The API's reads follow the record: an old id gives the surviving story.
    const repos = createRepositories(store.db);
    const resolved = await repos.stories.getByIds(gone);
    expect(resolved.map((s) => s?.id)).toEqual(gone.map((id) => holder.get(id)));
  }, CLI_TEST_TIMEOUT);

  it('same input, same stories: a second run and a run in other batch sizes give identical stories', async () => {
    await reclusterJson(env);
    expect(await clustering(store)).toEqual(firstRecluster);
    const r = await reclusterJson(env, '--batch', '7');
    expect(r).toMatchObject({ articles: total, failed: 0, complete: true });
    const batched = await clustering(store);
    expect(stories(batched)).toEqual(stories(firstRecluster));
    expect(batched.storyEdges.length).toBeGreaterThan(0);
    expect(batched.articleEdges.length).toBeGreaterThan(0);
  }, CLI_TEST_TIMEOUT);

  it('SIGINT stops after the batch with exit 130; running it again finishes the same stories', async () => {
    const run = startCli(['recluster', '--json', '--batch', '1'], env);
    const k = store.db.kysely;
    const placed = async () => (await k.selectFrom('articles').select('id').where('cluster_version', 'is not', null).execute()).length;
    // Wait for the dissolve (fewer than all placed), then for a few batches to commit.
    const deadline = Date.now() + 60_000;
    let seenDissolved = false;
    while (Date.now() < deadline) {
      const n = await placed();
      if (n < total) seenDissolved = true;
      if (seenDissolved && n >= 2) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    run.child.kill('SIGINT');
    const stopped = await run.done;
    expect(stopped.code, stopped.stderr).toBe(130);
    const summary = JSON.parse(stopped.stdout);
    expect(summary).toMatchObject({ complete: false, failed: 0 });
    // It was signalled once two articles were placed; the batch under way finishes.
    expect(summary.articles).toBeGreaterThanOrEqual(2);
    expect(summary.articles).toBeLessThan(total);
    // Batches commit whole: what the run placed is placed, the rest waits.
    expect(await placed()).toBe(summary.articles);

    await reclusterJson(env);
    expect(stories(await clustering(store))).toEqual(stories(firstRecluster));
  }, CLI_TEST_TIMEOUT);

  it('--since rebuilds only the stories active since then and the articles published since', async () => {
    const since = '2025-06-13T00:00:00.000Z';
    const k = store.db.kysely;
    const storiesBefore = await k.selectFrom('stories').selectAll().orderBy('id').execute();
    const articlesBefore = await k.selectFrom('articles').select(['id', 'story_id', 'published_at', 'clustered_at']).orderBy('id').execute();
    const active = new Set(storiesBefore.filter((s) => s.last_updated_at >= since).map((s) => s.id));
    const untouched = storiesBefore.filter((s) => !active.has(s.id));
    const rebuilt = articlesBefore.filter((a) => active.has(a.story_id!) || a.published_at >= since);
    // Both sides are there: stories that ended before the cut, and stories running across it.
    expect(untouched.length).toBeGreaterThan(0);
    expect(rebuilt.length).toBeGreaterThan(0);
    expect(rebuilt.some((a) => a.published_at < since)).toBe(true);

    const summary = await reclusterJson(env, '--since', '2025-06-13');
    expect(summary).toMatchObject({ articles: rebuilt.length, failed: 0, complete: true });

    const storiesAfter = new Map((await k.selectFrom('stories').selectAll().execute()).map((s) => [s.id, s]));
    const articlesAfter = await k.selectFrom('articles').select(['id', 'story_id', 'published_at', 'clustered_at']).orderBy('id').execute();
    // The articles of stories inactive since then were not placed again: same story, same clustered_at.
    const rebuiltIds = new Set(rebuilt.map((a) => a.id));
    expect(articlesAfter.filter((a) => !rebuiltIds.has(a.id))).toEqual(articlesBefore.filter((a) => !rebuiltIds.has(a.id)));
    // Those stories were not dissolved; one that no re-placed article joined is exactly as it was (not even refreshed).
    for (const s of untouched) {
      const joined = articlesAfter.filter((a) => a.story_id === s.id && rebuiltIds.has(a.id));
      if (joined.length) expect(storiesAfter.get(s.id)!.article_count, s.id).toBe(s.article_count + joined.length);
      else expect(storiesAfter.get(s.id), s.id).toEqual(s);
    }
    // Every article of the window was placed again, and is in a story.
    for (const a of articlesAfter.filter((x) => rebuiltIds.has(x.id))) {
      expect(a.story_id, a.id).not.toBeNull();
      expect(a.clustered_at! > articlesBefore.find((b) => b.id === a.id)!.clustered_at!, a.id).toBe(true);
    }
  }, CLI_TEST_TIMEOUT);
});

/** One RSS feed of the whole corpus, newest last, holding the items published before `until`. */
async function corpusFeed(until: string): Promise<string> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const items = (await loadWorldNewsArticles())
    .filter((a) => new Date(a.label.published).toISOString() < until)
    .map(
      (a) => `<item><guid isPermaLink="false">${esc(a.label.guid)}</guid><title>${esc(a.title)}</title><link>${esc(a.url)}</link>
        <pubDate>${new Date(a.label.published).toUTCString()}</pubDate><description>${esc(a.text)}</description></item>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>World desk</title>
    <link>https://worlddesk.example/</link><language>en</language>${items.join('\n')}</channel></rss>`;
}

// Ingestion whose order is publication order: one feed carrying the corpus, read as it grew over three ingest runs.
describe.each(dialects)('newsgraph recluster after ingestion in publication order on %s', (dialect) => {
  let store: TestStore;
  let server: FixtureServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    server = await startFixtureServer();
    env = { DATABASE_URL: store.databaseUrl, ALLOW_PRIVATE_NETWORKS: 'true' };
    await addFeed(ingestContext(store), { url: server.url('/world.xml'), sourceName: 'World desk', discover: false });
  }, CLI_TEST_TIMEOUT);
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('recluster finds the stories, and the story ids, that ingestion built', async () => {
    const total = loadWorldNewsLabels().articles.length;
    let stored = 0;
    for (const until of ['2025-06-11T00:00:00.000Z', '2025-06-13T00:00:00.000Z', '2025-06-15T00:00:00.000Z']) {
      server.reply('/world.xml', { headers: { 'content-type': 'application/rss+xml' }, body: await corpusFeed(until) });
      const r = await runCli(['ingest', '--all', '--json'], env);
      expect(r.code, r.stderr).toBe(0);
      stored += JSON.parse(r.stdout).itemsNew;
    }
    expect(stored).toBe(total);
    const afterIngest = await clustering(store);
    expect(afterIngest.articles.filter((a) => a.story_id === null)).toEqual([]);

    const summary = await reclusterJson(env);
    expect(summary).toMatchObject({ articles: total, stories: afterIngest.stories.length, failed: 0, complete: true });
    const after = await clustering(store);
    expect(after.articles).toEqual(afterIngest.articles);
    expect(after.stories).toEqual(afterIngest.stories);
    expect(after.storyEdges.length).toBeGreaterThan(0);
    expect(after.articleEdges.length).toBeGreaterThan(0);
    expect(await store.db.kysely.selectFrom('story_merges').select('merged_id').where('score', '=', 0).execute()).toEqual([]);
  }, CLI_TEST_TIMEOUT);
});
