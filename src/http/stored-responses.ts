/** One answer kept as the bytes that were sent, with the headers that go with them. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** A strong validator of the body, quoted as HTTP wants it (also among `headers`). */
  etag: string;
}

/**
 * A lookup: a hit, or an answer another request is computing right now (`pending`, null if that one is not stored),
 * or neither, and then this request computes it and must end with `commit` (keeps the answer, only if nothing was
 * cleared since the lookup began) or `abandon` (not storable), which also answer the requests waiting on it.
 */
export interface Lookup {
  hit: StoredResponse | null;
  pending: Promise<StoredResponse | null> | null;
  commit(response: StoredResponse): void;
  abandon(): void;
}

export interface StoredResponses {
  lookup(key: string): Lookup;
  /** Forgets every answer: what they were computed from may have changed. */
  clear(): void;
  size(): number;
}

export interface StoredResponsesOptions {
  ttlMs: number;
  maxEntries?: number;
  /** Bound on the bodies held, so a few large pages cannot grow the process without limit. */
  maxBytes?: number;
  now?: () => number;
}

/**
 * Whole HTTP answers by key, least recently used first out, each for at most `ttlMs`. A clear() bumps a generation:
 * an answer whose computation began before the clear is not stored, since it may hold what the clear was for.
 */
export function createStoredResponses(opts: StoredResponsesOptions): StoredResponses {
  const maxEntries = opts.maxEntries ?? 1000;
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  const now = opts.now ?? Date.now;
  // A Map iterates in insertion order: deleting and re-inserting on a hit keeps the least recently used first.
  let entries = new Map<string, StoredResponse & { expiresAt: number }>();
  let bytes = 0;
  let generation = 0;
  // Answers being computed, so a burst of requests for a missing answer (after a TTL or a clear) runs it once.
  let inflight = new Map<string, Promise<StoredResponse | null>>();
  const done = () => {};

  const drop = (key: string, entry: { body: Buffer }) => {
    entries.delete(key);
    bytes -= entry.body.length;
  };

  return {
    lookup(key) {
      const startedIn = generation;
      let hit = entries.get(key) ?? null;
      if (hit && hit.expiresAt <= now()) {
        drop(key, hit);
        hit = null;
      } else if (hit) {
        entries.delete(key);
        entries.set(key, hit);
      }
      if (hit) return { hit, pending: null, commit: done, abandon: done };
      const pending = inflight.get(key);
      if (pending) return { hit: null, pending, commit: done, abandon: done };
      let settle!: (r: StoredResponse | null) => void;
      const computing = new Promise<StoredResponse | null>((resolve) => (settle = resolve));
      const waiting = inflight;
      waiting.set(key, computing);
      let settled = false;
      const finish = (r: StoredResponse | null) => {
        if (settled) return;
        settled = true;
        if (waiting.get(key) === computing) waiting.delete(key);
        settle(r);
      };
      return {
        hit: null,
        pending: null,
        abandon: () => finish(null),
        commit(response) {
          // Requests that waited asked before any later clear, so they may have this answer even if it is not kept.
          finish(response);
          if (startedIn !== generation || response.body.length > maxBytes / 4) return;
          const old = entries.get(key);
          if (old) drop(key, old);
          entries.set(key, { ...response, expiresAt: now() + opts.ttlMs });
          bytes += response.body.length;
          for (const [k, e] of entries) {
            if (entries.size <= maxEntries && bytes <= maxBytes) break;
            drop(k, e);
          }
        },
      };
    },
    clear() {
      generation++;
      inflight = new Map();
      entries = new Map();
      bytes = 0;
    },
    size: () => entries.size,
  };
}
