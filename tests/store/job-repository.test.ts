import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobKind } from '../../src/domain/job.ts';
import { up as waitingJobsMigration } from '../../migrations/0017_waiting_jobs.ts';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';
import { seedBareArticles } from '../support/bare-articles.ts';

const T0 = '2026-03-01T10:00:00.000Z';
const at = (seconds: number) => new Date(new Date(T0).getTime() + seconds * 1000).toISOString();

/** Articles for the queue to hold work on. */
const seedArticles = (store: TestStore, n: number) => seedBareArticles(store, Array.from({ length: n }, () => T0));

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

  it('work enqueued behind earlier work already queued waits for it, and the earlier work ending releases it', async () => {
    const [a, b, c] = await seedArticles(store, 3);
    const done = (kind: JobKind, articleId: string, seq = 1) => ({ kind, articleId, seq, attempts: 0 });
    await enqueue([a!, b!, c!].map((articleId) => ({ kind: 'extract' as const, articleId })));
    // Extraction runs on all three; meanwhile their text changed, so enrichment and clustering are asked for again
    // (the extract handler's own step), by themselves.
    expect(await claimedIds('extract', 'w1')).toEqual([a!, b!, c!].sort());
    await enqueue([a!, b!, c!].flatMap((articleId) => [{ kind: 'enrich' as const, articleId }, { kind: 'cluster' as const, articleId }]));
    const stateOf = async (kind: JobKind, id: string) =>
      (await store.db.kysely.selectFrom('jobs').select('state').where('kind', '=', kind).where('article_id', '=', id).executeTakeFirstOrThrow()).state;
    expect(await claimedIds('enrich', 'w2')).toEqual([]);
    expect(await stateOf('enrich', a!)).toBe('waiting');
    expect(await stateOf('cluster', a!)).toBe('waiting');
    const cases: { name: string; end: () => Promise<void>; enrich: string; cluster: string }[] = [
      { name: 'completed', end: () => repos.jobs.complete([done('extract', a!)], 'w1', T0), enrich: 'pending', cluster: 'waiting' },
      {
        name: 'failed, retried later',
        end: () => repos.jobs.fail([{ job: done('extract', b!), error: 'timeout', retryAt: at(600) }], 'w1', T0),
        enrich: 'pending',
        cluster: 'waiting',
      },
      { name: 'dead', end: () => repos.jobs.fail([{ job: done('extract', c!), error: 'gone', retryAt: null }], 'w1', T0), enrich: 'pending', cluster: 'waiting' },
    ];
    for (const [i, { name, end, enrich, cluster }] of cases.entries()) {
      await end();
      const id = [a!, b!, c!][i]!;
      expect([await stateOf('enrich', id), await stateOf('cluster', id)], name).toEqual([enrich, cluster]);
    }
    expect(await claimedIds('enrich', 'w2')).toEqual([a!, b!, c!].sort());
    expect(await claimedIds('cluster', 'w2')).toEqual([]);
    await repos.jobs.complete([a!, b!, c!].map((id) => done('enrich', id)), 'w2', T0);
    expect(await claimedIds('cluster', 'w3')).toEqual([a!, b!, c!].sort());
    expect(await repos.jobs.counts()).toEqual([
      { kind: 'cluster', state: 'pending', count: 3 },
      { kind: 'extract', state: 'dead', count: 1 },
      { kind: 'extract', state: 'pending', count: 1 },
    ]);
    await store.db.kysely.deleteFrom('jobs').execute();
  });

  it('work enqueued behind a retry that is not due, or behind dead work, does not wait', async () => {
    const [a, b] = await seedArticles(store, 2);
    await enqueue([{ kind: 'extract', articleId: a!, runAfter: at(600) }]);
    await enqueue([{ kind: 'extract', articleId: b! }]);
    const [job] = await claim('extract', 'w1');
    await repos.jobs.fail([{ job: job!, error: 'gone', retryAt: null }], 'w1', T0);
    await enqueue([a!, b!].map((articleId) => ({ kind: 'enrich' as const, articleId })));
    expect(await claimedIds('enrich', 'w1')).toEqual([a!, b!].sort());
    await store.db.kysely.deleteFrom('jobs').execute();
  });

  it('an upgraded store: work queued as pending behind due earlier work becomes waiting', async () => {
    const [a, b, c] = await seedArticles(store, 3);
    const row = (kind: JobKind, articleId: string, runAfter = T0) => ({ kind, article_id: articleId, state: 'pending', seq: 1, attempts: 0, run_after: runAfter, created_at: T0, updated_at: T0 });
    await store.db.kysely
      .insertInto('jobs')
      .values([
        row('extract', a!),
        row('enrich', a!),
        row('cluster', a!),
        row('enrich', b!),
        row('cluster', b!),
        // A retry far in the future holds nothing back.
        row('extract', c!, '2999-01-01T00:00:00.000Z'),
        row('enrich', c!),
      ])
      .execute();
    await waitingJobsMigration(store.db.kysely);
    const rows = await store.db.kysely.selectFrom('jobs').select(['kind', 'article_id', 'state']).execute();
    const stateOf = (kind: JobKind, id: string) => rows.find((r) => r.kind === kind && r.article_id === id)?.state;
    const expected: [JobKind, string, string][] = [
      ['extract', a!, 'pending'],
      ['enrich', a!, 'waiting'],
      ['cluster', a!, 'waiting'],
      ['enrich', b!, 'pending'],
      ['cluster', b!, 'waiting'],
      ['extract', c!, 'pending'],
      ['enrich', c!, 'pending'],
    ];
    for (const [kind, id, state] of expected) expect(stateOf(kind, id), `${kind} ${[a, b, c].indexOf(id)}`).toBe(state);
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
