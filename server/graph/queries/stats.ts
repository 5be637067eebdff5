import { MENTIONS, NODE_LABELS, RELATION_TYPES } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import type { GraphReader } from './run-read.ts';

export interface GraphStats {
  nodes: { label: string; count: number }[];
  relationships: { type: string; count: number }[];
}

// Labels and types come from the allow-lists; one count per label/type reads Neo4j's count store.

/** One count-store lookup per label, as rows {kind: 'node', name, c} to join with UNION ALL. */
export function labelCountParts(labels: readonly string[]): string[] {
  return labels.map(
    (label) =>
      `CALL { MATCH (n:${label}) RETURN count(n) AS c } RETURN 'node' AS kind, '${label}' AS name, c`,
  );
}

export function statsQuery(): CypherQuery {
  const labels = labelCountParts(NODE_LABELS);
  const types = [...RELATION_TYPES, MENTIONS].map(
    (type) =>
      `CALL { MATCH ()-[r:${type}]->() RETURN count(r) AS c } RETURN 'rel' AS kind, '${type}' AS name, c`,
  );
  return { cypher: [...labels, ...types].join('\nUNION ALL\n'), params: {} };
}

export async function readStats(reader: GraphReader): Promise<GraphStats> {
  const rows = await reader.read<{ kind: string; name: string; c: number }>(statsQuery());
  return {
    nodes: rows.filter((r) => r.kind === 'node').map((r) => ({ label: r.name, count: r.c })),
    relationships: rows.filter((r) => r.kind === 'rel').map((r) => ({ type: r.name, count: r.c })),
  };
}
