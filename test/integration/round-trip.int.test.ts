import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateGraphDocument } from '../../schema/exchange.ts';
import { exportGraph } from '../../server/graph/export-graph.ts';
import { graphFingerprint } from '../../server/graph/fingerprint.ts';
import { loadDocument } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { deriveDocument } from '../../server/ingest/graph/derive-document.ts';
import { createExtractor, extractPaths } from '../../server/ingest/index.ts';
import { testParser } from '../fixtures/test-parser.ts';
import { articleA, articleB, combine } from '../support/fixture-docs.ts';
import { normalizeDoc } from '../support/normalize-doc.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

describe('round trip through Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await migrate(graph);
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('exports a hand-made document as it was imported, its facts derived from its claims', async () => {
    await clearGraph(graph);
    const doc = combine(articleA(), articleB());
    await loadDocument(graph, doc);
    expect(normalizeDoc(await exportGraph(graph))).toEqual(normalizeDoc(deriveDocument(doc)));
  });

  it('exports newsgraph/2 that imports into the same graph', async () => {
    await clearGraph(graph);
    await loadDocument(graph, combine(articleA(), articleB()));
    const exported = await exportGraph(graph);
    const before = await graphFingerprint(graph);
    await clearGraph(graph);
    await loadDocument(graph, validateGraphDocument(JSON.parse(JSON.stringify(exported))));
    expect(await graphFingerprint(graph)).toBe(before);
  });

  it('exports what extraction found in the seed articles, up to ordering', async () => {
    await clearGraph(graph);
    const { document } = await extractPaths(
      ['seeds/articles'],
      createExtractor({ parser: testParser('articles') }),
    );
    const summary = await loadDocument(graph, document);
    expect(summary.articlesFailed).toEqual([]);
    const exported = await exportGraph(graph);
    expect(() => validateGraphDocument(exported)).not.toThrow();
    expect(normalizeDoc(exported)).toEqual(normalizeDoc(document));
  });
});
