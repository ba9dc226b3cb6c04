import type { ErrorCode } from '../../domain/errors.ts';

/** Failures that may go away by themselves: worth another try later. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(['timeout', 'dns', 'connection', 'tls', 'http_5xx', 'http_429', 'decode_error']);

export function isTransient(code: ErrorCode): boolean {
  return TRANSIENT.has(code);
}

/**
 * When to try a failed page again: exponential backoff from `baseSeconds` by the attempts made so far, at least what
 * the server asked for (Retry-After); null when the failure is permanent or the attempts are used up.
 */
export function nextAttemptAt(
  code: ErrorCode,
  attemptsSoFar: number,
  options: { baseSeconds: number; maxAttempts: number; retryAfterSeconds?: number | null; now: Date },
): string | null {
  if (!isTransient(code) || attemptsSoFar + 1 >= options.maxAttempts) return null;
  const backoff = options.baseSeconds * 2 ** attemptsSoFar;
  const seconds = Math.max(backoff, options.retryAfterSeconds ?? 0);
  return new Date(options.now.getTime() + seconds * 1000).toISOString();
}
