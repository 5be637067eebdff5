// The Host header against the names this server is meant to be reached by. A page on another site whose
// name an attacker points at 127.0.0.1 (DNS rebinding) is same-origin to the browser; only the Host it
// sends gives it away.
import type { RequestListener } from 'node:http';
import { SECURITY_HEADERS } from './security-headers.ts';

/** Names every local server answers to, whatever HOST says. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** Addresses that mean "every interface": not a name a client sends. */
const ANY_ADDRESS = new Set(['0.0.0.0', '[::]', '::']);

function normalise(host: string): string {
  const name = host.trim().toLowerCase().replace(/\.$/, '');
  // A bare IPv6 address as configured (::1) is bracketed in URLs ([::1]).
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

/**
 * A check of a request URL's host name (which the HTTP server builds from the Host header): loopback
 * names, the configured HOST and the extra names; `*` among them accepts any (behind a proxy that checks).
 */
export function createHostCheck(host: string, extra: readonly string[] = []): (hostname: string) => boolean {
  const names = [...LOOPBACK, host, ...extra].map(normalise).filter((name) => !ANY_ADDRESS.has(name));
  if (names.includes('*')) return () => true;
  const allowed = new Set(names);
  return (hostname) => allowed.has(normalise(hostname));
}

/**
 * Node's HTTP handler wrapped so that a Host header no URL can hold gets 400: the fetch layer under Yoga
 * would build the request URL from it and fail with a bare 500 before any check or header runs.
 */
export function refuseMalformedHost(handler: RequestListener): RequestListener {
  return (req, res) => {
    const host = req.headers.host;
    if (host && !URL.canParse(`http://${host}/`)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      res.end('Malformed Host header\n');
      return;
    }
    handler(req, res);
  };
}
