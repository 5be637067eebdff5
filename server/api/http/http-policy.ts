// The server's HTTP face in one Yoga plugin, ahead of every route: the Host check, CORS for configured
// origins and the security headers on every response.
import type { Plugin } from 'graphql-yoga';
import { createCorsPolicy } from './cors-policy.ts';
import { createHostCheck } from './host-check.ts';
import { setSecurityHeaders } from './security-headers.ts';

export interface HttpPolicy {
  /** The configured HOST; loopback names are always accepted. */
  readonly host: string;
  /** More host names to answer to (NEWSGRAPH_ALLOWED_HOSTS); `*` for any. */
  readonly allowedHosts?: readonly string[];
  /** Origins allowed to call the API from another site (NEWSGRAPH_CORS_ORIGINS); none by default. */
  readonly corsOrigins?: readonly string[];
}

export function httpPolicyPlugin(policy: HttpPolicy): Plugin {
  const hostAllowed = createHostCheck(policy.host, policy.allowedHosts);
  const cors = createCorsPolicy(policy.corsOrigins ?? []);
  return {
    onRequest({ request, url, endResponse }) {
      if (!hostAllowed(url.hostname)) {
        const body = `Host "${url.host.slice(0, 100)}" is not served here; add it to NEWSGRAPH_ALLOWED_HOSTS to allow it.\n`;
        return endResponse(
          new Response(body, { status: 421, headers: { 'content-type': 'text/plain; charset=utf-8' } }),
        );
      }
      const preflight = cors.preflight(request);
      if (preflight) endResponse(preflight);
    },
    onResponse({ request, response }) {
      setSecurityHeaders(response.headers);
      cors.decorate(request, response.headers);
    },
  };
}
