import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobKind } from '../../src/domain/job.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { drainQueue } from '../../src/work/drain-queue.ts';
import type { JobHandler } from '../../src/work/job-handler.ts';
import { createTestStore, type TestStore } from '../support/databases.ts';
import { seedBareArticles } from '../support/bare-articles.ts';

/** A promise with its resolver outside. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('draining the work queue', () => {
  let store: TestStore;
  let repos: Repositories;
  beforeAll(async () => {
    store = await createTestStore('sqlite');
    repos = createRepositories(store.db);
  });
  afterAll(async () => {
    await store?.cleanup();
  });

  const cases: { name: string; slow: number; articles: number; window: number }[] = [
    { name: 'one page that waits, among many', slow: 1, articles: 12, window: 4 },
    { name: 'as many waiting pages as the window less one', slow: 3, articles: 10, window: 4 },
  ];
  it.each(cases)('extraction: $name holds only its own slots; the rest, enrichment and clustering go on', async ({ slow, articles, window }) => {
    const ids = await seedBareArticles(store, Array.from({ length: articles }, () => new Date().toISOString()));
    const now = new Date().toISOString();
    await store.db.kysely.transaction().execute((trx) =>
      repos.jobs.enqueue(
        trx,
        ids.flatMap((articleId) => (['extract', 'enrich', 'cluster'] as const).map((kind) => ({ kind, articleId }))),
        now,
      ),
    );
    const slowIds = new Set(ids.slice(0, slow));
    const held = gate();
    const done: { kind: JobKind; id: string }[] = [];
    const record = (kind: JobKind): JobHandler => async (batch) => {
      await Promise.all(batch.map(async (id) => (slowIds.has(id) ? held.opened : undefined)));
      for (const id of batch) done.push({ kind, id });
      return { failed: [] };
    };
    // The held pages are released once everything else is done (or after a while, and the test then fails).
    const everythingElse = (articles - slow) * 3;
    const watch = setInterval(() => done.length >= everythingElse && held.open(), 5);
    const timeout = setTimeout(() => held.open(), 3000);
    const summary = await drainQueue(
      { repos, logger: silentLogger, owner: 'w1', leaseSeconds: 60, maxAttempts: 3, backoffSeconds: 1, batchSize: { extract: window, enrich: 50, cluster: 50 } },
      { extract: record('extract'), enrich: record('enrich'), cluster: record('cluster') },
    );
    clearInterval(watch);
    clearTimeout(timeout);
    const before = done.slice(0, everythingElse);
    expect(before.some((d) => slowIds.has(d.id)), 'work of a held page done before it was released').toBe(false);
    expect(new Set(before.map((d) => `${d.kind} ${d.id}`)).size).toBe(everythingElse);
    expect(summary.done).toEqual({ extract: articles, enrich: articles, cluster: articles });
    // Each article's work in its order.
    for (const id of ids) expect(done.filter((d) => d.id === id).map((d) => d.kind)).toEqual(['extract', 'enrich', 'cluster']);
    expect(await repos.jobs.counts()).toEqual([]);
  });
});
