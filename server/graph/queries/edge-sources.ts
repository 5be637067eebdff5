import type { RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { MAX_SOURCES, type SourceRow, sourcesSubquery, toSource } from './rows.ts';
import type { GraphReader } from './run-read.ts';

export interface EdgeKey {
  type: RelationType;
  id: string;
}

/** Sources of facts by id, from their claims (the claim index finds them; no relationship is read). */
export function edgeSourcesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id RETURN id, ${sourcesSubquery('id', MAX_SOURCES)} AS sources`,
    params: { ids: [...new Set(ids)] },
  };
}

/** Sources for each key, in key order: one query for the batch. */
export async function readEdgeSources(reader: GraphReader, keys: readonly EdgeKey[]): Promise<SourceRow[][]> {
  const rows = await reader.read<{ id: string; sources: Record<string, unknown>[] }>(
    edgeSourcesQuery(keys.map((k) => k.id)),
  );
  const found = new Map(rows.map((row) => [row.id, row.sources.map(toSource)]));
  return keys.map((k) => found.get(k.id) ?? []);
}
