import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * True when the Authorization header carries `Bearer <apiKey>`. Hashing both sides first gives equal
 * lengths, so the comparison takes constant time whatever was sent. No key configured → never.
 */
export function isAuthorized(header: string | null, apiKey: string | undefined): boolean {
  if (!apiKey) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match) return false;
  return timingSafeEqual(sha256(match[1]!), sha256(apiKey));
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
