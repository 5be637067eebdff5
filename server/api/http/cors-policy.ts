// Cross-origin access for the configured origins only (none by default). The API authenticates with a
// bearer key, never cookies, so credentials are never allowed, whatever the Origin.

const PREFLIGHT_MAX_AGE_S = 600;

export interface CorsPolicy {
  /** The answer to a preflight request (OPTIONS with Access-Control-Request-Method), or undefined. */
  preflight(request: Request): Response | undefined;
  /** Adds the CORS headers a response to an allowed origin needs. */
  decorate(request: Request, headers: Headers): void;
}

export function createCorsPolicy(origins: readonly string[]): CorsPolicy {
  const allowed = new Set(origins);
  const allowedOrigin = (request: Request) => {
    const origin = request.headers.get('origin');
    return origin !== null && allowed.has(origin) ? origin : undefined;
  };
  return {
    preflight(request) {
      if (request.method !== 'OPTIONS' || !request.headers.has('access-control-request-method'))
        return undefined;
      const origin = allowedOrigin(request);
      // An unknown origin learns nothing: no Access-Control-* header at all.
      if (!origin) return new Response(null, { status: 403, headers: { vary: 'Origin' } });
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'content-type, authorization',
          'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
          vary: 'Origin',
        },
      });
    },
    decorate(request, headers) {
      if (!/\borigin\b/i.test(headers.get('vary') ?? '')) headers.append('vary', 'Origin');
      const origin = allowedOrigin(request);
      if (origin) headers.set('access-control-allow-origin', origin);
    },
  };
}
