// A store written by the previous version (store version 1: sources as parallel lists on each
// relationship, fact keys and content hashes on articles) migrates at start with every fact and source
// intact. test/fixtures/store-v1.json is the raw dump of such a store (seeds/articles and
// test/fixtures/dev-articles ingested by commit b5bee13); store-v1.export.json is its export then.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphDocument, validateGraphDocument } from '../../schema/exchange.ts';
import { MENTIONS, NODE_LABELS, RELATION_TYPES } from '../../schema/graph-model.ts';
import { exportGraph } from '../../server/graph/export-graph.ts';
import { storeVersion } from '../../server/graph/migrate-store.ts';
import { migrate } from '../../server/graph/migrations.ts';
import { type Graph, readQuery, writeQuery } from '../../server/graph/tx.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

interface Dump {
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  relationships: { from: string; type: string; to: string; props: Record<string, unknown> }[];
}

const LABELS = new Set<string>(['Entity', ...NODE_LABELS]);
const TYPES = new Set<string>([...RELATION_TYPES, MENTIONS]);

/** Writes the dump back as it was stored; labels and types come from the allow-lists only. */
async function restore(graph: Graph, dump: Dump): Promise<void> {
  const byLabels = new Map<string, Record<string, unknown>[]>();
  for (const node of dump.nodes) {
    if (!node.labels.every((l) => LABELS.has(l))) throw new Error(`unexpected labels ${node.labels}`);
    const key = node.labels.join(':');
    byLabels.set(key, [...(byLabels.get(key) ?? []), node.props]);
  }
  for (const [labels, rows] of byLabels) {
    await writeQuery(graph, {
      cypher: `UNWIND $rows AS row CREATE (n:${labels}) SET n = row`,
      params: { rows },
    });
  }
  const byType = new Map<string, Dump['relationships']>();
  for (const rel of dump.relationships) {
    if (!TYPES.has(rel.type)) throw new Error(`unexpected type ${rel.type}`);
    byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
  }
  for (const [type, rows] of byType) {
    await writeQuery(graph, {
      cypher: `UNWIND $rows AS row MATCH (a {id: row.from}), (b {id: row.to})
        CREATE (a)-[r:${type}]->(b) SET r = row.props`,
      params: { rows },
    });
  }
}

/** What every version must keep: each fact's endpoints, date, values and sources; entities and mentions. */
function essentials(doc: GraphDocument) {
  const drop = new Set(['modality', 'sourceCount']);
  const values = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).filter(([key, value]) => value !== null && !drop.has(key)));
  return {
    articles: doc.articles.map(({ extractor: _e, ...a }) => a).sort((a, b) => a.id.localeCompare(b.id)),
    entities: doc.entities
      .map((e) => ({ ...e, aliases: [...e.aliases].sort(), properties: values(e.properties) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    relations: doc.relations
      .map((r) => ({
        ...r,
        properties: values(r.properties),
        sources: [...r.sources].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    mentions: doc.mentions.length,
  };
}

describe('migrating a store written by the previous version', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await clearGraph(graph);
    await restore(graph, JSON.parse(readFileSync('test/fixtures/store-v1.json', 'utf8')));
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('keeps every fact, date, value and source, with each source now a claim', async () => {
    expect(await storeVersion(graph)).toBe(1);
    const report = await migrate(graph);
    expect(report).toMatchObject({ from: 1, to: 3 });
    expect(await storeVersion(graph)).toBe(3);
    const before = validateGraphDocument(
      JSON.parse(readFileSync('test/fixtures/store-v1.export.json', 'utf8')),
      'store-v1.export.json',
    );
    const after = await exportGraph(graph);
    expect(essentials(after)).toEqual(essentials(before));
    const [left] = await readQuery<{ lists: number; keys: number }>(graph, {
      cypher: `RETURN COUNT { MATCH ()-[r]->() WHERE r.sourceArticleIds IS NOT NULL } AS lists,
        COUNT { MATCH (a:Article) WHERE a.factKeys IS NOT NULL OR a.contentHash IS NOT NULL } AS keys`,
      params: {},
    });
    expect(left).toEqual({ lists: 0, keys: 0 });
  });

  it('does nothing the second time', async () => {
    expect(await migrate(graph)).toBeNull();
  });
});
