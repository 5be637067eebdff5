import { describe, expect, it } from 'vitest';
import { readQuery } from '../../server/graph/tx.ts';
import { articleDoc, facts } from '../support/fixture-docs.ts';
import { openGraphOf, useApiOver } from './api-test-app.ts';

// Two entities named in one article are linked through it by MENTIONS (article → entity): a walk over
// relationships of any type would make them neighbours at depth 2, which no source says.
describe('a neighbourhood walks relations only', () => {
  const api = useApiOver(() =>
    openGraphOf(
      articleDoc(
        'n1',
        'Macron met Zelensky; France was named too.',
        ['macron', 'zelensky', 'fr'],
        [facts.met],
      ),
    ),
  );

  it('does not reach an entity only named in the same article', async () => {
    const [mentioned] = await readQuery<{ ids: string[] }>(api.graph, {
      cypher: `MATCH (:Article {id: 'n1'})-[:MENTIONS]->(e:Entity) RETURN collect(e.id) AS ids`,
      params: {},
    });
    expect(mentioned?.ids).toContain('country:FR');
    const { data, errors } = await api.gql(`{
      neighborhood(ids: ["official:emmanuel-macron"], depth: 2) { nodes { id } edges { type } }
      entity(id: "official:emmanuel-macron") { relations { other { id } edge { type } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.neighborhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'official:emmanuel-macron',
      'official:volodymyr-zelensky',
    ]);
    expect(data.neighborhood.edges).toEqual([{ type: 'MET' }]);
    expect(data.entity.relations).toEqual([
      { other: { id: 'official:volodymyr-zelensky' }, edge: { type: 'MET' } },
    ]);
  });
});
