import { keysetWindow, toConnection, type Connection, type CursorCodec } from './pagination.ts';

/**
 * Forward-only connections over ULID-keyed rows (feeds, fetches), with the cursor format and argument checks of
 * every other connection (pagination.ts): `first` 1..100, default 20; a cursor is the row's id with a kind tag.
 */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function idCursor(kind: string): CursorCodec<string> {
  return {
    kind,
    encode: (id) => [id],
    decode: ([id]) => (typeof id === 'string' && ULID.test(id) ? id : null),
  };
}

export interface ForwardWindow {
  /** Rows wanted on the page; ask the store for one more to learn whether there is a next page. */
  limit: number;
  /** Only rows past this id in the list's order. */
  after: string | null;
}

export function forwardWindow(codec: CursorCodec<string>, args: { first?: number | null; after?: string | null }): ForwardWindow {
  const w = keysetWindow({ first: args.first ?? null, after: args.after ?? null }, codec);
  return { limit: w.limit, after: w.after ?? null };
}

/** A page from `limit + 1` rows: the extra row only says there is a next page. */
export function forwardConnection<T>(codec: CursorCodec<string>, rows: readonly T[], w: ForwardWindow, idOf: (row: T) => string): Connection<T> {
  const page = { items: rows.slice(0, w.limit), hasMore: rows.length > w.limit };
  return toConnection(page, { limit: w.limit, backward: false, ...(w.after !== null ? { after: w.after } : {}) }, codec, idOf);
}
