import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../log/logger.ts';
import type { Metrics } from '../log/metrics.ts';
import { ping, type Db } from '../store/db.ts';
import { isMigrated } from '../store/migrate.ts';
import type { Refusal } from './request-guard.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpAppOptions {
  db: Db;
  logger: Logger;
  metrics: Metrics;
  /** Extra routes by path prefix (the GraphQL endpoint mounts here). */
  routes?: Record<string, RouteHandler>;
  /** Per route prefix, and for /metrics: refuses a request from its headers, before its body is read. */
  guards?: { routes?: Record<string, (req: IncomingMessage) => Refusal | null>; metrics?: (req: IncomingMessage) => Refusal | null };
  describe?: () => Record<string, unknown>;
}

function refuse(res: ServerResponse, r: Refusal): void {
  res.writeHead(r.status, r.headers);
  res.end(r.body);
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Database reachable within a short time and every migration applied. */
export async function readiness(db: Db, timeoutMs = 2000): Promise<{ ready: boolean; reason: string | null }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([ping(db), timeout]);
    if (!(await Promise.race([isMigrated(db), timeout]))) return { ready: false, reason: 'migrations pending' };
    return { ready: true, reason: null };
  } catch (e) {
    return { ready: false, reason: `database unreachable: ${(e as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

/** The HTTP request handler, built apart from listening so tests can call it in process. */
export function createHttpHandler(opts: HttpAppOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const routes = Object.entries(opts.routes ?? {});
  return (req, res) => {
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let route = path;
    res.on('finish', () => {
      opts.metrics.httpDuration.observe({ method: req.method ?? 'GET', route, status: String(res.statusCode) }, (performance.now() - started) / 1000);
    });
    const handle = async () => {
      if (path === '/health') return send(res, 200, JSON.stringify({ status: 'ok' }));
      if (path === '/ready') {
        const r = await readiness(opts.db);
        return send(res, r.ready ? 200 : 503, JSON.stringify({ status: r.ready ? 'ready' : 'not_ready', reason: r.reason }));
      }
      if (path === '/metrics') {
        const refused = opts.guards?.metrics?.(req);
        if (refused) return refuse(res, refused);
        return send(res, 200, await opts.metrics.registry.metrics(), opts.metrics.registry.contentType);
      }
      for (const [prefix, handler] of routes) {
        if (path === prefix || path.startsWith(`${prefix}/`)) {
          route = prefix;
          const refused = opts.guards?.routes?.[prefix]?.(req);
          if (refused) return refuse(res, refused);
          return handler(req, res);
        }
      }
      if (path === '/') {
        route = '/';
        return send(res, 200, JSON.stringify({ service: 'newsgraph', endpoints: ['/health', '/ready', '/metrics', ...routes.map(([p]) => p)], ...(opts.describe?.() ?? {}) }, null, 2));
      }
      route = 'unmatched';
      return send(res, 404, JSON.stringify({ error: 'not_found', message: `no route for ${path}` }));
    };
    handle().catch((e) => {
      opts.logger.error({ err: e, path }, 'request failed');
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: 'internal', message: 'internal error' }));
      else res.end();
    });
  };
}

/** A route serving a whole sub-application that speaks Node's (req, res), such as the yoga GraphQL server. */
export function nodeRoute(app: { requestListener: (req: IncomingMessage, res: ServerResponse) => unknown }): RouteHandler {
  return async (req, res) => {
    await app.requestListener(req, res);
  };
}

/**
 * Stops accepting connections and resolves once every open one has ended: idle ones are closed at once, requests in
 * flight may finish, and whatever is still open after `graceMs` (a long poll, a stuck client) is cut.
 */
export function closeServer(server: Server, graceMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    cut.unref();
    // Keep-alive connections whose last response ends after close() began would otherwise linger until timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    sweep.unref();
    server.close(() => {
      clearTimeout(cut);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

export function listen(handler: ReturnType<typeof createHttpHandler>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
