/**
 * Errors with stable codes. Codes are part of the public contract: they are stored on feeds and fetches,
 * exported as metric labels and returned by the API, so never rename one.
 */
export const ERROR_CODES = [
  // fetch
  'timeout',
  'too_large',
  'too_many_redirects',
  'redirect_loop',
  'blocked_address',
  'invalid_url',
  'unsupported_scheme',
  'dns',
  'tls',
  'connection',
  'http_4xx',
  'http_5xx',
  'http_429',
  'gone',
  // parse
  'not_a_feed',
  'parse_error',
  'decode_error',
  // article pages
  /** The site's robots.txt does not let our User-Agent fetch the page. */
  'robots_disallowed',
  /** The article link answered with something other than an HTML page. */
  'not_html',
  /** The page was fetched but holds no article text longer than the feed's own. */
  'no_article',
  // store / config / other
  'not_found',
  'conflict',
  'invalid_input',
  'config',
  'database',
  'internal',
  // api
  'forbidden',
  'unauthorized',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = Object.freeze({ ...(options.details ?? {}) });
  }
}

/** A failure while fetching a feed over HTTP. */
export class FetchError extends AppError {
  readonly httpStatus: number | null;
  /** Seconds the server asked us to wait (Retry-After), if any. */
  readonly retryAfterSeconds: number | null;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; httpStatus?: number | null; retryAfterSeconds?: number | null; details?: Record<string, unknown> } = {},
  ) {
    super(code, message, options);
    this.name = 'FetchError';
    this.httpStatus = options.httpStatus ?? null;
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

/** The body was fetched but is not a feed we can read. */
export class ParseError extends AppError {
  constructor(code: 'not_a_feed' | 'parse_error' | 'decode_error', message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'ParseError';
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, options: { details?: Record<string, unknown> } = {}) {
    super('not_found', `${what} not found`, options);
    this.name = 'NotFoundError';
  }
}

export class InvalidInputError extends AppError {
  constructor(message: string, options: { details?: Record<string, unknown>; cause?: unknown } = {}) {
    super('invalid_input', message, options);
    this.name = 'InvalidInputError';
  }
}

export class ConfigError extends AppError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('config', message, options);
    this.name = 'ConfigError';
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Wraps anything thrown into an AppError, keeping typed ones as they are. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new AppError('internal', message, { cause: e });
}
