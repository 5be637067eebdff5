import { describe, expect, it } from 'vitest';
import { createExtractor, extractPaths } from '../../server/ingest/index.ts';
import { testParser } from '../fixtures/test-parser.ts';
import { openGraphOf, type SeededApi, useApiOver } from './api-test-app.ts';

// The questions, asked over HTTP of the graph that extraction + the loader make of the seeds.
const api = useApiOver(async () => {
  const { document, failures } = await extractPaths(
    ['seeds/articles'],
    createExtractor({ parser: testParser('articles') }),
  );
  expect(failures).toEqual([]);
  return openGraphOf(document, 'seeds/articles');
});
const gql: SeededApi['gql'] = (...args) => api.gql(...args);

const idOf = async (query: string, type: string) => {
  const result = await gql(
    'query($q: String!, $t: EntityType!) { search(query: $q, types: [$t], first: 1) { entity { entityId } } }',
    {
      q: query,
      t: type,
    },
  );
  return result.data.search[0]?.entity.entityId as string;
};

describe('GraphQL over the extracted seed articles', () => {
  it('says Biden and Zelensky signed the US–Ukraine agreement on 2024-06-13, quoting a sentence with "signé"', async () => {
    const { data, errors } = await gql(`{ agreements(party: "country:US", first: 20) { edges { node {
      name parties { entityId }
      signatures { other { name } edge { date sources { quote article { articleId } } } }
    } } } }`);
    expect(errors).toBeUndefined();
    const signed = data.agreements.edges
      .map((e: { node: unknown }) => e.node)
      .find(
        (a: { parties: { entityId: string }[]; signatures: unknown[] }) =>
          a.signatures.length > 0 && a.parties.some((p) => p.entityId === 'country:UA'),
      );
    const signers = signed.signatures.map((s: { other: { name: string } }) => s.other.name).sort();
    expect(signers).toEqual(['Joe Biden', 'Volodymyr Zelensky']);
    for (const s of signed.signatures) {
      expect(s.edge.date).toBe('2024-06-13');
      expect(s.edge.sources.some((source: { quote: string }) => source.quote.includes('signé'))).toBe(true);
    }
  });

  it('names the regions the drones of June 2024 targeted', async () => {
    const { data } = await gql(`{ attacks(from: "2024-06", to: "2024-06", first: 20) { edges { node {
      targets { entity { name type } }
    } } } }`);
    const regions = new Set<string>(
      data.attacks.edges.flatMap((e: { node: { targets: { entity: { name: string; type: string } }[] } }) =>
        e.node.targets.filter((t) => t.entity.type === 'Place').map((t) => t.entity.name),
      ),
    );
    for (const region of ['Rostov', 'Belgorod', 'Volgograd', 'Kursk', 'Crimea']) {
      expect([...regions].some((name) => name.includes(region))).toBe(true);
    }
  });

  it('lists the officials of Ukraine with their roles', async () => {
    const { data } = await gql(
      '{ entity(id: "country:UA") { ... on Country { officials { role official { name } } } } }',
    );
    const names = data.entity.officials.map((r: { official: { name: string } }) => r.official.name);
    expect(names).toEqual(
      expect.arrayContaining(['Volodymyr Zelensky', 'Andriy Taran', 'Rustem Umerov', 'Oleksandr Syrsky']),
    );
    const zelensky = data.entity.officials.find(
      (r: { official: { name: string } }) => r.official.name === 'Volodymyr Zelensky',
    );
    expect(zelensky.role).toMatch(/president/i);
  });

  it('finds a path from Lloyd Austin to Volodymyr Zelensky', async () => {
    const austin = await idOf('Lloyd Austin', 'Official');
    const zelensky = await idOf('zelenskyy', 'Official');
    expect(zelensky).toBe('official:volodymyr-zelensky');
    const { data, errors } = await gql(
      'query($a: String!, $b: String!) { paths(from: $a, to: $b) { nodes { id } } }',
      {
        a: austin,
        b: zelensky,
      },
    );
    expect(errors).toBeUndefined();
    expect(data.paths.length).toBeGreaterThan(0);
    expect(data.paths[0].nodes[0].id).toBe(austin);
    expect(data.paths[0].nodes.at(-1).id).toBe(zelensky);
  });
});
