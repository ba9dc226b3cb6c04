/**
 * Global and per-host concurrency limits for feed fetches.
 *
 * Waiting tasks are kept in one queue per host, each task stamped with an arrival number. When a slot frees, the
 * oldest waiting task *whose host has a free slot* starts: FIFO across hosts, and a backlog for one busy host never
 * holds back tasks for idle hosts (no head-of-line blocking). Within a host, tasks start in arrival order.
 */

interface Waiting {
  seq: number;
  start: () => void;
}

export interface FetchLimiterOptions {
  /** Most tasks running at once, all hosts together. */
  global: number;
  /** Most tasks running at once for one host. */
  perHost: number;
}

export class FetchLimiter {
  readonly #global: number;
  readonly #perHost: number;
  #active = 0;
  #queued = 0;
  #seq = 0;
  readonly #activeByHost = new Map<string, number>();
  /** Only hosts with at least one waiting task have an entry. */
  readonly #waitingByHost = new Map<string, Waiting[]>();

  constructor(opts: FetchLimiterOptions) {
    this.#global = positiveInt(opts.global, 'global');
    this.#perHost = positiveInt(opts.perHost, 'perHost');
  }

  /** Tasks running now. */
  get active(): number {
    return this.#active;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.#queued;
  }

  /**
   * Runs `task` once a global slot and a slot for `host` are free (host names compare case-insensitively).
   * Settles as the task does; the slots are released however it ends, a synchronous throw included.
   */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const key = host.toLowerCase();
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.#active++;
        this.#activeByHost.set(key, (this.#activeByHost.get(key) ?? 0) + 1);
        let settled: Promise<T>;
        try {
          settled = Promise.resolve(task());
        } catch (error) {
          settled = Promise.reject(error);
        }
        // Release before settling, so a caller resuming after `await run(...)` already sees the slot free.
        settled.then(
          (value) => {
            this.#release(key);
            resolve(value);
          },
          (error: unknown) => {
            this.#release(key);
            reject(error);
          },
        );
      };

      if (this.#canStart(key)) {
        start();
        return;
      }
      const queue = this.#waitingByHost.get(key) ?? [];
      if (queue.length === 0) this.#waitingByHost.set(key, queue);
      queue.push({ seq: this.#seq++, start });
      this.#queued++;
    });
  }

  #canStart(host: string): boolean {
    return this.#active < this.#global && (this.#activeByHost.get(host) ?? 0) < this.#perHost;
  }

  #release(host: string): void {
    this.#active--;
    const left = (this.#activeByHost.get(host) ?? 1) - 1;
    if (left === 0) this.#activeByHost.delete(host);
    else this.#activeByHost.set(host, left);
    this.#dispatch();
  }

  /** Start the oldest startable waiting tasks until the global limit is reached or none can start. */
  #dispatch(): void {
    while (this.#active < this.#global) {
      const next = this.#oldestStartable();
      if (next === null) return;
      const [host, queue] = next;
      const waiting = queue.shift() as Waiting;
      if (queue.length === 0) this.#waitingByHost.delete(host);
      this.#queued--;
      waiting.start();
    }
  }

  /** Cost is linear in the number of hosts with waiting tasks, not in the number of waiting tasks. */
  #oldestStartable(): [string, Waiting[]] | null {
    let best: [string, Waiting[]] | null = null;
    for (const [host, queue] of this.#waitingByHost) {
      const head = queue[0];
      if (head === undefined || (this.#activeByHost.get(host) ?? 0) >= this.#perHost) continue;
      if (best === null || head.seq < (best[1][0] as Waiting).seq) best = [host, queue];
    }
    return best;
  }
}

function positiveInt(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`FetchLimiter: ${name} must be a positive integer, got ${value}`);
  return value;
}
