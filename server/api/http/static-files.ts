import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built explorer: a file under `root` when it exists, else index.html for route-like paths.
 * Paths are resolved and must stay inside `root`, so `..` and encoded traversal never escape it.
 */
export function createStaticHandler(root: string) {
  const base = resolve(root);
  return async (pathname: string): Promise<Response> => {
    const file = await findFile(base, pathname);
    if (!file) return new Response('Not found', { status: 404 });
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600';
    return new Response(body, { headers: { 'content-type': type, 'cache-control': cache } });
  };
}

async function findFile(base: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const candidate = resolve(join(base, decoded));
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;
  if (await isFile(candidate)) return candidate;
  // A missing asset is a 404; only route-like paths fall back to the app shell.
  if (extname(candidate) !== '') return undefined;
  const index = join(base, 'index.html');
  return (await isFile(index)) ? index : undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
