import { STATUS_CODES } from 'node:http';
import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { FetchError } from '../../domain/errors.ts';
import { defaultAddressPolicy, type AddressPolicy } from './address-guard.ts';
import { parseCacheControlMaxAge, parseExpires, parseRetryAfter } from './cache-headers.ts';
import { decodeBody } from './decode-body.ts';
import { dispatcherFor } from './dispatcher-pool.ts';
import { classifyNetworkError, isConnectionReset } from './network-errors.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { assertLiteralHostAllowed, bareHost, parseHttpUrl, urlKey } from './request-url.ts';

export interface FetchOptions {
  /** Total time for the whole exchange, including redirects and the body. */
  timeoutMs: number;
  /** Body cap, enforced while streaming on both the compressed and the decompressed bytes. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Relaxes the SSRF guard (loopback, private and link-local addresses become reachable). */
  allowPrivateNetworks: boolean;
  /** Accept header; defaults to DEFAULT_ACCEPT (feed types first). */
  accept?: string;
  /** Validators from the previous fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  /**
   * Lower-level SSRF policy overriding `allowPrivateNetworks`: called with each IP address a hop would connect to
   * (and the host name it came from). Meant for tests that must reach a local server yet prove that other
   * private addresses are refused. Pass a stable function: one connection pool is kept per policy.
   */
  isAddressAllowed?: AddressPolicy;
}

export interface FetchResponse {
  status: 'ok' | 'not_modified';
  httpStatus: number;
  requestedUrl: string;
  /** After all redirects. */
  finalUrl: string;
  /** After following only the leading chain of permanent redirects (301/308). */
  permanentUrl: string;
  redirects: { from: string; to: string; status: number }[];
  contentType: string | null;
  /** The Content-Language header, a language hint for HTML pages. */
  contentLanguage: string | null;
  /** The Content-Location header as sent (see content-location.ts). */
  contentLocation: string | null;
  etag: string | null;
  lastModified: string | null;
  cacheMaxAgeSeconds: number | null;
  expiresAt: string | null;
  retryAfterSeconds: number | null;
  /** Decompressed bytes (empty for 304). */
  body: Buffer;
  bytes: number;
  /** Decoded text ('' for 304). */
  text: string;
  /** Charset used to decode, normalized lower-case name. */
  charset: string;
  durationMs: number;
}

export const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1';

const ACCEPT_ENCODING = 'gzip, deflate, br';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PERMANENT_REDIRECTS = new Set([301, 308]);
/** How much of an unwanted body (redirect, error page) is read to keep the connection reusable. */
const DISCARD_LIMIT = 64 * 1024;

type Headers = Dispatcher.ResponseData['headers'];

/** Per-call state shared by the steps of one fetch. */
interface FetchState {
  readonly options: FetchOptions;
  readonly requested: URL;
  readonly started: number;
  readonly signal: AbortSignal;
  current: URL;
  permanent: URL;
  permanentChainOpen: boolean;
  readonly redirects: { from: string; to: string; status: number }[];
  readonly visited: Set<string>;
}

/**
 * Fetches a feed URL: conditional GET, manual redirects (each hop counted, loop-checked and SSRF-checked),
 * decompression and charset decoding under a total time limit and a byte cap. Every failure is a FetchError.
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchResponse> {
  const started = performance.now();
  const requested = parseHttpUrl(url);
  const policy = options.isAddressAllowed ?? defaultAddressPolicy(options.allowPrivateNetworks);
  const deadline = startDeadline(options.timeoutMs, options.signal);
  const state: FetchState = {
    options,
    requested,
    started,
    signal: deadline.signal,
    current: requested,
    permanent: requested,
    permanentChainOpen: true,
    redirects: [],
    visited: new Set([urlKey(requested)]),
  };
  try {
    return await followRedirects(state, dispatcherFor(policy), policy);
  } catch (e) {
    throw toFetchError(e, state, deadline);
  } finally {
    deadline.clear();
  }
}

async function followRedirects(state: FetchState, dispatcher: Dispatcher, policy: AddressPolicy): Promise<FetchResponse> {
  for (;;) {
    assertLiteralHostAllowed(state.current, policy);
    const res = await send(dispatcher, state);
    const location = header(res.headers, 'location');
    if (!REDIRECT_STATUSES.has(res.statusCode) || location === null) return finish(state, res);
    await discard(res.body);
    advance(state, res.statusCode, location);
  }
}

/**
 * Sends one GET. A connection reset before any response is retried once: it is usually a pooled keep-alive
 * connection the server closed just as we reused it, and GET is safe to repeat.
 */
