import { type Graph, writeTx } from './tx.ts';

// Relationships go first, a batch at a time: DETACH DELETE of a hub node takes all of its relationships in
// one transaction, which at 100k articles passed the per-transaction memory limit.
const STEPS = [
  {
    what: 'relationships',
    cypher: 'MATCH ()-[r]->() WITH r LIMIT toInteger($batch) DELETE r RETURN count(*) AS deleted',
  },
  {
    what: 'nodes',
    cypher: 'MATCH (n) WITH n LIMIT toInteger($batch) DETACH DELETE n RETURN count(*) AS deleted',
  },
] as const;

/** Deletes every relationship and node (the schema stays), in bounded transactions so big graphs fit the heap. */
export async function clearGraph(graph: Graph, batch = 10_000): Promise<void> {
  for (const step of STEPS) {
    for (;;) {
      const [row] = await writeTx(
        graph,
        (tx) => tx.run<{ deleted: number }>({ cypher: step.cypher, params: { batch } }),
        `clearing the graph's ${step.what}`,
      );
      if ((row?.deleted ?? 0) < batch) break;
    }
  }
}
