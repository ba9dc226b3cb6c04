import http from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local HTTP server for tests: listens on 127.0.0.1 on a free port, serves registered routes (matched on the
 * path without the query string), counts hits and records request headers per path. Unregistered paths answer 404.
 *
 *   const server = await startFixtureServer();
 *   server.route('/feed.xml', (req, res) => res.end('<rss/>'));
 *   server.reply('/static', { status: 200, headers: { 'content-type': 'text/xml' }, body: '<rss/>' });
 *   await fetch(server.url('/feed.xml')); server.hits('/feed.xml') === 1
 *   await server.close();
 */
export type FixtureHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface FixtureReply {
  status?: number;
  headers?: Record<string, string | number | string[]>;
  body?: string | Buffer;
}

export interface FixtureServer {
  /** e.g. http://127.0.0.1:43123 */
  readonly origin: string;
  readonly port: number;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Registers (or replaces) the handler of a path. */
  route(path: string, handler: FixtureHandler): void;
  /** Registers a fixed reply for a path. */
  reply(path: string, reply: FixtureReply): void;
  /** Number of requests received for a path (routed or not). */
  hits(path: string): number;
  /** The requests received for a path, oldest first. */
  requests(path: string): RecordedRequest[];
  /** Forgets routes and counters. */
  reset(): void;
  /** Closes the server, cutting open connections (e.g. deliberately slow responses). */
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, FixtureHandler>();
  const recorded = new Map<string, RecordedRequest[]>();
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    const list = recorded.get(path) ?? [];
    list.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    recorded.set(path, list);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture route for ${path}`);
      return;
    }
    Promise.resolve(handler(req, res)).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fixture handler failed: ${String(err)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => new URL(path, origin).href,
    route: (path, handler) => void routes.set(path, handler),
    reply: (path, reply) =>
      void routes.set(path, (_req, res) => {
        res.writeHead(reply.status ?? 200, reply.headers ?? {});
        res.end(reply.body ?? '');
      }),
    hits: (path) => recorded.get(path)?.length ?? 0,
    requests: (path) => [...(recorded.get(path) ?? [])],
    reset() {
      routes.clear();
      recorded.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
