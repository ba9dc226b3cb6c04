import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from '../../src/store/repositories/index.ts';
import { createTestStore, dialects, type TestStore } from '../support/databases.ts';

const T0 = '2026-11-27T12:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

describe.each(dialects)('feed repository on %s', (dialect) => {
  let store: TestStore;
  let repos: Repositories;
  let sourceId: string;

  beforeAll(async () => {
    store = await createTestStore(dialect);
    repos = createRepositories(store.db);
  });
  afterAll(async () => store?.cleanup());
  beforeEach(async () => {
    await store.db.kysely.deleteFrom('feeds').execute();
    await store.db.kysely.deleteFrom('sources').execute();
    sourceId = (await repos.sources.ensure({ name: 'Desk' }, T0)).id;
  });

  const feed = (n: number) => repos.feeds.create({ sourceId, url: `https://desk.example/${n}.xml`, intervalSeconds: 3600 }, T0);

  it('claims due feeds once; a live lease hides a feed from other workers; an expired one does not', async () => {
    for (let n = 0; n < 5; n++) await feed(n);
    const a = await repos.feeds.claimDue({ owner: 'a', now: at(0), leaseSeconds: 60, limit: 3 });
    const b = await repos.feeds.claimDue({ owner: 'b', now: at(1), leaseSeconds: 60, limit: 10 });
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(2);
    expect(new Set([...a, ...b].map((f) => f.id)).size).toBe(5);
    expect(await repos.feeds.claimDue({ owner: 'c', now: at(2), leaseSeconds: 60, limit: 10 })).toHaveLength(0);
    // Worker a dies; after its lease expires c gets its feeds.
    const c = await repos.feeds.claimDue({ owner: 'c', now: at(61), leaseSeconds: 60, limit: 10 });
    expect(c.map((f) => f.id).sort()).toEqual([...a, ...b].map((f) => f.id).sort());
  });

  it('does not claim disabled feeds or feeds not yet due', async () => {
    const f1 = await feed(1);
    const f2 = await feed(2);
    await repos.feeds.setEnabled(f1.id, false, T0, 'test');
    await repos.feeds.applyFetch(
      f2.id,
      { intervalSeconds: 600, nextFetchAt: at(600), nextFetchReason: 'interval', errorCount: 0, lastError: null, lastFetchedAt: T0 },
      T0,
    );
    expect(await repos.feeds.claimDue({ owner: 'a', now: at(10), leaseSeconds: 60, limit: 10 })).toHaveLength(0);
    const later = await repos.feeds.claimDue({ owner: 'a', now: at(600), leaseSeconds: 60, limit: 10 });
    expect(later.map((f) => f.id)).toEqual([f2.id]);
  });

  it('claims by id regardless of due time but respects leases; applyFetch releases the lease', async () => {
    const f1 = await feed(1);
    const f2 = await feed(2);
    await repos.feeds.claimByIds([f1.id], { owner: 'a', now: at(0), leaseSeconds: 60 });
    const b = await repos.feeds.claimByIds([f1.id, f2.id], { owner: 'b', now: at(1), leaseSeconds: 60 });
    expect(b.map((f) => f.id)).toEqual([f2.id]);
    await repos.feeds.applyFetch(
      f1.id,
      { intervalSeconds: 600, nextFetchAt: at(600), nextFetchReason: 'interval', errorCount: 0, lastError: null, lastFetchedAt: at(1) },
      at(1),
    );
    expect((await repos.feeds.claimByIds([f1.id], { owner: 'c', now: at(2), leaseSeconds: 60 })).map((f) => f.id)).toEqual([f1.id]);
  });

  it('renews and releases only the owner\'s lease', async () => {
    const f1 = await feed(1);
    await repos.feeds.claimDue({ owner: 'a', now: at(0), leaseSeconds: 60, limit: 1 });
    // b cannot renew a's lease; a can, so c finds nothing after the first term.
    expect(await repos.feeds.renewLeases([f1.id], 'b', at(50), 60)).toBe(0);
    expect(await repos.feeds.renewLeases([f1.id], 'a', at(50), 60)).toBe(1);
    expect(await repos.feeds.claimDue({ owner: 'c', now: at(70), leaseSeconds: 60, limit: 1 })).toHaveLength(0);
    // a's lease runs out and c takes the feed; a's late write keeps c's lease.
    expect(await repos.feeds.claimDue({ owner: 'c', now: at(111), leaseSeconds: 60, limit: 1 })).toHaveLength(1);
    const fetched = { intervalSeconds: 600, nextFetchAt: at(0), nextFetchReason: 'interval', errorCount: 0, lastError: null, lastFetchedAt: at(112) };
    await repos.feeds.applyFetch(f1.id, fetched, at(112), store.db.kysely, 'a');
    const row = () => store.db.kysely.selectFrom('feeds').select(['lease_owner', 'lease_expires_at']).where('id', '=', f1.id).executeTakeFirstOrThrow();
    expect(await row()).toEqual({ lease_owner: 'c', lease_expires_at: at(171) });
    await repos.feeds.applyFetch(f1.id, fetched, at(113), store.db.kysely, 'c');
    expect(await row()).toEqual({ lease_owner: null, lease_expires_at: null });
  });

  it('keeps the last error after recovery but resets the error count', async () => {
    const f = await feed(1);
    await repos.feeds.applyFetch(
      f.id,
      { intervalSeconds: 3600, nextFetchAt: at(300), nextFetchReason: 'backoff', errorCount: 1, lastError: { code: 'dns', message: 'no such host', at: T0 }, lastFetchedAt: T0 },
      T0,
    );
    expect((await repos.feeds.getById(f.id))!.health).toMatchObject({ errorCount: 1, lastError: { code: 'dns', message: 'no such host' } });
    await repos.feeds.applyFetch(
      f.id,
      { intervalSeconds: 3600, nextFetchAt: at(4000), nextFetchReason: 'interval', errorCount: 0, lastError: null, lastFetchedAt: at(300), lastSuccessAt: at(300) },
      at(300),
    );
    const h = (await repos.feeds.getById(f.id))!.health;
    expect(h.errorCount).toBe(0);
    expect(h.lastError?.code).toBe('dns');
    expect(h.lastSuccessAt).toBe(at(300));
  });

  it('refuses a duplicate URL with a conflict error and finds feeds by their moved URL', async () => {
    const f = await feed(1);
    await expect(feed(1)).rejects.toMatchObject({ code: 'conflict' });
    await repos.feeds.applyFetch(
      f.id,
      { effectiveUrl: 'https://new.example/feed', intervalSeconds: 3600, nextFetchAt: at(3600), nextFetchReason: 'interval', errorCount: 0, lastError: null, lastFetchedAt: T0 },
      T0,
    );
    expect((await repos.feeds.getByUrl('https://new.example/feed'))?.id).toBe(f.id);
  });
});
