import type { IncomingMessage } from 'node:http';
import type { KeyVerdict } from '../graphql/auth.ts';

/** A request refused from its headers alone: its body is never read. */
export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RequestGuardOptions {
  /** HTTP_MAX_BODY_BYTES. */
  maxBodyBytes: number;
  /** API_REQUIRE_KEY. */
  requireKey: boolean;
  keyCheck: (authorization: string | undefined) => KeyVerdict;
}

const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The answer body in GraphQL's shape, so clients read refusals the way they read other errors. */
function refusal(status: number, code: string, message: string, headers: Record<string, string> = {}): Refusal {
  return {
    status,
    // The unread body must not be parsed as the next request: the connection closes after the answer.
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', connection: 'close', ...headers },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

/**
 * Checks an API request from its headers before anything reads its body: a missing or unknown key when keys are
 * required (401), a body larger than the limit (413), or a body of unknown length (411; a declared length is what
 * lets a large body be refused before it arrives). CORS preflights pass: they carry neither key nor body.
 */
export function createRequestGuard(opts: RequestGuardOptions): (req: IncomingMessage) => Refusal | null {
  return (req) => {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') return null;
    if (opts.requireKey) {
      const v = opts.keyCheck(req.headers.authorization);
      if (v.kind === 'none' || v.kind === 'invalid') {
        const message =
          v.kind === 'none' ? 'this server requires an API key: send Authorization: Bearer <key>' : 'the API key sent is not valid for this server';
        return refusal(401, 'UNAUTHORIZED', message, { 'www-authenticate': 'Bearer realm="newsgraph"' });
      }
    }
    if (BODYLESS.has(method)) return null;
    const declared = req.headers['content-length'];
    if (declared === undefined) {
      if (req.headers['transfer-encoding'] !== undefined) {
        return refusal(411, 'LENGTH_REQUIRED', `send the request body with a Content-Length (at most ${opts.maxBodyBytes} bytes)`);
      }
      return null;
    }
    const length = Number(declared);
    if (!Number.isSafeInteger(length) || length < 0) return refusal(400, 'BAD_REQUEST', 'the Content-Length header is not a number');
    if (length > opts.maxBodyBytes) {
      return refusal(413, 'PAYLOAD_TOO_LARGE', `the request body of ${length} bytes is larger than the limit of ${opts.maxBodyBytes} bytes`);
    }
    return null;
  };
}

/** /metrics when keys are required: a read or admin key, checked the same way. */
export function createMetricsGuard(opts: Pick<RequestGuardOptions, 'requireKey' | 'keyCheck'>): (req: IncomingMessage) => Refusal | null {
  const guard = createRequestGuard({ ...opts, maxBodyBytes: 0 });
  return (req) => (opts.requireKey ? guard(req) : null);
}
