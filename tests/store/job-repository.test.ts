import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import type { JobKind } from '../../src/domain/job.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

const T0 = '2026-03-01T10:00:00.000Z';
const at = (seconds: number) => new Date(new Date(T0).getTime() + seconds * 1000).toISOString();

/** Articles straight into the table: the queue only needs them to exist. */
async function seedArticles(store: TestStore, n: number): Promise<string[]> {
  const sourceId = (await createRepositories(store.db).sources.ensure({ name: `S ${newId()}`, language: 'en' }, T0)).id;
  const ids = Array.from({ length: n }, () => newId());
  await store.db.kysely
    .insertInto('articles')
    .values(
      ids.map((id, i) => ({
        id,
        source_id: sourceId,
        dedup_key: `guid:${id}`,
        guid: id,
        url: `https://example.test/a/${id}`,
        canonical_url: `https://example.test/a/${id}`,
        title: `Article ${i}`,
        content_html: null,
        text: `Text of article ${i}.`,
        excerpt: `Text of article ${i}.`,
        authors: '[]',
        categories: '[]',
        image_url: null,
        enclosures: '[]',
        language: 'en',
        published_at: T0,
        published_at_estimated: 0,
        updated_at: null,
        fetched_at: T0,
        changed_at: T0,
        content_hash: `h-${id}`,
      })),
    )
    .execute();
  return ids;
}

describe.each(dialects)('work queue store on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;
  const enqueue = (jobs: { kind: JobKind; articleId: string; runAfter?: string }[], now = T0) =>
    store.db.kysely.transaction().execute((trx) => repos.jobs.enqueue(trx, jobs, now));
  const claim = (kind: JobKind, owner: string, now = T0, limit = 100) => repos.jobs.claim({ kind, owner, now, leaseSeconds: 60, limit });
  const claimedIds = async (kind: JobKind, owner: string, now = T0) => (await claim(kind, owner, now)).map((j) => j.articleId).sort();

  beforeAll(async () => {
    store = await createTestStore(dialect);
    repos = createRepositories(store.db);
  });
  afterAll(async () => {
    await store?.cleanup();
  });

  it('holds back later kinds of work on an article while an earlier kind is due', async () => {
    const [a, b, c] = await seedArticles(store, 3);
    await enqueue([
      { kind: 'extract', articleId: a! },
      { kind: 'enrich', articleId: a! },
      { kind: 'cluster', articleId: a! },
      { kind: 'enrich', articleId: b! },
      { kind: 'cluster', articleId: b! },
      // An extraction retry waiting for its time does not hold back the article's other work.
      { kind: 'extract', articleId: c!, runAfter: at(3600) },
      { kind: 'enrich', articleId: c! },
    ]);
    const cases: { kind: JobKind; expected: string[] }[] = [
      { kind: 'cluster', expected: [] },
      { kind: 'enrich', expected: [b!, c!].sort() },
      { kind: 'extract', expected: [a!] },
    ];
    for (const { kind, expected } of cases) expect(await claimedIds(kind, 'w1'), kind).toEqual(expected);
    // Leased work still holds back what follows it; completed work releases it.
    expect(await claimedIds('enrich', 'w2')).toEqual([]);
    await repos.jobs.complete([{ kind: 'extract', articleId: a!, seq: 1, attempts: 0 }], 'w1', T0);
    expect(await claimedIds('enrich', 'w2')).toEqual([a!]);
    expect(await claimedIds('cluster', 'w2')).toEqual([]);
    await repos.jobs.complete(
      [b!, c!].map((articleId) => ({ kind: 'enrich' as const, articleId, seq: 1, attempts: 0 })),
      'w1',
      T0,
    );
    expect(await claimedIds('cluster', 'w3')).toEqual([b!]);
    await store.db.kysely.deleteFrom('jobs').execute();
  });

  it('leases: another worker cannot claim or complete a held job, and takes it when the lease ends', async () => {
    const [a] = await seedArticles(store, 1);
    await enqueue([{ kind: 'enrich', articleId: a! }]);
    const [job] = await claim('enrich', 'w1');
    expect(job).toMatchObject({ articleId: a, seq: 1, attempts: 0 });
    expect(await claimedIds('enrich', 'w2', at(30))).toEqual([]);
    await repos.jobs.complete([job!], 'w2', at(30));
    expect(await repos.jobs.renew([job!], 'w2', at(600))).toBe(0);
    // w1 renews to 90 s after T0 + 30 s; at 70 s (past the first lease) the job is still w1's.
    expect(await repos.jobs.renew([job!], 'w1', at(90))).toBe(1);
    expect(await claimedIds('enrich', 'w2', at(70))).toEqual([]);
    expect(await claimedIds('enrich', 'w2', at(91))).toEqual([a!]);
    // w1 lost its lease: its completion no longer counts.
    await repos.jobs.complete([job!], 'w1', at(92));
    expect(await repos.jobs.counts()).toEqual([{ kind: 'enrich', state: 'pending', count: 1 }]);
    await store.db.kysely.deleteFrom('jobs').execute();
  });

  it('work enqueued again while it runs survives the completion of the older request', async () => {
    const [a] = await seedArticles(store, 1);
    await enqueue([{ kind: 'cluster', articleId: a! }]);
    const [job] = await claim('cluster', 'w1');
    await enqueue([{ kind: 'cluster', articleId: a! }], at(5));
    await repos.jobs.complete([job!], 'w1', at(10));
    const [again] = await claim('cluster', 'w2', at(10));
    expect(again).toMatchObject({ articleId: a, seq: 2 });
    await repos.jobs.complete([again!], 'w2', at(11));
    expect(await repos.jobs.counts()).toEqual([]);
  });

  it('failures wait for their retry time, then are dead and hold nothing back', async () => {
    const [a] = await seedArticles(store, 1);
    await enqueue([
      { kind: 'enrich', articleId: a! },
      { kind: 'cluster', articleId: a! },
    ]);
    const [job] = await claim('enrich', 'w1');
    await repos.jobs.fail([{ job: job!, error: 'boom', retryAt: at(60) }], 'w1', T0);
    expect(await claimedIds('enrich', 'w1', at(59))).toEqual([]);
    // The retry is not due: clustering goes ahead on what the article has.
    expect(await claimedIds('cluster', 'w1', at(59))).toEqual([a!]);
    const [retry] = await claim('enrich', 'w1', at(60));
    expect(retry).toMatchObject({ attempts: 1 });
    await repos.jobs.fail([{ job: retry!, error: 'boom again', retryAt: null }], 'w1', at(60));
    expect(await claimedIds('enrich', 'w1', at(99_999))).toEqual([]);
    const dead = await store.db.kysely.selectFrom('jobs').selectAll().where('kind', '=', 'enrich').executeTakeFirstOrThrow();
    expect(dead).toMatchObject({ state: 'dead', attempts: 2, last_error: 'boom again', lease_owner: null });
    await store.db.kysely.deleteFrom('jobs').execute();
  });

  it('concurrent claims never hand one job to two workers', async () => {
    const ids = await seedArticles(store, 60);
    await enqueue(ids.map((articleId) => ({ kind: 'enrich' as const, articleId })));
    const results = await Promise.all(['w1', 'w2', 'w3', 'w4'].map((w) => claim('enrich', w, T0, 20)));
    // A worker may come away with fewer than it asked for (rows locked by others are skipped); whatever is left is
    // there for the next claim.
    const all = [...results.flat(), ...(await claim('enrich', 'w5', T0, 100))].map((j) => j.articleId);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual([...ids].sort());
    await store.db.kysely.deleteFrom('jobs').execute();
  });
});
