import type { RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { MAX_SOURCES, type SourceRow, sourcesSubquery, toSource } from './rows.ts';
import type { GraphReader } from './run-read.ts';

export interface EdgeKey {
  type: RelationType;
  id: string;
  /** Only the sources published by this day. */
  knownAt?: string | null;
}

const keyOf = (k: Pick<EdgeKey, 'id' | 'knownAt'>) => `${k.id}\u0000${k.knownAt ?? ''}`;

/** Sources of facts by id, from their claims (the claim index finds them; no relationship is read). */
export function edgeSourcesQuery(keys: readonly Pick<EdgeKey, 'id' | 'knownAt'>[]): CypherQuery {
  const unique = new Map(keys.map((k) => [keyOf(k), { id: k.id, knownAt: k.knownAt ?? null }]));
  return {
    cypher: `UNWIND $keys AS k
      RETURN k.id AS id, k.knownAt AS knownAt, ${sourcesSubquery('k.id', MAX_SOURCES, 'k.knownAt')} AS sources`,
    params: { keys: [...unique.values()] },
  };
}

/** Sources for each key, in key order: one query for the batch. */
export async function readEdgeSources(reader: GraphReader, keys: readonly EdgeKey[]): Promise<SourceRow[][]> {
  const rows = await reader.read<{ id: string; knownAt: string | null; sources: Record<string, unknown>[] }>(
    edgeSourcesQuery(keys),
  );
  const found = new Map(rows.map((row) => [keyOf(row), row.sources.map(toSource)]));
  return keys.map((k) => found.get(keyOf(k)) ?? []);
}
