import type { RelationType } from '../../../schema/graph-model.ts';
import { SOURCE_LIST_KEYS } from '../stored-keys.ts';
import type { CypherQuery } from './cypher-query.ts';
import { MAX_SOURCES, type SourceRow, toSources } from './rows.ts';
import type { GraphReader } from './run-read.ts';

export interface EdgeKey {
  type: RelationType;
  id: string;
}

/** Sources of relationships of one type by id (the type's id constraint gives the index). */
export function edgeSourcesQuery(type: RelationType, ids: readonly string[]): CypherQuery {
  const lists = SOURCE_LIST_KEYS.map((key) => `${key}: r.${key}[0..${MAX_SOURCES}]`).join(', ');
  // The type comes from the RelationType allow-list carried by the edge row, never from input.
  return {
    cypher: `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() RETURN id, {${lists}} AS props`,
    params: { ids: [...new Set(ids)] },
  };
}

/** Sources for each key, in key order: one query per relationship type in the batch. */
export async function readEdgeSources(reader: GraphReader, keys: readonly EdgeKey[]): Promise<SourceRow[][]> {
  const types = [...new Set(keys.map((k) => k.type))];
  const found = new Map<string, SourceRow[]>();
  await Promise.all(
    types.map(async (type) => {
      const ids = keys.filter((k) => k.type === type).map((k) => k.id);
      const rows = await reader.read<{ id: string; props: Record<string, unknown> }>(
        edgeSourcesQuery(type, ids),
      );
      for (const row of rows) found.set(`${type}|${row.id}`, toSources(row.props));
    }),
  );
  return keys.map((k) => found.get(`${k.type}|${k.id}`) ?? []);
}
