// A hash of everything stored (every node with its labels and properties, every relationship with its
// type, endpoints and properties), independent of storage order: equal fingerprints, equal graphs. When
// an article was ingested is left out: it says when, not what.
import { createHash } from 'node:crypto';
import { type Graph, readTx } from './tx.ts';

export async function graphFingerprint(graph: Graph): Promise<string> {
  const { nodes, relationships } = await readTx(
    graph,
    async (tx) => ({
      nodes: await tx.run({
        cypher: 'MATCH (n) RETURN labels(n) AS labels, n {.*, ingestedAt: null} AS props',
        params: {},
      }),
      relationships: await tx.run({
        cypher: `MATCH (a)-[r]->(b)
          RETURN labels(a) AS fromLabels, a.id AS from, type(r) AS type, labels(b) AS toLabels, b.id AS to,
            properties(r) AS props`,
        params: {},
      }),
    }),
    'fingerprint',
  );
  const lines = [...nodes, ...relationships].map(canonical).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** JSON with object keys sorted and label lists sorted, so equal content gives equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, item) => {
    if (Array.isArray(item) && key.toLowerCase().endsWith('labels')) return [...item].sort();
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)));
    }
    return item;
  });
}
