// The ceiling the loader is measured against: the same rows (full-text searchText included) written by
// bare UNWIND CREATE statements on the indexed ids in large transactions, with none of the loader's
// per-article atomicity, locks, derivation from claims, event resolution or fingerprint checks (the
// relationships get the document's already derived values).

import type { GraphDocument } from '../schema/exchange.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../schema/graph-model.ts';
import { loadRows } from '../server/graph/load/load-rows.ts';
import { splitByArticle } from '../server/graph/load/split-by-article.ts';
import { type Graph, writeTx } from '../server/graph/tx.ts';

const BATCH = 5_000;

async function unwind(graph: Graph, cypher: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const params = { rows: rows.slice(i, i + BATCH) };
    await writeTx(graph, (tx) => tx.update({ cypher, params }), 'ceiling write');
  }
}

/** Returns the number of relationships written (relations + MENTIONS edges). */
export async function writeCeiling(graph: Graph, doc: GraphDocument): Promise<number> {
  const rows = loadRows(splitByArticle(doc).slices);
  await unwind(
    graph,
    'UNWIND $rows AS row CREATE (a:Article {id: row.id}) SET a += row.props',
    rows.articles,
  );
  for (const type of ENTITY_TYPES) {
    await unwind(
      graph,
      `UNWIND $rows AS row CREATE (e:Entity:${type} {id: row.id}) SET e.name = row.name, e.aliases = row.aliases, e += row.props,
       e.searchText = reduce(s = row.name, a IN row.aliases | s + ' | ' + a)`,
      rows.entities.get(type) ?? [],
    );
  }
  await unwind(
    graph,
    `UNWIND $rows AS row MATCH (a:Article {id: row.articleId}) MATCH (e:Entity {id: row.entityId})
     CREATE (a)-[:MENTIONS {starts: row.starts, ends: row.ends, texts: row.texts}]->(e)`,
    rows.mentions,
  );
  await unwind(graph, 'UNWIND $rows AS row CREATE (c:Claim) SET c = row', rows.claims);
  const derived = new Map(doc.relations.map((r) => [r.id, r]));
  let relations = 0;
  for (const type of RELATION_TYPES) {
    const typed = (rows.relations.get(type) ?? []).map((row) => {
      const { date, datePrecision, confidence, properties, sources } = derived.get(row.id)!;
      return {
        ...row,
        props: { ...properties, date, datePrecision, confidence, sourceCount: sources.length },
      };
    });
    relations += typed.length;
    await unwind(
      graph,
      `UNWIND $rows AS row MATCH (x:Entity {id: row.from}) MATCH (y:Entity {id: row.to})
       CREATE (x)-[r:${type} {id: row.id}]->(y) SET r += row.props`,
      typed,
    );
  }
  return relations + rows.mentions.length;
}
