// Store version 3 keeps each fact's support on the fact (load/fact-support.ts); version 2 kept it in a
// (:FactSupport {id: 'support:' + fact id, about, support}) node of its own. The migration moves each
// support onto its fact, in batches, and deletes the nodes. A support whose fact is gone is dropped: a
// fact without a stored support is derived from all its claims the next time it changes.
import { RELATION_TYPES } from '../../schema/graph-model.ts';
import { SUPPORT_KEY } from './stored-keys.ts';
import { type Graph, writeTx } from './tx.ts';

const BATCH = 5_000;

/** Returns the number of supports moved (those whose fact is gone are only deleted). */
export async function moveSupportsOntoFacts(graph: Graph): Promise<number> {
  let moved = 0;
  for (;;) {
    const batch = await writeTx(
      graph,
      async (tx) => {
        const rows = await tx.run<{ about: string; support: string | null }>({
          cypher: `MATCH (s:FactSupport) WITH s LIMIT toInteger($batch)
            WITH s, s.about AS about, s.support AS support
            DELETE s
            RETURN about, support`,
          params: { batch: BATCH },
        });
        if (rows.length === 0) return null;
        let count = 0;
        // A fact is an event node or a relationship of one type; its id alone does not say which.
        const onEntities = await tx.run<{ n: number }>({
          cypher: `UNWIND $rows AS row MATCH (e:Entity {id: row.about})
            SET e.${SUPPORT_KEY} = row.support RETURN count(*) AS n`,
          params: { rows },
        });
        count += onEntities[0]?.n ?? 0;
        for (const type of RELATION_TYPES) {
          const onRelations = await tx.run<{ n: number }>({
            cypher: `UNWIND $rows AS row MATCH ()-[r:${type} {id: row.about}]->()
              SET r.${SUPPORT_KEY} = row.support RETURN count(*) AS n`,
            params: { rows },
          });
          count += onRelations[0]?.n ?? 0;
        }
        return count;
      },
      'moving fact supports onto their facts',
    );
    if (batch === null) break;
    moved += batch;
  }
  await writeTx(
    graph,
    (tx) => tx.run({ cypher: 'DROP INDEX factsupport_id IF EXISTS', params: {} }),
    'dropping the fact support index',
  );
  return moved;
}
