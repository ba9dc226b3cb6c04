/** One answer kept as the bytes that were sent, with the headers that go with them. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** A strong validator of the body, quoted as HTTP wants it (also among `headers`). */
  etag: string;
}

/** A lookup that may end in a store: `commit` keeps the answer only if nothing was cleared since the lookup began. */
export interface Lookup {
  hit: StoredResponse | null;
  commit(response: StoredResponse): void;
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
      return {
        hit,
        commit(response) {
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
      entries = new Map();
      bytes = 0;
    },
    size: () => entries.size,
  };
}
