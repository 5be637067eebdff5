import { createHash } from 'node:crypto';
import type { ParseRequest } from './parser.ts';

/** The cache key of a sentence's parse: its language and exact text. */
export function parseKey(request: ParseRequest): string {
  return createHash('sha1').update(request.language).update('\0').update(request.text).digest('hex');
}
