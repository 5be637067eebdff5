// A store of version 2 kept each fact's support in a (:FactSupport) node of its own; version 3 keeps it
// on the fact. The migration moves every support and leaves the graph as the current loader writes it.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../server/cli/ingest-paths.ts';
import { graphFingerprint } from '../../server/graph/fingerprint.ts';
import { storeVersion } from '../../server/graph/migrate-store.ts';
import { migrate } from '../../server/graph/migrations.ts';
import { type Graph, readQuery, writeQuery } from '../../server/graph/tx.ts';
import { createExtractor } from '../../server/ingest/index.ts';
import { testParser } from '../fixtures/test-parser.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

const extractor = createExtractor({ parser: testParser('articles') });
const files = readdirSync('seeds/articles')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => `seeds/articles/${f}`);

/** Rewrites the current store as version 2 wrote it: supports in nodes of their own, with their index. */
async function asVersion2(graph: Graph): Promise<number> {
  const [nodes] = await writeQuery<{ n: number }>(graph, {
    cypher: `MATCH (e:Entity) WHERE e._support IS NOT NULL
      CREATE (:FactSupport {id: 'support:' + e.id, about: e.id, support: e._support})
      REMOVE e._support RETURN count(*) AS n`,
    params: {},
  });
  const [edges] = await writeQuery<{ n: number }>(graph, {
    cypher: `MATCH ()-[r]->() WHERE r._support IS NOT NULL
      CREATE (:FactSupport {id: 'support:' + r.id, about: r.id, support: r._support})
      REMOVE r._support RETURN count(*) AS n`,
    params: {},
  });
  await writeQuery(graph, {
    cypher: 'CREATE INDEX factsupport_id IF NOT EXISTS FOR (n:FactSupport) ON (n.id)',
    params: {},
  });
  await writeQuery(graph, {
    cypher: `MERGE (v:StoreVersion {id: 'newsgraph'}) SET v.version = 2`,
    params: {},
  });
  return nodes!.n + edges!.n;
}

async function leftovers(graph: Graph): Promise<{ nodes: number; indexes: number }> {
  const [nodes] = await readQuery<{ n: number }>(graph, {
    cypher: 'MATCH (s:FactSupport) RETURN count(s) AS n',
    params: {},
  });
  const indexes = await readQuery(graph, {
    cypher: `SHOW INDEXES YIELD name WHERE name = 'factsupport_id' RETURN name`,
    params: {},
  });
  return { nodes: nodes!.n, indexes: indexes.length };
}

describe('migrating fact supports onto their facts (store version 2 to 3)', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = openTestGraph();
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('moves every support, drops the nodes and their index, and changes nothing else', async () => {
    await clearGraph(graph);
    await migrate(graph);
    await ingestPaths(graph, files, {}, extractor);
    const current = await graphFingerprint(graph);
    const supports = await asVersion2(graph);
    expect(supports).toBeGreaterThan(10);
    expect(await storeVersion(graph)).toBe(2);

    const report = await migrate(graph);

    expect(report).toMatchObject({ from: 2, to: 3, claims: 0, supportsMoved: supports });
    expect(await storeVersion(graph)).toBe(3);
    expect(await leftovers(graph)).toEqual({ nodes: 0, indexes: 0 });
    expect(await graphFingerprint(graph)).toBe(current);
    expect(await migrate(graph)).toBeNull();
  });

  it('adds a later article to the moved supports as to supports the loader wrote', async () => {
    await clearGraph(graph);
    await migrate(graph);
    await ingestPaths(graph, files, {}, extractor);
    const direct = await graphFingerprint(graph);

    await clearGraph(graph);
    await migrate(graph);
    await ingestPaths(graph, files.slice(0, -1), {}, extractor);
    await asVersion2(graph);
    await migrate(graph);
    await ingestPaths(graph, files.slice(-1), {}, extractor);

    expect(await graphFingerprint(graph)).toBe(direct);
  });
});
