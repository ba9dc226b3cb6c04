import { describe, expect, it } from 'vitest';
import { FetchLimiter } from '../../src/scheduler/limiter.ts';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}
function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Let every pending promise reaction run. */
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Submits tasks whose completion the test controls, and records which started, in what order, and the highest
 * concurrency seen overall and per host.
 */
class Harness {
  readonly started: string[] = [];
  readonly gates = new Map<string, Deferred<string>>();
  readonly results = new Map<string, Promise<string>>();
  running = 0;
  maxRunning = 0;
  readonly runningByHost = new Map<string, number>();
  readonly maxByHost = new Map<string, number>();

  constructor(readonly limiter: FetchLimiter) {}

  submit(id: string, host: string): void {
    const gate = deferred<string>();
    this.gates.set(id, gate);
    const result = this.limiter.run(host, async () => {
      this.started.push(id);
      this.running++;
      this.maxRunning = Math.max(this.maxRunning, this.running);
      const onHost = (this.runningByHost.get(host) ?? 0) + 1;
      this.runningByHost.set(host, onHost);
      this.maxByHost.set(host, Math.max(this.maxByHost.get(host) ?? 0, onHost));
      try {
        return await gate.promise;
      } finally {
        this.running--;
        this.runningByHost.set(host, (this.runningByHost.get(host) ?? 1) - 1);
      }
    });
    result.catch(() => {}); // observed by the tests that care
    this.results.set(id, result);
  }

  readonly #done = new Set<string>();

