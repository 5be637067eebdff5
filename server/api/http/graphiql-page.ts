// GraphiQL from the project's own dependencies: Yoga's default page loads its scripts from unpkg.com
// (without integrity hashes, on the page where users type the API key, and not at all offline). Here the
// page only references same-origin files under /graphiql/ and inline script is none, so it runs under
// the CSP `script-src 'self'`; its options travel as a JSON data block, which is never executed.
import type { GraphiQLOptions } from 'graphql-yoga';

export const GRAPHIQL_ASSETS = '/graphiql/';

/** Starts GraphiQL from the options block; Monaco's workers are same-origin files too. */
const START_SCRIPT = `'use strict';
const workers = {
  editorWorkerService: '${GRAPHIQL_ASSETS}editor.worker.js',
  json: '${GRAPHIQL_ASSETS}json.worker.js',
  graphql: '${GRAPHIQL_ASSETS}graphql.worker.js',
};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
const options = JSON.parse(document.getElementById('graphiql-options').textContent);
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
`;

type AssetName = 'css' | 'js' | 'editorWorkerService' | 'jsonWorker' | 'graphqlWorker' | 'favicon';

/** Each served file → the export of @graphql-yoga/render-graphiql/graphiql that holds it, or our starter. */
const JS = 'text/javascript; charset=utf-8';
const FILES = new Map<string, { type: string; asset: AssetName } | { type: string; text: string }>([
  ['graphiql.css', { type: 'text/css; charset=utf-8', asset: 'css' }],
  ['graphiql.js', { type: JS, asset: 'js' }],
  ['editor.worker.js', { type: JS, asset: 'editorWorkerService' }],
  ['json.worker.js', { type: JS, asset: 'jsonWorker' }],
  ['graphql.worker.js', { type: JS, asset: 'graphqlWorker' }],
  ['start.js', { type: JS, text: START_SCRIPT }],
  ['favicon.ico', { type: 'image/x-icon', asset: 'favicon' }],
]);

/** JSON that can sit inside <script> and HTML text: no `<`, `>` or `&` can end or open anything. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Yoga's `renderGraphiQL`: the page, with the options Yoga passes (title, default tabs). */
export function renderGraphiqlPage(options: GraphiQLOptions = {}): string {
  const title = escapeHtml(options.title ?? 'GraphiQL');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="${GRAPHIQL_ASSETS}favicon.ico">
<link rel="stylesheet" href="${GRAPHIQL_ASSETS}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run GraphiQL.</noscript>
<div id="root"></div>
<script type="application/json" id="graphiql-options">${inertJson(options)}</script>
<script src="${GRAPHIQL_ASSETS}graphiql.js"></script>
<script src="${GRAPHIQL_ASSETS}start.js"></script>
</body>
</html>
`;
}

/** The GraphiQL files under /graphiql/; undefined for any other path. The 9 MB bundle loads on first use. */
export async function graphiqlAsset(pathname: string): Promise<Response | undefined> {
  if (!pathname.startsWith(GRAPHIQL_ASSETS)) return undefined;
  const file = FILES.get(pathname.slice(GRAPHIQL_ASSETS.length));
  if (!file) return new Response('Not found', { status: 404 });
  const body =
    'text' in file ? file.text : asBody((await import('@graphql-yoga/render-graphiql/graphiql'))[file.asset]);
  return new Response(body, {
    headers: { 'content-type': file.type, 'cache-control': 'public, max-age=3600' },
  });
}

/** The package holds the icon as a data: URL; it is served as the bytes it encodes. */
function asBody(asset: string): BodyInit {
  const data = /^data:[^;,]+;base64,/.exec(asset);
  return data ? Buffer.from(asset.slice(data[0].length), 'base64') : asset;
}
