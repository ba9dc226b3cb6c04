import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { GRAPHIQL_ASSETS_PATH, GRAPHIQL_CSP } from '../graphql/graphiql-page.ts';
import type { RouteHandler } from './server.ts';
import { sendStaticAsset, staticAsset, type StaticAsset } from './static-asset.ts';

export { GRAPHIQL_ASSETS_PATH };

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': GRAPHIQL_CSP,
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
};

const JS = 'text/javascript; charset=utf-8';

/**
 * GraphiQL's bundle, stylesheet, icon and editor workers as @graphql-yoga/render-graphiql ships them (one module of
 * strings, ~9 MB), plus this service's two small start-up scripts (src/http/graphiql/). Loaded on the first request,
 * not at start-up: a service nobody opens GraphiQL on never reads them.
 */
async function loadAssets(): Promise<Map<string, StaticAsset>> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const own = (name: string) => readFileSync(new URL(`./graphiql/${name}`, import.meta.url));
  const icon = /^data:([^;,]+);base64,(.*)$/s.exec(bundle.favicon);
  const at = (name: string) => `${GRAPHIQL_ASSETS_PATH}/${name}`;
  return new Map([
    [at('graphiql.js'), staticAsset(JS, Buffer.from(bundle.js))],
    [at('graphiql.css'), staticAsset('text/css; charset=utf-8', Buffer.from(bundle.css))],
    [at('workers/editor.worker.js'), staticAsset(JS, Buffer.from(bundle.editorWorkerService))],
    [at('workers/json.worker.js'), staticAsset(JS, Buffer.from(bundle.jsonWorker))],
    [at('workers/graphql.worker.js'), staticAsset(JS, Buffer.from(bundle.graphqlWorker))],
    [at('environment.js'), staticAsset(JS, own('environment.js'))],
    [at('start.js'), staticAsset(JS, own('start.js'))],
    ...(icon ? [[at('favicon.ico'), staticAsset(icon[1]!, Buffer.from(icon[2]!, 'base64'))] as const] : []),
  ]);
}

function sendText(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(body);
}

/** The route under /graphiql: GraphiQL's assets, GET and HEAD only, revalidated by ETag and gzipped on request. */
export function graphiqlAssetsRoute(): RouteHandler {
  let assets: Promise<Map<string, StaticAsset>> | null = null;
  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed\n', { allow: 'GET, HEAD' });
    const found = (await (assets ??= loadAssets())).get(path);
    if (!found) return sendText(res, 404, `no such file: ${path}\n`);
    sendStaticAsset(req, res, found, SECURITY_HEADERS);
  };
}
