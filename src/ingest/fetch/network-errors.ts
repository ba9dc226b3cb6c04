import type { ErrorCode } from '../../domain/errors.ts';
import { BLOCKED_ADDRESS_CODE } from './guarded-lookup.ts';

/** Maps a low-level error (Node socket/DNS/TLS, undici, zlib) to a fetch error code and a short description. */
export interface NetworkFailure {
  code: ErrorCode;
  reason: string;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL', 'ENONAME']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
  'HPE_INVALID_CONSTANT',
]);
const ZLIB_CODES = new Set(['Z_DATA_ERROR', 'Z_BUF_ERROR', 'Z_STREAM_ERROR', 'Z_NEED_DICT', 'ERR_BROTLI_DECOMPRESSION_FAILED']);

/** OpenSSL certificate verification and handshake failures. */
function isTlsCode(code: string): boolean {
  return (
    code.startsWith('ERR_TLS_') ||
    code.startsWith('ERR_SSL_') ||
    code.includes('CERT') ||
    code === 'EPROTO' ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'UNABLE_TO_GET_ISSUER_CERT' ||
    code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'
  );
}

/** OpenSSL messages carry a routine trail ("…:SSL routines:ssl3_get_record:wrong version number:file:line"). */
function shortTlsMessage(message: string): string {
  return /SSL routines:[^:]*:([^:]+)/.exec(message)?.[1] ?? message;
}

function codeOf(e: unknown): string | null {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return null;
}

/** The error and its causes, outermost first (undici and Node sometimes wrap the useful one). */
function causeChain(e: unknown): unknown[] {
  const chain: unknown[] = [];
  let cur: unknown = e;
  while (cur !== undefined && cur !== null && chain.length < 8) {
    chain.push(cur);
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return chain;
}

export function classifyNetworkError(e: unknown): NetworkFailure {
  for (const err of causeChain(e)) {
    const code = codeOf(err);
    const message = err instanceof Error ? err.message : String(err);
    if (!code) continue;
    if (code === BLOCKED_ADDRESS_CODE) return { code: 'blocked_address', reason: message };
    if (DNS_CODES.has(code)) return { code: 'dns', reason: `DNS lookup failed (${code})` };
    if (TIMEOUT_CODES.has(code)) return { code: 'timeout', reason: `${message} (${code})` };
    if (ZLIB_CODES.has(code)) return { code: 'decode_error', reason: `corrupt compressed body: ${message}` };
    if (CONNECTION_CODES.has(code) || code.startsWith('HPE_')) return { code: 'connection', reason: `${message} (${code})` };
    if (isTlsCode(code)) return { code: 'tls', reason: `TLS failure: ${shortTlsMessage(message)} (${code})` };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'connection', reason: message };
}

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/** A connection dropped by the peer (as opposed to refused, unreachable or timed out). */
export function isConnectionReset(e: unknown): boolean {
  return causeChain(e).some((err) => RESET_CODES.has(codeOf(err) ?? ''));
}
