import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../server/cli/ingest-paths.ts';
import { exportGraph } from '../../server/graph/export-graph.ts';
import { graphFingerprint } from '../../server/graph/fingerprint.ts';
import { loadDocument } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { createExtractor } from '../../server/ingest/index.ts';
import { testParser } from '../fixtures/test-parser.ts';
import { articleA, articleB, combine } from '../support/fixture-docs.ts';
import { normalizeDoc } from '../support/normalize-doc.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

const extractor = createExtractor({ parser: testParser('articles') });

describe('ingesting the same articles again', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await migrate(graph);
    await clearGraph(graph);
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('changes nothing in the graph for hand-made documents', async () => {
    await loadDocument(graph, combine(articleA(), articleB()));
    const first = await graphFingerprint(graph);
    const again = await loadDocument(graph, combine(articleA(), articleB()));
    expect(again).toMatchObject({
      articlesLoaded: 0,
      articlesUnchanged: 2,
      entitiesCreated: 0,
      relationsCreated: 0,
    });
    await loadDocument(graph, articleB());
    expect(await graphFingerprint(graph)).toBe(first);
  });

  it('changes nothing in the graph when the seed articles are ingested twice', async () => {
    await clearGraph(graph);
    const first = await ingestPaths(graph, ['seeds/articles'], {}, extractor);
    expect(first.load.articlesLoaded).toBe(first.articlesRead);
    const before = await graphFingerprint(graph);
    const second = await ingestPaths(graph, ['seeds/articles'], {}, extractor);
    expect(second.load).toMatchObject({ articlesLoaded: 0, entitiesCreated: 0, relationsCreated: 0 });
    expect(await graphFingerprint(graph)).toBe(before);
  });

  it('changes nothing when a file of an ingested folder is ingested alone', async () => {
    await clearGraph(graph);
    await ingestPaths(graph, ['seeds/articles'], {}, extractor);
    const before = await graphFingerprint(graph);
    const files = readdirSync('seeds/articles').filter((f) => f.endsWith('.txt'));
    for (const file of files) {
      const alone = await ingestPaths(graph, [`seeds/articles/${file}`], {}, extractor);
      expect(alone.load).toMatchObject({ articlesLoaded: 0, articlesUnchanged: 1 });
    }
    expect(await graphFingerprint(graph)).toBe(before);
  });

  it('stores the same graph whatever order and grouping the files come in', async () => {
    await clearGraph(graph);
    await ingestPaths(graph, ['seeds/articles'], {}, extractor);
    const together = normalizeDoc(await exportGraph(graph));
    await clearGraph(graph);
    const files = readdirSync('seeds/articles').filter((f) => f.endsWith('.txt'));
    for (const file of [...files].reverse())
      await ingestPaths(graph, [`seeds/articles/${file}`], {}, extractor);
    expect(normalizeDoc(await exportGraph(graph))).toEqual(together);
  });
});
