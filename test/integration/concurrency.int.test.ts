import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../schema/exchange.ts';
import { exportGraph } from '../../server/graph/export-graph.ts';
import { loadDocument } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import { type Graph, readQuery } from '../../server/graph/tx.ts';
import { articleDoc, combine, facts } from '../support/fixture-docs.ts';
import { normalizeDoc } from '../support/normalize-doc.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

/** Articles that all state the same facts about the same entities: the worst case for contention. */
function overlapping(from: number, to: number): GraphDocument {
  const docs = [];
  for (let i = from; i < to; i++) {
    const text = `Ukraine and France signed a pact; Macron met Zelensky (report ${i}).`;
    docs.push(
      articleDoc(
        `c${i}`,
        text,
        ['fr', 'ua', 'macron', 'zelensky', 'pact'],
        [facts.frParty, facts.uaParty, facts.met],
      ),
    );
  }
  return combine(...docs);
}

describe('two ingests running at once over overlapping articles', () => {
  let graphs: Graph[];
  beforeAll(async () => {
    graphs = [openTestGraph(), openTestGraph()];
    await migrate(graphs[0]!);
    await clearGraph(graphs[0]!);
  });
  afterAll(async () => {
    await clearGraph(graphs[0]!);
    await Promise.all(graphs.map((graph) => graph.driver.close()));
  });

  it('leave no duplicate node, relationship or source', async () => {
    const [one, two] = [overlapping(0, 40), overlapping(20, 60)];
    const results = await Promise.all([
      loadDocument(graphs[0]!, one, { batchSize: 4 }),
      loadDocument(graphs[1]!, two, { batchSize: 4 }),
    ]);
    expect(results.flatMap((result) => result.articlesFailed)).toEqual([]);
    const duplicates = await readQuery(graphs[0]!, {
      cypher: `CALL () { MATCH (n) WITH n.id AS id, count(*) AS n WHERE n > 1 RETURN id
        UNION MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH r.id AS id, count(*) AS n WHERE n > 1 RETURN id
        UNION MATCH (a)-[m:MENTIONS]->(e) WITH a, e, count(m) AS n WHERE n > 1 RETURN a.id + '→' + e.id AS id }
        RETURN id`,
      params: {},
    });
    expect(duplicates).toEqual([]);
    const [party] = await readQuery<{ count: number; sources: number }>(graphs[0]!, {
      cypher: `MATCH ()-[r:PARTY_TO {id: 'rel:party-ua'}]->()
        RETURN r.sourceCount AS count, COUNT { MATCH (c:Claim {about: r.id}) } AS sources`,
      params: {},
    });
    expect(party).toEqual({ count: 60, sources: 60 });
  });

  it('store the same graph as the two ingests run one after the other, up to ordering', async () => {
    const concurrent = normalizeDoc(await exportGraph(graphs[0]!));
    await clearGraph(graphs[0]!);
    await loadDocument(graphs[0]!, overlapping(0, 40));
    await loadDocument(graphs[0]!, overlapping(20, 60));
    expect(normalizeDoc(await exportGraph(graphs[0]!))).toEqual(concurrent);
  });
});
