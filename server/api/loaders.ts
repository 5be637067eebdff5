import type { GraphReader } from '../graph/queries/run-read.ts';

// Per-request DataLoaders: one `IN $ids` query per batch, results in key order.
export interface Loaders {
  reader: GraphReader;
}

export function createLoaders(reader: GraphReader): Loaders {
  return { reader };
}
