// Headers on every response, the explorer's files, GraphQL and errors alike.

/**
 * Scripts only from this origin (no inline script, no eval): article text shown by the explorer can
 * never run. Styles allow inline because Cytoscape and GraphiQL's editor set them from script; images
 * and fonts allow data: URLs (GraphiQL's icon and editor font). No framing by any site.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // For browsers that predate frame-ancestors.
  'x-frame-options': 'DENY',
  // Explorer URLs carry the view (focus, filters); they are nobody else's business.
  'referrer-policy': 'no-referrer',
};

export function setSecurityHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
}
