import { createHash } from 'node:crypto';
import type { Gazetteer } from './gazetteer-schema.ts';

/** The gazetteer's part of the extractor version: on every claim and in every article's fingerprint. */
export function gazetteerHash(gazetteer: Gazetteer): string {
  return createHash('sha256').update(JSON.stringify(gazetteer)).digest('hex').slice(0, 12);
}