async function send(dispatcher: Dispatcher, state: FetchState): Promise<Dispatcher.ResponseData> {
  const request: Dispatcher.RequestOptions = {
    origin: state.current.origin,
    path: state.current.pathname + state.current.search,
    method: 'GET',
    headers: requestHeaders(state.options),
    signal: state.signal,
  };
  try {
    return await dispatcher.request(request);
  } catch (e) {
    if (state.signal.aborted || !isConnectionReset(e)) throw e;
    return dispatcher.request(request);
  }
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

/** Records one redirect hop, refusing loops and chains longer than maxRedirects. */
function advance(state: FetchState, status: number, location: string): void {
  const from = state.current;
  const to = parseHttpUrl(location, from);
  if (state.visited.has(urlKey(to))) {
    throw new FetchError('redirect_loop', `redirect loop: ${from.href} redirects (${status}) to ${to.href}, which was already visited`, {
      httpStatus: status,
      details: { url: state.requested.href, redirects: state.redirects },
    });
  }
  if (state.redirects.length >= state.options.maxRedirects) {
    throw new FetchError(
      'too_many_redirects',
      `too many redirects fetching ${state.requested.href}: more than ${state.options.maxRedirects} (next: ${to.href})`,
      { httpStatus: status, details: { url: state.requested.href, redirects: state.redirects } },
    );
  }
  state.redirects.push({ from: from.href, to: to.href, status });
  if (state.permanentChainOpen && PERMANENT_REDIRECTS.has(status)) state.permanent = to;
  else state.permanentChainOpen = false;
  state.visited.add(urlKey(to));
  state.current = to;
}

async function finish(state: FetchState, res: Dispatcher.ResponseData): Promise<FetchResponse> {
  const status = res.statusCode;
  if (status === 304) {
    await discard(res.body);
    return response(state, res, Buffer.alloc(0), { text: '', charset: 'utf-8' }, 'not_modified');
  }
  if (status < 200 || status >= 300) {
    await discard(res.body);
    throw httpError(state, res);
  }
  const declared = Number(header(res.headers, 'content-length') ?? NaN);
  if (declared > state.options.maxBytes) {
    abandon(res.body);
    throw tooLarge(state, `Content-Length ${declared}`);
  }
  const body = await readBody(res.body, header(res.headers, 'content-encoding'), state.options.maxBytes, state.signal);
  return response(state, res, body, decodeBody(body, header(res.headers, 'content-type')), 'ok');
}

function response(
  state: FetchState,
  res: Dispatcher.ResponseData,
  body: Buffer,
  decoded: { text: string; charset: string },
  status: FetchResponse['status'],
): FetchResponse {
  const h = res.headers;
  const notModified = status === 'not_modified';
  return {
    status,
    httpStatus: res.statusCode,
    requestedUrl: state.requested.href,
    finalUrl: state.current.href,
    permanentUrl: state.permanent.href,
    redirects: state.redirects,
    contentType: header(h, 'content-type'),
    contentLanguage: header(h, 'content-language'),
    contentLocation: header(h, 'content-location'),
    // A 304 may omit the validators; the ones we sent are still current then.
    etag: header(h, 'etag') ?? (notModified ? (state.options.etag ?? null) : null),
    lastModified: header(h, 'last-modified') ?? (notModified ? (state.options.lastModified ?? null) : null),
    cacheMaxAgeSeconds: parseCacheControlMaxAge(header(h, 'cache-control')),
    expiresAt: parseExpires(header(h, 'expires')),
    retryAfterSeconds: parseRetryAfter(header(h, 'retry-after')),
    body,
    bytes: body.length,
    text: decoded.text,
    charset: decoded.charset,
    durationMs: Math.round(performance.now() - state.started),
  };
}

function httpError(state: FetchState, res: Dispatcher.ResponseData): FetchError {
  const status = res.statusCode;
  const retryAfterSeconds = parseRetryAfter(header(res.headers, 'retry-after'));
  const url = state.current.href;
  const label = `HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`;
  const details = { url: state.requested.href, finalUrl: url };
  const opts = { httpStatus: status, retryAfterSeconds, details };
  const wait = retryAfterSeconds === null ? '' : ` (retry after ${retryAfterSeconds} s)`;
  if (status === 429) {
    return new FetchError('http_429', `${url} is rate limiting us: ${label}${wait}`, opts);
  }
  if (status === 410) return new FetchError('gone', `${url} is gone for good: ${label}`, opts);
  if (status >= 400 && status < 500) return new FetchError('http_4xx', `${url} answered ${label}`, opts);
  if (status >= 300 && status < 400) {
    // A redirect status without a Location (or a 300/305) is a server fault we cannot follow.
    return new FetchError('http_5xx', `${url} answered ${label} without a usable Location header`, opts);
  }
  return new FetchError('http_5xx', `${url} answered ${label}${wait}`, opts);
}

function tooLarge(state: FetchState, what: string): FetchError {
  return new FetchError('too_large', `response from ${state.current.href} is larger than the limit of ${state.options.maxBytes} bytes (${what})`, {
    details: { url: state.requested.href, maxBytes: state.options.maxBytes },
  });
}

/** Turns whatever went wrong into a FetchError with a stable code. */
function toFetchError(e: unknown, state: FetchState, deadline: Deadline): FetchError {
  if (deadline.timedOut()) {
    return new FetchError('timeout', `timed out after ${state.options.timeoutMs} ms fetching ${state.current.href}`, {
      cause: e,
      details: { url: state.requested.href, timeoutMs: state.options.timeoutMs },
    });
  }
  if (e instanceof FetchError) return e;
  if (e instanceof BodyTooLargeError) return tooLarge(state, `${e.stage} body`);
  if (state.options.signal?.aborted) {
    return new FetchError('timeout', `fetch of ${state.current.href} was aborted by the caller`, {
      cause: e,
      details: { url: state.requested.href, aborted: true },
    });
  }
  const failure = classifyNetworkError(e);
  const host = bareHost(state.current);
  const message =
    failure.code === 'blocked_address'
      ? `refusing to fetch ${state.current.href}: ${failure.reason} (ALLOW_PRIVATE_NETWORKS is off)`
      : failure.code === 'dns'
        ? `${failure.reason} for ${host} (${state.current.href})`
        : `fetching ${state.current.href} failed: ${failure.reason}`;
  return new FetchError(failure.code, message, { cause: e, details: { url: state.requested.href, host } });
}

interface Deadline {
  signal: AbortSignal;
  timedOut(): boolean;
  clear(): void;
}

/** One abort signal for the whole exchange: fires at the total timeout or when the caller aborts. */
function startDeadline(timeoutMs: number, outer: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`timeout after ${timeoutMs} ms`));
  }, timeoutMs);
  const onOuterAbort = (): void => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    clear() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}

function header(headers: Headers, name: string): string | null {
  const v = headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? null : s;
}

/** Reads and drops a body we do not want, keeping the connection reusable; failures here do not matter. */
async function discard(body: Readable & { dump?: (opts: { limit: number }) => Promise<void> }): Promise<void> {
  try {
    if (body.dump) await body.dump({ limit: DISCARD_LIMIT });
    else abandon(body);
  } catch {
    // The response is already decided.
  }
}

/** Drops a body without reading it (closes the connection); the abort error it emits is expected. */
function abandon(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}