  /** Ids of tasks that started and were not completed yet. */
  runningIds(): string[] {
    return this.started.filter((id) => !this.#done.has(id));
  }

  /** Lets task `id` finish, then lets the limiter start whatever comes next. */
  async complete(id: string): Promise<void> {
    this.#done.add(id);
    this.gates.get(id)?.resolve(`done:${id}`);
    await flush();
  }
}

describe('FetchLimiter', () => {
  it.each([
    { global: 0, perHost: 1 },
    { global: 2, perHost: 0 },
    { global: 1.5, perHost: 1 },
    { global: Number.NaN, perHost: 1 },
  ])('rejects invalid limits %o', (opts) => {
    expect(() => new FetchLimiter(opts)).toThrow(RangeError);
  });

  it('passes the task result through and releases the slot before the caller resumes', async () => {
    const limiter = new FetchLimiter({ global: 1, perHost: 1 });
    const value = await limiter.run('a.example', async () => 42);
    expect(value).toBe(42);
    expect(limiter.active).toBe(0);
    expect(limiter.queued).toBe(0);
  });

  it('counts active and queued tasks', async () => {
    const h = new Harness(new FetchLimiter({ global: 3, perHost: 2 }));
    for (const [id, host] of [['a1', 'a'], ['a2', 'a'], ['a3', 'a'], ['b1', 'b'], ['c1', 'c']] as const) h.submit(id, host);
    await flush();
    expect(h.limiter.active).toBe(3);
    expect(h.limiter.queued).toBe(2);
    expect(h.started).toEqual(['a1', 'a2', 'b1']);
    await h.complete('a1');
    // a3 came before c1, and host a now has a free slot: FIFO says a3.
    expect(h.started).toEqual(['a1', 'a2', 'b1', 'a3']);
    expect(h.limiter.active).toBe(3);
    expect(h.limiter.queued).toBe(1);
  });

  it('never runs more than `perHost` tasks for one host', async () => {
    const h = new Harness(new FetchLimiter({ global: 5, perHost: 2 }));
    for (let i = 0; i < 10; i++) h.submit(`t${i}`, 'one.example');
    await flush();
    expect(h.limiter.active).toBe(2);
    expect(h.limiter.queued).toBe(8);
    for (let i = 0; i < 10; i++) await h.complete(`t${i}`);
    expect(h.maxByHost.get('one.example')).toBe(2);
    // Within one host, tasks start in arrival order.
    expect(h.started).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`));
    expect(h.limiter.active).toBe(0);
  });

  it('treats host names case-insensitively', async () => {
    const h = new Harness(new FetchLimiter({ global: 5, perHost: 1 }));
    h.submit('x', 'News.Example');
    h.submit('y', 'news.example');
    await flush();
    expect(h.started).toEqual(['x']);
    await h.complete('x');
    expect(h.started).toEqual(['x', 'y']);
  });

  it('never runs more than `global` tasks, and every task completes', async () => {
    const h = new Harness(new FetchLimiter({ global: 3, perHost: 2 }));
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const id = `t${i}`;
      ids.push(id);
      h.submit(id, `host${i % 7}.example`);
    }
    await flush();
    // Finish the running tasks in a scrambled order, checking the limits at every step.
    let step = 0;
    while (h.runningIds().length > 0) {
      const running = h.runningIds();
      expect(running.length).toBeLessThanOrEqual(3);
      expect(h.limiter.active).toBe(running.length);
      await h.complete(running[step++ % running.length] as string);
    }
    expect(h.maxRunning).toBe(3);
    for (const max of h.maxByHost.values()) expect(max).toBeLessThanOrEqual(2);
    expect(new Set(h.started)).toEqual(new Set(ids));
    const results = await Promise.all(ids.map((id) => h.results.get(id)));
    expect(results).toEqual(ids.map((id) => `done:${id}`));
    expect(h.limiter.active).toBe(0);
    expect(h.limiter.queued).toBe(0);
  });

  it('has no head-of-line blocking: a backlog for a busy host does not hold back an idle host', async () => {
    const h = new Harness(new FetchLimiter({ global: 4, perHost: 1 }));
    h.submit('a1', 'a');
    h.submit('a2', 'a');
    h.submit('a3', 'a');
    h.submit('b1', 'b');
    await flush();
    // b1 arrived after two queued tasks for a, yet starts at once.
    expect(h.started).toEqual(['a1', 'b1']);
    expect(h.limiter.queued).toBe(2);
  });

  it('has no head-of-line blocking when a global slot frees: the oldest startable task wins', async () => {
    const h = new Harness(new FetchLimiter({ global: 2, perHost: 1 }));
    h.submit('a1', 'a');
    h.submit('b1', 'b');
    h.submit('a2', 'a'); // waits: host a busy (and no global slot)
    h.submit('c1', 'c'); // waits: no global slot
    await flush();
    expect(h.started).toEqual(['a1', 'b1']);
    await h.complete('b1');
    // a2 is older but its host is still busy; c1 must not wait behind it.
    expect(h.started).toEqual(['a1', 'b1', 'c1']);
    await h.complete('a1');
    expect(h.started).toEqual(['a1', 'b1', 'c1', 'a2']);
  });

  it('is FIFO across hosts when slots free one at a time', async () => {
    const h = new Harness(new FetchLimiter({ global: 1, perHost: 1 }));
    const order = [['a1', 'a'], ['b1', 'b'], ['c1', 'c'], ['a2', 'a'], ['d1', 'd'], ['b2', 'b']] as const;
    for (const [id, host] of order) h.submit(id, host);
    for (const [id] of order) {
      await flush();
      await h.complete(id);
    }
    expect(h.started).toEqual(order.map(([id]) => id));
  });

  it('propagates a rejection and releases the slot', async () => {
    const limiter = new FetchLimiter({ global: 1, perHost: 1 });
    const gate = deferred();
    const failing = limiter.run('a', () => gate.promise.then(() => Promise.reject(new Error('boom'))));
    const next = limiter.run('a', async () => 'next');
    expect(limiter.queued).toBe(1);
    gate.resolve();
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
    expect(limiter.active).toBe(0);
  });

  it('propagates a synchronous throw and releases the slot', async () => {
    const limiter = new FetchLimiter({ global: 1, perHost: 1 });
    const error = new TypeError('sync');
    const failing = limiter.run('a', () => {
      throw error;
    });
    const next = limiter.run('b', async () => 'next');
    await expect(failing).rejects.toBe(error);
    await expect(next).resolves.toBe('next');
    expect(limiter.active).toBe(0);
    expect(limiter.queued).toBe(0);
  });

  it('completes a large mixed workload within the limits', async () => {
    const limiter = new FetchLimiter({ global: 4, perHost: 2 });
    let running = 0;
    let max = 0;
    const byHost = new Map<string, number>();
    let maxPerHost = 0;
    const tasks = Array.from({ length: 300 }, (_, i) => {
      const host = `h${i % 3}`; // 3 hosts x perHost 2 > global 4: both limits bind
      return limiter.run(host, async () => {
        running++;
        byHost.set(host, (byHost.get(host) ?? 0) + 1);
        max = Math.max(max, running);
        maxPerHost = Math.max(maxPerHost, byHost.get(host) as number);
        for (let k = 0; k < (i % 5) + 1; k++) await Promise.resolve();
        running--;
        byHost.set(host, (byHost.get(host) as number) - 1);
        if (i % 13 === 0) throw new Error(`task ${i}`);
        return i;
      });
    });
    const settled = await Promise.allSettled(tasks);
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(Math.ceil(300 / 13));
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled') expect(s.value).toBe(i);
    });
    expect(max).toBe(4);
    expect(maxPerHost).toBe(2);
    expect(limiter.active).toBe(0);
    expect(limiter.queued).toBe(0);
  });
});
