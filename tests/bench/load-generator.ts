import { Pool } from 'undici';

export interface LoadRequest {
  method: 'GET' | 'POST';
  /** Path and query, e.g. /graphql?query=… */
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Requests answered per second over the whole run. */
  rps: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
  /** The first failure seen, to say what went wrong. */
  firstError: string | null;
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * A closed-loop load generator: `connections` keep-alive connections, each sending the next request as soon as the
 * previous answer has been read, for `durationMs`. Every latency is kept, so the percentiles are exact. A response
 * whose status is not 2xx/304 or whose body says "errors" counts as an error (and its latency still counts).
 */
export async function runLoad(origin: string, request: LoadRequest | (() => LoadRequest), opts: { connections: number; durationMs: number }): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: opts.connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const next = typeof request === 'function' ? request : () => request;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + opts.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const r = next();
      const t0 = performance.now();
      try {
        const res = await pool.request({ method: r.method, path: r.path, body: r.body ?? null, headers: { 'content-type': 'application/json', ...r.headers } });
        const text = await res.body.text();
        if ((res.statusCode >= 300 && res.statusCode !== 304) || text.startsWith('{"errors"')) {
          errors++;
          firstError ??= `${res.statusCode} ${text.slice(0, 200)}`;
        }
      } catch (e) {
        errors++;
        firstError ??= (e as Error).message;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  const elapsed = performance.now() - started;
  await pool.close();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    rps: (latencies.length / elapsed) * 1000,
    p50ms: percentile(sorted, 50),
    p95ms: percentile(sorted, 95),
    p99ms: percentile(sorted, 99),
    firstError,
  };
}
