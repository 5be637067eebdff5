import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATION_TYPES } from '../../schema/graph-model.ts';
import { FULLTEXT_INDEX, migrate } from '../../server/graph/migrations.ts';
import { type Graph, readQuery, writeQuery } from '../../server/graph/tx.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';

const schemaQuery = {
  cypher: `SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options
    RETURN name, type, labelsOrTypes, properties ORDER BY name`,
  params: {},
};

describe('schema migrations', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await clearGraph(graph);
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
  });

  it('create a unique id constraint for every label and the Entity label', async () => {
    await migrate(graph);
    const rows = await readQuery<{ labels: string[]; properties: string[] }>(graph, {
      cypher:
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes AS labels, properties WHERE type = 'UNIQUENESS' RETURN labels, properties",
      params: {},
    });
    const constrained = rows.filter((row) => row.properties.join() === 'id').map((row) => row.labels[0]);
    expect(new Set(constrained)).toEqual(new Set(['Entity', ...NODE_LABELS]));
  });

  it('create a unique id constraint for every relationship type', async () => {
    await migrate(graph);
    const rows = await readQuery<{ types: string[] }>(graph, {
      cypher:
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes AS types WHERE type = 'RELATIONSHIP_UNIQUENESS' RETURN types",
      params: {},
    });
    expect(new Set(rows.map((row) => row.types[0]))).toEqual(new Set(RELATION_TYPES));
  });

  it('change nothing when applied a second time', async () => {
    await migrate(graph);
    const before = await readQuery(graph, schemaQuery);
    await migrate(graph);
    expect(await readQuery(graph, schemaQuery)).toEqual(before);
  });

  it('reject a second entity with the same id as a constraint violation', async () => {
    await migrate(graph);
    await writeQuery(graph, { cypher: 'CREATE (:Entity:Country {id: $id})', params: { id: 'country:FR' } });
    await expect(
      writeQuery(graph, { cypher: 'CREATE (:Entity:Country {id: $id})', params: { id: 'country:FR' } }),
    ).rejects.toMatchObject({ code: 'CONSTRAINT_VIOLATION' });
  });

  it('find names through the full-text index regardless of accents and case', async () => {
    await migrate(graph);
    await writeQuery(graph, {
      cypher: 'CREATE (:Entity:Place {id: $id, name: $name, searchText: $name})',
      params: { id: 'place:kherson', name: 'Kherson Région Sud' },
    });
    const rows = await readQuery<{ id: string }>(graph, {
      cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $q) YIELD node RETURN node.id AS id`,
      params: { q: 'region' },
    });
    expect(rows.map((row) => row.id)).toContain('place:kherson');
  });
});
