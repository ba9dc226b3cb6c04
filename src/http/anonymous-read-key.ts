/** What makes two GraphQL requests the same question: their operation, variables and the headers that shape the answer. */
export interface ReadRequest {
  method: string;
  /** The URL's query string without "?" (GET carries the operation there). */
  search: string;
  /** The body as text (POST), or null. */
  body: string | null;
  /** Accept picks the response media type; Origin picks the CORS headers. */
  accept: string | undefined;
  origin: string | undefined;
}

/** The operation a cacheable request names, for deciding after the answer whether it was a read. */
export interface ReadKey {
  key: string;
  query: string;
  operationName: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** JSON with object keys sorted, so variables given in another order make the same key. */
function stable(value: Json | undefined): string {
  if (value === undefined) return '';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(value[k])}`)
    .join(',')}}`;
}

function parseJson(text: string | null): Json | undefined {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function params(req: ReadRequest): Record<string, Json> | null {
  if (req.method === 'GET') {
    const p = new URLSearchParams(req.search);
    const out: Record<string, Json> = {};
    const query = p.get('query');
    if (query !== null) out.query = query;
    const operationName = p.get('operationName');
    if (operationName !== null) out.operationName = operationName;
    for (const name of ['variables', 'extensions']) {
      const raw = p.get(name);
      if (raw === null) continue;
      const parsed = parseJson(raw);
      if (parsed === undefined) return null;
      out[name] = parsed;
    }
    return out;
  }
  const body = parseJson(req.body);
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? body : null;
}

/**
 * The cache key of an anonymous GraphQL read, or null when the request is not one this cache answers (no query text,
 * a batch, malformed JSON, a streamed answer asked for). Null never refuses the request: it goes to yoga as it came.
 */
export function anonymousReadKey(req: ReadRequest): ReadKey | null {
  if (req.method !== 'GET' && req.method !== 'POST') return null;
  // Subscriptions and incremental delivery stream; only single JSON answers are stored.
  if (req.accept && (req.accept.includes('text/event-stream') || req.accept.includes('multipart/'))) return null;
  const p = params(req);
  if (!p || typeof p.query !== 'string' || !p.query) return null;
  const operationName = typeof p.operationName === 'string' && p.operationName ? p.operationName : null;
  if (p.variables !== undefined && p.variables !== null && (typeof p.variables !== 'object' || Array.isArray(p.variables))) return null;
  const key = JSON.stringify([req.method, p.query, operationName, stable(p.variables ?? undefined), stable(p.extensions), req.accept ?? '', req.origin ?? '']);
  return { key, query: p.query, operationName };
}

/**
 * anonymousReadKey, remembered by the request's exact text (at most `max` texts of at most `maxChars` characters):
 * a repeated request, as popular pages are, skips parsing its JSON and serialising its variables again, most of a
 * cache hit's own work. The key depends on that text alone, so a remembered one is always right. Header values and
 * URLs hold no newline, so the joined text names one request. The memory is bounded by emptying it when full.
 */
export function memoizedReadKey(max = 1000, maxChars = 4096): (req: ReadRequest) => ReadKey | null {
  let known = new Map<string, ReadKey | null>();
  return (req) => {
    if (req.body !== null && req.body.length > maxChars) return anonymousReadKey(req);
    const text = `${req.method}\n${req.accept ?? ''}\n${req.origin ?? ''}\n${req.search}\n${req.body ?? ''}`;
    if (text.length > maxChars) return anonymousReadKey(req);
    let key = known.get(text);
    if (key === undefined) {
      key = anonymousReadKey(req);
      if (known.size >= max) known = new Map();
      known.set(text, key);
    }
    return key;
  };
}
