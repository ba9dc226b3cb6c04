import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** A file served as is: read and compressed once, then every GET is a lookup. */
export interface StaticAsset {
  type: string;
  body: Buffer;
  gzipped: Buffer;
  /** Weak: the identity and gzip encodings of a file are the same resource. */
  etag: string;
}

export function staticAsset(type: string, body: Buffer): StaticAsset {
  return { type, body, gzipped: gzipSync(body), etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

/**
 * Answers a GET or HEAD for an asset: 304 when the client's ETag matches (revalidated every time, `no-cache`, since a
 * release changes the files), gzipped when the client takes it.
 */
export function sendStaticAsset(req: IncomingMessage, res: ServerResponse, found: StaticAsset, extraHeaders: Record<string, string>): void {
  const headers: Record<string, string> = {
    ...extraHeaders,
    'content-type': found.type,
    etag: found.etag,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
  };
  const ifNoneMatch = String(req.headers['if-none-match'] ?? '');
  if (ifNoneMatch.split(',').some((tag) => tag.trim() === found.etag || tag.trim() === '*')) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const gzip = acceptsGzip(req);
  const body = gzip ? found.gzipped : found.body;
  res.writeHead(200, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
