import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { isQueryOperation } from '../graphql/is-query-operation.ts';
import { memoizedReadKey, type ReadKey } from './anonymous-read-key.ts';
import { nodeRoute, type RouteHandler } from './server.ts';
import type { Lookup, StoredResponse, StoredResponses } from './stored-responses.ts';

/** The parts of a yoga server this route uses: its fetch for answers it may store, its listener for the rest. */
export interface GraphQLApp {
  fetch(url: string, init: RequestInit): Promise<Response> | Response;
  requestListener(req: IncomingMessage, res: ServerResponse): unknown;
}

export interface CachedReadRouteOptions {
  app: GraphQLApp;
  responses: StoredResponses;
  /** HTTP_MAX_BODY_BYTES: the guard refused larger declared bodies already; this bounds what is read here. */
  maxBodyBytes: number;
}

// Hop-by-hop or recomputed for the body handed to yoga.fetch.
const NOT_FORWARDED = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'expect']);
// Recomputed for the stored bytes (the yoga response cache plugin sets its own validators).
const NOT_STORED = new Set(['content-length', 'etag', 'last-modified', 'connection', 'keep-alive', 'transfer-encoding']);

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.on('error', reject);
  });
}

function forwardHeaders(headers: IncomingHttpHeaders): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_FORWARDED.has(name)) continue;
    out.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  return out;
}

/** If-None-Match names this validator (or any, with "*"); weak forms compare equal, as RFC 9110 asks for GET. */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

function send(req: IncomingMessage, res: ServerResponse, stored: StoredResponse, cache: 'hit' | 'miss'): void {
  if (req.method === 'GET' && notModified(req.headers['if-none-match'], stored.etag)) {
    res.writeHead(304, { etag: stored.etag, 'x-cache': cache });
    res.end();
    return;
  }
  res.writeHead(stored.status, cache === 'hit' ? stored.headers : { ...stored.headers, 'x-cache': 'miss' });
  res.end(stored.body);
}

/** An answer only for the caller: no etag stored, never shared. */
function sendOnce(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
  res.writeHead(status, { ...headers, 'content-length': String(body.length) });
  res.end(body);
}

/** A JSON answer with data and no errors at its top level: only those are worth sharing. */
function cleanResult(body: Buffer): boolean {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { data?: unknown; errors?: unknown };
    return parsed.errors === undefined && parsed.data != null;
  } catch {
    return false;
  }
}

async function forward(req: IncomingMessage, res: ServerResponse, app: GraphQLApp, body: string | null, store: { read: ReadKey; lookup: Lookup } | null): Promise<void> {
  try {
    await answer(req, res, app, body, store);
  } finally {
    // Whatever happened, requests waiting on this one go on (a no-op after commit).
    store?.lookup.abandon();
  }
}

async function answer(req: IncomingMessage, res: ServerResponse, app: GraphQLApp, body: string | null, store: { read: ReadKey; lookup: Lookup } | null): Promise<void> {
  const response = await app.fetch(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers: forwardHeaders(req.headers),
    ...(body !== null ? { body } : {}),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!NOT_STORED.has(name)) headers[name] = value;
  });
  if (store && response.status === 200 && cleanResult(bytes) && isQueryOperation(store.read.query, store.read.operationName)) {
    const etag = `"${createHash('sha1').update(bytes).digest('base64url')}"`;
    const stored: StoredResponse = {
      status: 200,
      headers: { ...headers, etag, 'content-length': String(bytes.length), 'x-cache': 'hit' },
      body: bytes,
      etag,
    };
    store.lookup.commit(stored);
    return send(req, res, stored, 'miss');
  }
  sendOnce(res, response.status, headers, bytes);
}

/**
 * The GraphQL route with a cache of whole answers for anonymous reads in front of yoga: a repeated query without an
 * API key is answered with the bytes sent before, skipping yoga entirely (request parsing, validation, execution,
 * serialisation). Keyed requests, other methods and streamed answers go to yoga untouched; mutations and answers with
 * errors are never stored. Concurrent requests for an answer not yet stored wait for the first one to compute it
 * rather than each running it. A GET whose If-None-Match names the stored answer gets 304 with no body. What empties the
 * cache (ingest events, mutations) is wired where it is built.
 */
export function cachedReadRoute(opts: CachedReadRouteOptions): RouteHandler {
  const passThrough = nodeRoute(opts.app);
  const readKey = memoizedReadKey();
  return async (req, res) => {
    const method = req.method ?? 'GET';
    if (req.headers.authorization !== undefined || (method !== 'GET' && method !== 'POST')) return passThrough(req, res);
    const accept = req.headers.accept;
    if (accept && (accept.includes('text/event-stream') || accept.includes('multipart/'))) return passThrough(req, res);
    if (method === 'POST' && !req.headers['content-type']?.includes('json')) return passThrough(req, res);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const body = method === 'POST' ? await readBody(req, opts.maxBodyBytes) : null;
    if (method === 'POST' && body === null) {
      res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      res.end(JSON.stringify({ errors: [{ message: `the request body is larger than the limit of ${opts.maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
      return;
    }
    const read = readKey({ method, search: q >= 0 ? url.slice(q + 1) : '', body, accept, origin: req.headers.origin });
    if (!read) return body === null ? passThrough(req, res) : forward(req, res, opts.app, body, null);
    const lookup = opts.responses.lookup(read.key);
    if (lookup.hit) return send(req, res, lookup.hit, 'hit');
    if (lookup.pending) {
      const shared = await lookup.pending;
      // Not storable (errors, a mutation): this request runs on its own.
      return shared ? send(req, res, shared, 'hit') : forward(req, res, opts.app, body, null);
    }
    return forward(req, res, opts.app, body, { read, lookup });
  };
}
