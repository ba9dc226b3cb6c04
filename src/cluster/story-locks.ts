import { AppError } from '../domain/errors.ts';
import type { StoreDialect } from '../store/dialect.ts';
import type { Executor } from '../store/executor.ts';

/** The lock key (31 bits) of a story id, or of an unplaced article's id (the story it would found). */
export function storyLockKey(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 0x7fffffff;
}

/**
 * The story locks one clustering transaction holds, until it ends. A writer learns which stories it needs by reading,
 * step by step, so it cannot take them all at once in one order. It waits only for a key above every key it holds;
 * a key below one it holds is only tried, and when another writer has it the attempt gives up (a `conflict` error)
 * and is retried with everything it had learnt taken first, in key order. A wait then never closes a cycle: a
 * writer waits only upwards, so no two writers each wait for the other, and no deadlock has to be detected.
 */
export class StoryLocks {
  private readonly held = new Set<string>();
  private readonly asked = new Set<string>();
  private highest = -1;

  constructor(
    private readonly dialect: StoreDialect,
    private readonly ex: Executor,
  ) {}

  /** Every id asked for so far, the one given up on included: what a retry takes first. */
  get learnt(): ReadonlySet<string> {
    return this.asked;
  }

  /**
   * Locks these ids not held yet, in key order. True when a lock was taken that another writer may have held, so what
   * was read before it may have changed: false when every one was held already, or where writers exclude each other
   * for their whole transaction (SQLite) and nothing read can have changed.
   */
  async take(ids: Iterable<string>): Promise<boolean> {
    const fresh = [...new Set(ids)].filter((id) => !this.held.has(id)).map((id) => ({ id, key: storyLockKey(id) }));
    if (this.dialect.writersExclusive) {
      for (const { id } of fresh) {
        this.asked.add(id);
        this.held.add(id);
      }
      return false;
    }
    fresh.sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : 1));
    for (const { id } of fresh) this.asked.add(id);
    for (const { id, key } of fresh) {
      if (key >= this.highest) await this.dialect.lockKey(this.ex, key);
      else if (!(await this.dialect.tryLockKey(this.ex, key))) {
        throw new AppError('conflict', 'a story lock below one held is taken by another writer', { details: { storyId: id } });
      }
      this.held.add(id);
      this.highest = Math.max(this.highest, key);
    }
    return fresh.length > 0;
  }
}
