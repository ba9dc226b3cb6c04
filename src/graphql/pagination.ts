import type { TimeKey } from '../store/repositories/article-query-repository.ts';
import type { KeysetWindow, Page } from '../store/repositories/keyset.ts';
import type { ScoreKey } from '../store/repositories/search-repository.ts';
import { invalidInput } from './invalid-input.ts';

/**
 * Relay connection arguments -> a keyset window, and a page -> a connection. Cursors are opaque base64url of the
 * sort key tuple (published_at, id) or (score, id) with a kind tag, never an offset: a cursor names a position in
 * the order, so rows inserted meanwhile never shift the next page.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface CursorCodec<K> {
  /** A short tag, so a cursor from a list in another order is recognized as foreign. */
  kind: string;
  encode(key: K): unknown[];
  /** null when the values are not a key of this kind. */
  decode(values: unknown[]): K | null;
}

function checkSize(name: 'first' | 'last', value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw invalidInput(`${name} must be between 1 and ${MAX_PAGE_SIZE}, got ${value}`, { argument: name, max: MAX_PAGE_SIZE });
  }
  return value;
}

export function encodeCursor<K>(codec: CursorCodec<K>, key: K): string {
  return Buffer.from(JSON.stringify([codec.kind, ...codec.encode(key)]), 'utf8').toString('base64url');
}

export function decodeCursor<K>(codec: CursorCodec<K>, cursor: string, argument: 'after' | 'before'): K {
  let key: K | null = null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values[0] === codec.kind) key = codec.decode(values.slice(1));
  } catch {
    key = null;
  }
  if (key === null) throw invalidInput(`${argument} is not a cursor of this list: ${JSON.stringify(cursor)}`, { argument });
  return key;
}

/**
 * Validates first/last (default 20, 1..100, not both) and decodes the cursors. Like Relay clients expect, `last`
 * (or `before` alone) walks backwards from the end.
 */
export function keysetWindow<K>(args: ConnectionArgs, codec: CursorCodec<K>): KeysetWindow<K> {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw invalidInput('pass first or last, not both', { argument: 'last' });
  const limit = first != null ? checkSize('first', first) : last != null ? checkSize('last', last) : DEFAULT_PAGE_SIZE;
  const backward = last != null || (first == null && before != null && after == null);
  return {
    limit,
    backward,
    ...(after != null ? { after: decodeCursor(codec, after, 'after') } : {}),
    ...(before != null ? { before: decodeCursor(codec, before, 'before') } : {}),
  };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}

/** An edge whose cursor is encoded only when a query selects it (a front page asks for nodes alone). */
class Edge<T, K> {
  #cursor: string | undefined;
  constructor(
    readonly node: T,
    private readonly codec: CursorCodec<K>,
    private readonly keyOf: (item: T) => K,
  ) {}
  get cursor(): string {
    return (this.#cursor ??= encodeCursor(this.codec, this.keyOf(this.node)));
  }
}

/**
 * A page as a connection. Walking forwards, hasPreviousPage is whether an `after` cursor was given (the row it names
 * precedes this page); walking backwards, hasNextPage likewise follows `before` (Relay's cheap reading of the spec).
 * Cursors are computed when read.
 */
export function toConnection<T, K>(page: Page<T>, window: KeysetWindow<K>, codec: CursorCodec<K>, keyOf: (item: T) => K): Connection<T> {
  const edges = page.items.map((node) => new Edge(node, codec, keyOf));
  return {
    edges,
    pageInfo: {
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
      hasNextPage: window.backward ? window.before !== undefined : page.hasMore,
      hasPreviousPage: window.backward ? page.hasMore : window.after !== undefined,
    },
  };
}

/** A cursor part that is a non-empty string of bounded length (ids, timestamps, names): what decoders accept. */
export const isCursorText = (v: unknown, max = 64): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** Articles in time order: (published_at, id). */
export const timeCursor: CursorCodec<TimeKey> = {
  kind: 't',
  encode: (k) => [k.publishedAt, k.id],
  decode: ([publishedAt, id]) => (isCursorText(publishedAt) && isCursorText(id) ? { publishedAt, id } : null),
};

/** Articles by relevance: (score, id). */
export const scoreCursor: CursorCodec<ScoreKey> = {
  kind: 's',
  encode: (k) => [k.score, k.id],
  decode: ([score, id]) => (typeof score === 'number' && Number.isFinite(score) && isCursorText(id) ? { score, id } : null),
};
