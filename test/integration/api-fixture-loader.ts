import type { GraphDocument } from '../../schema/exchange.ts';
import { RELATION_TYPES } from '../../schema/graph-model.ts';
import { type Graph, writeTx } from '../../server/graph/tx.ts';

// TODO: switch to INFRA's loader (server/graph/load) once it lands; this follows the storage contract
// of notes/common.md so the API tests have the seed graph meanwhile.
export async function loadFixture(graph: Graph, doc: GraphDocument): Promise<void> {
  await writeTx(graph, async (tx) => {
    await tx.run({
      cypher: 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row',
      params: { rows: doc.articles },
    });
    for (const type of ['Country', 'Official', 'Organization', 'Place', 'Agreement', 'Attack'] as const) {
      const rows = doc.entities
        .filter((e) => e.type === type)
        .map((e) => ({
          ...e.properties,
          id: e.id,
          name: e.name,
          aliases: e.aliases,
          searchText: [e.name, ...e.aliases].join(' | '),
        }));
      await tx.run({
        cypher: `UNWIND $rows AS row MERGE (n:Entity:${type} {id: row.id}) SET n += row`,
        params: { rows },
      });
    }
    for (const type of RELATION_TYPES) {
      const rows = doc.relations
        .filter((r) => r.type === type)
        .map((r) => ({
          from: r.from,
          to: r.to,
          props: {
            ...r.properties,
            id: r.id,
            date: r.date,
            datePrecision: r.datePrecision,
            confidence: r.confidence,
            sourceCount: r.sources.length,
            sourceArticleIds: r.sources.map((s) => s.articleId),
            sourceQuotes: r.sources.map((s) => s.quote),
            sourceStarts: r.sources.map((s) => s.start),
            sourceEnds: r.sources.map((s) => s.end),
          },
        }));
      await tx.run({
        cypher: `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
          MERGE (a)-[r:${type} {id: row.props.id}]->(b) SET r += row.props`,
        params: { rows },
      });
    }
    await tx.run({
      cypher: `UNWIND $rows AS row MATCH (a:Article {id: row.articleId}), (n:Entity {id: row.entityId})
        MERGE (a)-[m:MENTIONS]->(n)
        SET m.starts = coalesce(m.starts, []) + row.start, m.ends = coalesce(m.ends, []) + row.end,
            m.texts = coalesce(m.texts, []) + row.text`,
      params: { rows: doc.mentions },
    });
  });
}
