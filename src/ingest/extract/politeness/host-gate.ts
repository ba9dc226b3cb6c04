/**
 * Politeness per host: at most `perHost` requests in flight to one host, and successive requests to one host start
 * at least `minDelayMs` apart (a robots.txt Crawl-delay may ask for more). Waiters are served in arrival order.
 * Other hosts are never held up by a slow one.
 */

export interface HostGateOptions {
  perHost: number;
  minDelayMs: number;
  /** Injectable for tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface HostState {
  active: number;
  nextStartAt: number;
  waiting: (() => void)[];
  /** A host-specific delay (Crawl-delay), when larger than the default. */
  delayMs: number;
}

/** Thrown by `run` when the host would make the caller wait longer than it allowed; nothing was reserved. */
export class HostBusy extends Error {
  constructor(
    readonly host: string,
    readonly waitMs: number,
  ) {
    super(`${host} is busy for ${waitMs} ms`);
    this.name = 'HostBusy';
  }
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class HostGate {
  private readonly hosts = new Map<string, HostState>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HostGateOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Raises the spacing for one host (e.g. from its robots.txt Crawl-delay); never lowers it below the default. */
  setHostDelay(host: string, delayMs: number): void {
    const state = this.stateOf(host);
    state.delayMs = Math.max(this.options.minDelayMs, delayMs);
  }

  /**
   * Runs `task` when the host has a free slot and its spacing has passed. With `maxWaitMs`, a host busier than that
   * throws HostBusy at once instead (checked and reserved in one step, so concurrent callers see each other).
   */
  async run<T>(host: string, task: () => Promise<T>, opts: { maxWaitMs?: number } = {}): Promise<T> {
    if (opts.maxWaitMs !== undefined) {
      const wait = this.expectedWaitMs(host);
      if (wait > opts.maxWaitMs) throw new HostBusy(host, wait);
    }
    const state = this.stateOf(host);
    await this.acquire(state);
    try {
      return await task();
    } finally {
      this.release(host, state);
    }
  }

  /**
   * How long a request to `host` asked for now would wait before starting: the spacing still to run plus one spacing
   * for each request already waiting (a lower bound when a request in flight holds the last slot for longer).
   */
  expectedWaitMs(host: string): number {
    const state = this.hosts.get(host);
    if (!state) return 0;
    return Math.max(0, state.nextStartAt - this.now()) + state.waiting.length * state.delayMs;
  }

  /** Hosts with work in flight or waiting (for tests and metrics). */
  busyHosts(): number {
    return this.hosts.size;
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStartAt: 0, waiting: [], delayMs: this.options.minDelayMs };
      this.hosts.set(host, state);
    }
    return state;
  }

  private async acquire(state: HostState): Promise<void> {
    if (state.active >= this.options.perHost || state.waiting.length > 0) {
      await new Promise<void>((resolve) => state.waiting.push(resolve));
    }
    state.active++;
    // Reserve this start time before sleeping, so concurrent starters line up behind it.
    const startAt = Math.max(this.now(), state.nextStartAt);
    state.nextStartAt = startAt + state.delayMs;
    const wait = startAt - this.now();
    if (wait > 0) await this.sleep(wait);
  }

  private release(host: string, state: HostState): void {
    state.active--;
    const next = state.waiting.shift();
    if (next) next();
    else if (state.active === 0 && state.nextStartAt <= this.now()) this.hosts.delete(host);
  }
}
