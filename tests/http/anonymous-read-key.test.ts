import { describe, expect, it } from 'vitest';
import { anonymousReadKey, memoizedReadKey, type ReadRequest } from '../../src/http/anonymous-read-key.ts';
import { createStoredResponses, type StoredResponse } from '../../src/http/stored-responses.ts';

const Q = '{ articles(first: 1) { edges { node { title } } } }';
const post = (body: unknown, extra: Partial<ReadRequest> = {}): ReadRequest => ({
  method: 'POST',
  search: '',
  body: typeof body === 'string' ? body : JSON.stringify(body),
  accept: 'application/json',
  origin: undefined,
  ...extra,
});
const get = (params: Record<string, string>, extra: Partial<ReadRequest> = {}): ReadRequest => ({
  method: 'GET',
  search: new URLSearchParams(params).toString(),
  body: null,
  accept: 'application/json',
  origin: undefined,
  ...extra,
});

describe('anonymousReadKey', () => {
  it.each([
    { name: 'variables in another order', a: post({ query: Q, variables: { a: 1, b: { c: 2, d: 3 } } }), b: post({ variables: { b: { d: 3, c: 2 }, a: 1 }, query: Q }) },
    { name: 'GET parameters in another order', a: get({ query: Q, variables: '{"a":1,"b":2}' }), b: get({ variables: '{"b":2,"a":1}', query: Q }) },
    { name: 'no variables and empty variables absent', a: post({ query: Q }), b: post({ query: Q, variables: null }) },
  ])('gives the same key for $name', ({ a, b }) => {
    expect(anonymousReadKey(a)?.key).toBe(anonymousReadKey(b)?.key);
  });

  it.each([
    { name: 'different variables', a: post({ query: Q, variables: { a: 1 } }), b: post({ query: Q, variables: { a: 2 } }) },
    { name: 'another operation name', a: post({ query: Q, operationName: 'A' }), b: post({ query: Q, operationName: 'B' }) },
    { name: 'GET and POST', a: get({ query: Q }), b: post({ query: Q }) },
    { name: 'another Accept (media type of the answer)', a: post({ query: Q }), b: post({ query: Q }, { accept: 'application/graphql-response+json' }) },
    { name: 'another Origin (CORS headers of the answer)', a: post({ query: Q }, { origin: 'https://a.example' }), b: post({ query: Q }, { origin: 'https://b.example' }) },
    { name: 'another persisted-query extension', a: post({ query: Q, extensions: { x: 1 } }), b: post({ query: Q, extensions: { x: 2 } }) },
  ])('gives different keys for $name', ({ a, b }) => {
    expect(anonymousReadKey(a)?.key).toBeTruthy();
    expect(anonymousReadKey(a)?.key).not.toBe(anonymousReadKey(b)?.key);
  });

  it.each([
    { name: 'malformed JSON', req: post('{"query":') },
    { name: 'a batch', req: post([{ query: Q }]) },
    { name: 'no query', req: post({ variables: {} }) },
    { name: 'variables that are not an object', req: post({ query: Q, variables: [1] }) },
    { name: 'a GET with unparsable variables', req: get({ query: Q, variables: '{' }) },
    { name: 'server-sent events', req: get({ query: Q }, { accept: 'text/event-stream' }) },
    { name: 'incremental delivery', req: post({ query: Q }, { accept: 'multipart/mixed' }) },
    { name: 'another method', req: { ...post({ query: Q }), method: 'PUT' } },
  ])('declines $name', ({ req }) => {
    expect(anonymousReadKey(req)).toBeNull();
  });
});

describe('memoizedReadKey', () => {
  // Each request asked twice in a row through one memo, after every earlier one: a remembered key must be the key.
  const requests: ReadRequest[] = [
    post({ query: Q }),
    post({ query: Q }, { origin: 'https://a.example' }),
    post({ query: Q }, { origin: 'https://b.example' }),
    post({ query: Q }, { accept: 'application/graphql-response+json' }),
    post({ query: Q, variables: { a: 1 } }),
    post({ query: Q, variables: { a: 2 } }),
    get({ query: Q }),
    get({ query: Q, variables: '{' }),
    post('{"query":'),
    post({ query: Q }, { accept: 'text/event-stream' }),
    { ...post({ query: Q }), method: 'PUT' },
    post({ query: Q, variables: { long: 'x'.repeat(5000) } }),
  ];

  it.each([
    { name: 'room for every request', max: 1000 },
    { name: 'emptied when full', max: 2 },
  ])('gives the key anonymousReadKey gives, with $name', ({ max }) => {
    const readKey = memoizedReadKey(max);
    for (const req of requests) {
      expect(readKey(req)).toEqual(anonymousReadKey(req));
      expect(readKey(req)).toEqual(anonymousReadKey(req));
    }
  });
});

describe('createStoredResponses', () => {
  const answer = (text: string): StoredResponse => ({ status: 200, headers: {}, body: Buffer.from(text), etag: `"${text}"` });

  it('keeps an answer until its TTL, and not past it', () => {
    let now = 0;
    const store = createStoredResponses({ ttlMs: 1000, now: () => now });
    store.lookup('k').commit(answer('a'));
    now = 999;
    expect(store.lookup('k').hit?.body.toString()).toBe('a');
    now = 1000;
    expect(store.lookup('k').hit).toBeNull();
  });

  it('does not store an answer whose lookup began before a clear', () => {
    const store = createStoredResponses({ ttlMs: 1000 });
    const before = store.lookup('k');
    store.clear();
    before.commit(answer('stale'));
    const again = store.lookup('k');
    expect([again.hit, again.pending]).toEqual([null, null]);
    again.commit(answer('fresh'));
    expect(store.lookup('k').hit?.body.toString()).toBe('fresh');
  });

  it('lets a burst of lookups for a missing answer wait on the first, which answers them when it ends', async () => {
    const store = createStoredResponses({ ttlMs: 1000 });
    const first = store.lookup('k');
    const second = store.lookup('k');
    expect([first.pending, second.hit]).toEqual([null, null]);
    first.commit(answer('a'));
    expect((await second.pending)?.body.toString()).toBe('a');
    // Not storable: the waiting lookups get null and run on their own.
    const other = store.lookup('j');
    const waiting = store.lookup('j').pending;
    other.abandon();
    expect(await waiting).toBeNull();
    // After a clear, a new lookup computes again instead of waiting on what began before it.
    const before = store.lookup('m');
    store.clear();
    expect(store.lookup('m').pending).toBeNull();
    before.abandon();
  });

  it('drops the least recently used answers past its entry and byte bounds', () => {
    const store = createStoredResponses({ ttlMs: 1000, maxEntries: 2, maxBytes: 400 });
    store.lookup('a').commit(answer('a'));
    store.lookup('b').commit(answer('b'));
    expect(store.lookup('a').hit).not.toBeNull(); // a is now the most recently used
    store.lookup('c').commit(answer('c'));
    expect([store.lookup('a').hit !== null, store.lookup('b').hit !== null, store.lookup('c').hit !== null]).toEqual([true, false, true]);
    // An answer over a quarter of the byte bound is not kept at all; two of 90 bytes push out the older ones.
    store.lookup('big').commit(answer('x'.repeat(101)));
    expect(store.lookup('big').hit).toBeNull();
    store.lookup('d').commit(answer('d'.repeat(90)));
    store.lookup('e').commit(answer('e'.repeat(90)));
    expect(store.size()).toBe(2);
  });
});
