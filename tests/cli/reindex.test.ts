import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Insertable } from 'kysely';
import { newId } from '../../src/domain/ids.ts';
import { enrichArticle } from '../../src/enrich/enrich-article.ts';
import { DEFAULT_ENRICH_BATCH, ENRICHMENT_VERSION, loadTopicDefinitions } from '../../src/enrich/run-enrichment.ts';
import { createRepositories } from '../../src/store/repositories/index.ts';
import type { Database } from '../../src/store/tables/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { CLI_TEST_TIMEOUT, runCli, startCli } from '../support/run-cli.ts';
import { loadWorldNewsArticles } from '../enrich/world-news-corpus.ts';

/** Copies of the 36 world-news articles: enough work that a kill lands mid-way. */
const COPIES = 20;

async function seed(store: TestStore): Promise<{ total: number; reactionsPerCopy: number }> {
  const corpus = await loadWorldNewsArticles();
  const repos = createRepositories(store.db);
  const now = '2025-06-15T00:00:00.000Z';
  const source = await repos.sources.ensure({ name: 'Copy desk' }, now);
  const rows: Insertable<Database['articles']>[] = [];
  for (let c = 0; c < COPIES; c++) {
    corpus.forEach((a, i) => {
      const key = `${c}-${i}`;
      rows.push({
        id: newId(),
        source_id: source.id,
        dedup_key: `guid:${key}`,
        guid: key,
        url: `${a.url}#${key}`,
        canonical_url: `${a.url}#${key}`,
        title: a.title,
        content_html: null,
        text: a.text,
        excerpt: a.text.slice(0, 200),
        authors: '[]',
        categories: '[]',
        image_url: null,
        enclosures: '[]',
        language: a.language,
        published_at: new Date(Date.UTC(2025, 5, 1) + (c * corpus.length + i) * 60_000).toISOString(),
        published_at_estimated: 0,
        updated_at: null,
        fetched_at: now,
        changed_at: now,
        content_hash: key,
      });
    });
  }
  for (let i = 0; i < rows.length; i += 200) await store.db.kysely.insertInto('articles').values(rows.slice(i, i + 200)).execute();
  const topics = await loadTopicDefinitions({ db: store.db, repos });
  const reactionsPerCopy = corpus.reduce((n, a) => n + enrichArticle({ title: a.title, text: a.text, languageHint: a.language }, topics).reactions.length, 0);
  return { total: rows.length, reactionsPerCopy };
}

// The command as operators run it: a real child process, SIGKILLed in the middle, then run again.
describe.each(dialects)('newsgraph reindex on %s', (dialect) => {
  let store: TestStore;
  let env: Record<string, string>;
  let total: number;
  let reactionsPerCopy: number;
  const atVersion = async () =>
    (await store.db.kysely.selectFrom('articles').select('id').where('enrichment_version', '=', ENRICHMENT_VERSION).execute()).length;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    ({ total, reactionsPerCopy } = await seed(store));
    env = { DATABASE_URL: store.databaseUrl };
  }, CLI_TEST_TIMEOUT);
  afterAll(async () => store?.cleanup());

  it('rejects bad options with clear errors', async () => {
    const since = await runCli(['reindex', '--since', 'yesterday-ish'], env);
    expect(since.code).toBe(1);
    expect(since.stderr).toMatch(/error \[invalid_input\]: --since "yesterday-ish" is not a date/);
    const batch = await runCli(['reindex', '--batch', '0'], env);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toMatch(/error \[invalid_input\]: --batch/);
    const help = await runCli(['reindex', '--help'], env);
    expect(help.stdout).toContain(`(default ${DEFAULT_ENRICH_BATCH})`);
  });

  it('resumes after SIGKILL: every article enriched exactly once at the current version', async () => {
    const run = startCli(['reindex', '--batch', '4'], env);
    const deadline = Date.now() + 60_000;
    while ((await atVersion()) < 12 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal, killed.stderr).toBe('SIGKILL');

    const doneFirst = await store.db.kysely
      .selectFrom('articles')
      .select(['id', 'enriched_at'])
      .where('enrichment_version', '=', ENRICHMENT_VERSION)
      .execute();
    expect(doneFirst.length).toBeGreaterThanOrEqual(12);
    expect(doneFirst.length).toBeLessThan(total);
    // Batches commit whole: never a half-written article.
    const half = await store.db.kysely
      .selectFrom('reactions')
      .innerJoin('articles', 'articles.id', 'reactions.article_id')
      .select('articles.id')
      .where('articles.enrichment_version', 'is', null)
      .execute();
    expect(half).toEqual([]);

    const second = await runCli(['reindex', '--json'], env);
    expect(second.code, second.stderr).toBe(0);
    const summary = JSON.parse(second.stdout);
    expect(summary).toMatchObject({ version: ENRICHMENT_VERSION, total: total - doneFirst.length, enriched: total - doneFirst.length, failed: 0, complete: true });

    expect(await atVersion()).toBe(total);
    // The articles the killed run finished were not done again.
    const after = await store.db.kysely.selectFrom('articles').select(['id', 'enriched_at']).where('id', 'in', doneFirst.map((r) => r.id)).execute();
    const firstAt = new Map(doneFirst.map((r) => [r.id, r.enriched_at]));
    for (const r of after) expect(r.enriched_at).toBe(firstAt.get(r.id));
    // Nothing stored twice.
    const reactions = (await store.db.kysely.selectFrom('reactions').select('id').execute()).length;
    expect(reactions).toBe(reactionsPerCopy * COPIES);
    const third = await runCli(['reindex', '--json'], env);
    expect(JSON.parse(third.stdout)).toMatchObject({ total: 0, enriched: 0 });
  }, CLI_TEST_TIMEOUT);

  it('an interrupted --all run is finished by a plain reindex', async () => {
    const run = startCli(['reindex', '--all', '--batch', '4'], env);
    const deadline = Date.now() + 60_000;
    // --all first marks everything pending, then works through it.
    let pending = 0;
    while (Date.now() < deadline) {
      pending = total - (await atVersion());
      if (pending > 0 && pending < total - 12) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    run.child.kill('SIGKILL');
    await run.done;
    const left = total - (await atVersion());
    expect(left).toBeGreaterThan(0);
    const r = await runCli(['reindex', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ enriched: left, complete: true });
    expect(await atVersion()).toBe(total);
    expect((await store.db.kysely.selectFrom('reactions').select('id').execute()).length).toBe(reactionsPerCopy * COPIES);
  }, CLI_TEST_TIMEOUT);
});
