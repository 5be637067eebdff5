// The server's HTTP face over real HTTP: security headers on every response, CORS for configured origins
// only, the Host check, and GraphiQL served from the project's own files.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/api/http/app.ts';
import { refuseMalformedHost } from '../../server/api/http/host-check.ts';
import { createGraphGateway } from '../../server/graph/gateway.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { openTestGraph } from '../support/test-graph.ts';
import { quietLogger } from './api-test-app.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let graph: Graph;
let server: Server;
let port: number;

/** A raw HTTP request, so the Host header is exactly what the test says (fetch would set its own). */
function send(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const query = (headers: Record<string, string> = {}) => {
  const body = JSON.stringify({ query: '{ __typename }' });
  return send(
    '/graphql',
    { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
    'POST',
    body,
  );
};

beforeAll(async () => {
  graph = openTestGraph();
  const explorerDir = mkdtempSync(join(tmpdir(), 'newsgraph-explorer-'));
  mkdirSync(join(explorerDir, 'assets'));
  writeFileSync(
    join(explorerDir, 'index.html'),
    '<!doctype html><script type="module" src="./assets/app.js"></script>',
  );
  writeFileSync(join(explorerDir, 'assets', 'app.js'), 'console.log("explorer");');
  const app = createApp({
    gateway: createGraphGateway(graph),
    logger: quietLogger,
    explorerDir,
    http: { host: '127.0.0.1', allowedHosts: ['newsgraph.lan'], corsOrigins: ['https://tools.example.org'] },
  });
  server = createServer(refuseMalformedHost(app));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await graph?.driver.close();
});

describe('the HTTP face', () => {
  it('sends the security headers on the explorer, its assets, GraphQL, GraphiQL, errors and /health', async () => {
    const answers = [
      await send('/'),
      await send('/assets/app.js'),
      await send('/assets/missing.js'),
      await send('/health'),
      await query(),
      await send('/graphql', { accept: 'text/html' }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 200, 200, 200]);
    for (const { headers } of answers) {
      expect(headers['content-security-policy']).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(headers['content-security-policy']).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('grants CORS to a configured origin only, and never with credentials', async () => {
    const friend = await query({ origin: 'https://tools.example.org' });
    expect(friend.headers['access-control-allow-origin']).toBe('https://tools.example.org');
    const stranger = await query({ origin: 'https://evil.example' });
    expect(stranger.status).toBe(200);
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
    for (const answer of [friend, stranger])
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();

    const preflight = (origin: string) =>
      send(
        '/graphql',
        {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
        'OPTIONS',
      );
    const allowed = await preflight('https://tools.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://tools.example.org');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(Object.keys(refused.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('answers loopback names, HOST and the configured extra hosts, 421 to any other Host and 400 to a malformed one', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `newsgraph.lan:${port}`])
      expect((await send('/health', { host })).status, host).toBe(200);
    for (const host of [`evil.example:${port}`, 'attacker.test', `127.0.0.1.nip.io:${port}`]) {
      const answer = await query({ host });
      expect(answer.status, host).toBe(421);
      expect(answer.headers['content-security-policy']).toBeDefined();
    }
    const malformed = await send('/health', { host: 'evil.example:port' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-security-policy']).toBeDefined();
  });

  it('serves GraphiQL from its own files: no other origin, no inline script, every file found', async () => {
    const page = await send('/graphql', { accept: 'text/html' });
    expect(page.body).toContain('<div id="root">');
    expect(page.body).not.toMatch(/https?:\/\//);
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, content] of scripts)
      expect(/\ssrc="/.test(attributes!) || attributes!.includes('type="application/json"'), content).toBe(
        true,
      );
    const files = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(files).toEqual(expect.arrayContaining(['/graphiql/graphiql.js', '/graphiql/graphiql.css']));
    const start = await send('/graphiql/start.js');
    const workers = [...start.body.matchAll(/'(\/graphiql\/[\w.]+\.js)'/g)].map((m) => m[1]!);
    expect(workers).toHaveLength(3);
    for (const file of [...files, ...workers]) {
      const answer = await send(file);
      expect(answer.status, file).toBe(200);
      expect(answer.headers['content-type'], file).toMatch(/^(text\/(javascript|css)|image\/x-icon)/);
      expect(answer.body.length, file).toBeGreaterThan(100);
    }
  });
});
