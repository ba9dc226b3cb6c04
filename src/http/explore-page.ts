import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RouteHandler } from './server.ts';
import { sendStaticAsset, staticAsset, type StaticAsset } from './static-asset.ts';

/** Where the explorer is served: the page itself, and its assets below it. */
export const EXPLORE_PATH = '/explore';

/**
 * The page may load scripts, styles and data from this origin only: no inline script or style (cytoscape's own
 * container rule is in explore.css, see index.html), no frames, no plugins.
 */
export const EXPLORE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': EXPLORE_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

const here = dirname(fileURLToPath(import.meta.url));

/** The graph library's browser ES module build, from the installed package (no bundling step). */
function cytoscapeModulePath(): string {
  const main = createRequire(import.meta.url).resolve('cytoscape');
  return join(dirname(main), 'cytoscape.esm.min.mjs');
}

/**
 * Everything the route serves, read and compressed once when the route is built, so a GET is a lookup: the page,
 * its script and style (src/http/explore/), and cytoscape.
 */
function loadAssets(): Map<string, StaticAsset> {
  const file = (name: string) => readFileSync(join(here, 'explore', name));
  return new Map([
    [EXPLORE_PATH, staticAsset('text/html; charset=utf-8', file('index.html'))],
    [`${EXPLORE_PATH}/explore.js`, staticAsset('text/javascript; charset=utf-8', file('explore.js'))],
    [`${EXPLORE_PATH}/explore.css`, staticAsset('text/css; charset=utf-8', file('explore.css'))],
    [`${EXPLORE_PATH}/vendor/cytoscape.esm.min.mjs`, staticAsset('text/javascript; charset=utf-8', readFileSync(cytoscapeModulePath()))],
  ]);
}

function sendText(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(body);
}

/**
 * The graph explorer at /explore: a static page whose script asks the GraphQL API for hot stories and their related
 * graphs. GET and HEAD only; the answer is revalidated by ETag (cheap 304s) and gzipped when the client takes it.
 */
export function exploreRoute(): RouteHandler {
  const assets = loadAssets();
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed\n', { allow: 'GET, HEAD' });
    // The page loads its assets by relative URL, which only resolve from /explore itself.
    if (path === `${EXPLORE_PATH}/`) {
      res.writeHead(308, { ...SECURITY_HEADERS, location: `../${EXPLORE_PATH.slice(1)}`, 'cache-control': 'no-store' });
      return void res.end();
    }
    const found = assets.get(path);
    if (!found) return sendText(res, 404, `no such file: ${path}\n`);
    sendStaticAsset(req, res, found, SECURITY_HEADERS);
  };
}
