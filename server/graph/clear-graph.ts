import { type Graph, writeTx } from './tx.ts';

/** Deletes every node and relationship (the schema stays), in bounded transactions so big graphs fit the heap. */
export async function clearGraph(graph: Graph, batch = 10_000): Promise<void> {
  for (;;) {
    const [row] = await writeTx(
      graph,
      (tx) =>
        tx.run<{ deleted: number }>({
          cypher: 'MATCH (n) WITH n LIMIT toInteger($batch) DETACH DELETE n RETURN count(*) AS deleted',
          params: { batch },
        }),
      'clearing the graph',
    );
    if ((row?.deleted ?? 0) < batch) return;
  }
}
