/**
 * Story locks are waited for only upwards (src/cluster/story-locks.ts): a writer that needs a story whose key is
 * below one it holds, while another writer holds it, gives up with a `conflict` instead of waiting (two writers each
 * waiting for the other is a deadlock); its retry takes what it learnt first, in key order, and waits its turn.
 * PostgreSQL, where writers run at once (SQLite writers exclude each other, and every lock is granted).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoryLocks, storyLockKey } from '../../src/cluster/story-locks.ts';
import { isAppError } from '../../src/domain/errors.ts';
import { createTestStore, pgAvailable, type TestStore } from '../support/databases.ts';

/** Two ids whose lock keys are in this order. */
function lowHigh(): [string, string] {
  const ids = ['story-a', 'story-b', 'story-c'].sort((x, y) => storyLockKey(x) - storyLockKey(y));
  return [ids[0]!, ids.at(-1)!];
}

/** A writer that takes these locks, then holds them until released. */
function holder(store: TestStore, ids: string[]): { held: Promise<void>; release: () => Promise<void> } {
  let held!: () => void;
  let release!: () => void;
  const heldP = new Promise<void>((r) => (held = r));
  const released = new Promise<void>((r) => (release = r));
  const done = store.db.kysely.transaction().execute(async (trx) => {
    await new StoryLocks(store.db.dialect, trx).take(ids);
    held();
    await released;
  });
  return {
    held: heldP,
    release: async () => {
      release();
      await done;
    },
  };
}

describe.skipIf(!pgAvailable)('story locks on postgres', () => {
  let store: TestStore;
  const [low, high] = lowHigh();

  beforeAll(async () => {
    store = await createTestStore('postgres');
  });
  afterAll(async () => {
    await store?.cleanup();
  });

  it('takes keys in key order, whatever order they are asked in, and remembers what it was asked', async () => {
    await store.db.kysely.transaction().execute(async (trx) => {
      const locks = new StoryLocks(store.db.dialect, trx);
      expect(await locks.take([high, low])).toBe(true);
      expect(await locks.take([low])).toBe(false);
      expect([...locks.learnt].sort()).toEqual([high, low].sort());
    });
  });

  it.each([
    { case: 'a key below one held, held by another writer: conflict, no wait', first: [high], then: [low], other: [low], conflict: true },
    { case: 'a key above every one held: granted once free', first: [low], then: [high], other: [], conflict: false },
    { case: 'a key below one held, free: granted at once', first: [high], then: [low], other: [], conflict: false },
  ])('$case', async ({ first, then, other, conflict }) => {
    const h = other.length ? holder(store, other) : null;
    await h?.held;
    let code: string | null = null;
    await store.db.kysely.transaction().execute(async (trx) => {
      const locks = new StoryLocks(store.db.dialect, trx);
      await locks.take(first);
      try {
        await locks.take(then);
      } catch (e) {
        code = isAppError(e) ? e.code : 'other';
      }
      expect([...locks.learnt].sort()).toEqual([...first, ...then].sort());
    });
    await h?.release();
    expect(code).toBe(conflict ? 'conflict' : null);
  });

  it('a retry that takes what it learnt first, in key order, waits for the other writer and then holds both', async () => {
    const h = holder(store, [low]);
    await h.held;
    const learnt = await store.db.kysely.transaction().execute(async (trx) => {
      const locks = new StoryLocks(store.db.dialect, trx);
      await locks.take([high]);
      await expect(locks.take([low])).rejects.toMatchObject({ code: 'conflict' });
      return [...locks.learnt];
    });
    const retry = store.db.kysely.transaction().execute(async (trx) => {
      const locks = new StoryLocks(store.db.dialect, trx);
      await locks.take(learnt);
      return [...locks.learnt].sort();
    });
    await h.release();
    expect(await retry).toEqual([high, low].sort());
  });
});

describe('story locks on sqlite', () => {
  it('grants every key and never asks for a read again: writers exclude each other for their whole transaction', async () => {
    const store = await createTestStore('sqlite');
    try {
      const [low, high] = lowHigh();
      await store.db.kysely.transaction().execute(async (trx) => {
        const locks = new StoryLocks(store.db.dialect, trx);
        expect(await locks.take([high])).toBe(false);
        expect(await locks.take([low, high])).toBe(false);
        expect([...locks.learnt].sort()).toEqual([high, low].sort());
      });
    } finally {
      await store.cleanup();
    }
  });
});
