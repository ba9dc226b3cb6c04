import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL, self-hosted: the page yoga serves on GET /graphql (Accept: text/html) loads its script, style and editor
 * workers from this service (src/http/graphiql-assets.ts serves them from the installed package), never from a CDN,
 * so it opens on a closed network and under a strict CSP. No inline script or style: the options travel as JSON data.
 */

/** Where the assets are served; the page links them relative to /graphql. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql';

/**
 * Scripts, workers and data from this origin only. Styles also allow inline: the editor (Monaco) adds <style>
 * elements and style attributes as it lays itself out. Fonts and icons come as data: URIs inside the stylesheet.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON safe inside a <script type="application/json"> element: no `</script>` or `<!--` can end it early. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** yoga's `renderGraphiQL`: the page that loads the self-hosted GraphiQL with these options. */
export function renderGraphiQLPage(opts: GraphiQLOptions): string {
  const base = `${GRAPHIQL_ASSETS_PATH.slice(1)}/`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(opts.title ?? 'GraphiQL')}</title>
<link rel="icon" href="${base}favicon.ico">
<link rel="stylesheet" href="${base}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root"></div>
<script type="application/json" id="graphiql-options">${jsonForScript(opts)}</script>
<script src="${base}environment.js"></script>
<script src="${base}graphiql.js"></script>
<script src="${base}start.js"></script>
</body>
</html>
`;
}
