import { describe, expect, it } from 'vitest';
import { useSeededApi } from './api-test-app.ts';

const ZELENSKY = 'official:volodymyr-zelensky';
const AUSTIN = 'official:lloyd-austin';

const api = useSeededApi();

describe('GraphQL API over the seed graph', () => {
  it('says who signed the US–Ukraine agreement, when, and quotes the source sentence', async () => {
    const { data, errors } = await api.gql(`{
      agreements(party: "country:US", status: "signed", first: 10) { edges { node {
        name date durationYears
        parties { entityId }
        signatures { other { name } edge { date datePrecision sources { quote start end article { articleId publishedAt text } } } }
      } } }
    }`);
    expect(errors).toBeUndefined();
    const agreement = data.agreements.edges
      .map((e: { node: unknown }) => e.node)
      .find((a: { date: string }) => a.date === '2024-06-13');
    expect(agreement.parties.map((p: { entityId: string }) => p.entityId).sort()).toEqual([
      'country:UA',
      'country:US',
    ]);
    expect(agreement.signatures.map((s: { other: { name: string } }) => s.other.name).sort()).toEqual([
      'Joe Biden',
      'Volodymyr Zelensky',
    ]);
    for (const signature of agreement.signatures) {
      expect(signature.edge.date).toBe('2024-06-13');
      const source = signature.edge.sources[0];
      expect(source.quote).toContain('signé');
      expect(source.article.text.slice(source.start, source.end)).toBe(source.quote);
    }
  });

  it('lists the regions the drones of June 2024 targeted, with counts', async () => {
    const { data, errors } = await api.gql(`{
      attacks(weapon: "drone", from: "2024-06", to: "2024-06") { edges { node {
        date attacker { entityId } targets { count entity { name type } }
      } } }
    }`);
    expect(errors).toBeUndefined();
    const [attack] = data.attacks.edges.map((e: { node: unknown }) => e.node);
    expect(attack.attacker.entityId).toBe('country:UA');
    const names = attack.targets
      .filter((t: { entity: { type: string } }) => t.entity.type === 'Place')
      .map((t: { entity: { name: string } }) => t.entity.name)
      .sort();
    expect(names).toEqual(['Belgorod', 'Crimea', 'Kursk', 'Rostov', 'Volgograd', 'Voronezh']);
    expect(attack.targets.find((t: { entity: { name: string } }) => t.entity.name === 'Rostov').count).toBe(
      70,
    );
  });

  it('lists all officials of Ukraine with their roles', async () => {
    const { data, errors } = await api.gql(`{
      entity(id: "country:UA") { name ... on Country { officials { role official { name } } } }
    }`);
    expect(errors).toBeUndefined();
    const roles = Object.fromEntries(
      data.entity.officials.map((r: { role: string; official: { name: string } }) => [
        r.official.name,
        r.role,
      ]),
    );
    expect(roles).toMatchObject({
      'Volodymyr Zelensky': 'President',
      'Andriy Taran': 'Minister of Defence',
      'Rustem Umerov': 'Minister of Defence',
      'Oleksandr Syrsky': 'Commander-in-Chief',
    });
  });

  it('finds a path from Lloyd Austin to Volodymyr Zelensky', async () => {
    const { data, errors } = await api.gql(
      `query($a: String!, $b: String!) {
      paths(from: $a, to: $b, maxHops: 4) { nodes { id name } edges { type source target } }
    }`,
      { a: AUSTIN, b: ZELENSKY },
    );
    expect(errors).toBeUndefined();
    expect(data.paths.length).toBeGreaterThan(0);
    for (const path of data.paths) {
      const ids = path.nodes.map((n: { id: string }) => n.id);
      expect(ids).toContain(AUSTIN);
      expect(ids).toContain(ZELENSKY);
      expect(path.edges.length).toBe(path.nodes.length - 1);
    }
  });

  it('finds entities by misspelt, accented or French names', async () => {
    const top = async (query: string) =>
      (
        await api.gql('query($q: String!) { search(query: $q, first: 3) { score entity { entityId } } }', {
          q: query,
        })
      ).data.search[0]?.entity.entityId;
    expect(await top('zelenskyy')).toBe(ZELENSKY);
    expect(await top('koursk')).toBe(await top('Kursk'));
    expect(await top('Kursk')).toBe('place:kursk');
    expect(await top('États-Unis')).toBe('country:US');
    expect(await top('"*" ~ (?) :')).toBeUndefined();
    const operators = await api.gql('{ search(query: "NOT (kursk AND) OR \\\\ [") { entity { entityId } } }');
    expect(operators.errors).toBeUndefined();
  });

  it('returns a neighbourhood the explorer can draw, and says when the cap cut it', async () => {
    const { data } = await api.gql(`{ neighborhood(ids: ["country:UA"], depth: 2, limit: 8) {
      truncated nodes { id } edges { source target } } }`);
    const ids = new Set(data.neighborhood.nodes.map((n: { id: string }) => n.id));
    expect(data.neighborhood.truncated).toBe(true);
    expect(ids.size).toBe(8);
    expect(ids.has('country:UA')).toBe(true);
    for (const edge of data.neighborhood.edges)
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('loads the sources of neighbourhood and timeline edges when asked', async () => {
    const { data, errors } = await api.gql(`{
      neighborhood(ids: ["${AUSTIN}"]) { edges { type sourceCount sources(first: 1) { quote article { articleId } } } }
      timeline(ids: ["${AUSTIN}"]) { edges { sources { quote } } }
    }`);
    expect(errors).toBeUndefined();
    for (const edge of data.neighborhood.edges) {
      expect(edge.sources).toHaveLength(1);
      expect(edge.sources[0].quote.length).toBeGreaterThan(10);
    }
    expect(data.timeline.edges[0].sources.length).toBeGreaterThan(0);
  });

  it('orders the timeline by date', async () => {
    const { data } = await api.gql('{ timeline(ids: ["country:UA"]) { edges { date } } }');
    const dates = data.timeline.edges.map((e: { date: string }) => e.date);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort());
  });

  it('pages through countries with cursors and resolves Relay global ids', async () => {
    const first = await api.gql(
      '{ countries(first: 3) { edges { cursor node { id entityId } } pageInfo { hasNextPage endCursor } } }',
    );
    const second = await api.gql(
      'query($after: String) { countries(first: 3, after: $after) { edges { node { entityId } } } }',
      {
        after: first.data.countries.pageInfo.endCursor,
      },
    );
    const a = first.data.countries.edges.map((e: { node: { entityId: string } }) => e.node.entityId);
    const b = second.data.countries.edges.map((e: { node: { entityId: string } }) => e.node.entityId);
    expect(first.data.countries.pageInfo.hasNextPage).toBe(true);
    expect(b[0] > a[2]).toBe(true);
    const node = await api.gql('query($id: ID!) { node(id: $id) { ... on Country { entityId iso2 } } }', {
      id: first.data.countries.edges[0].node.id,
    });
    expect(node.data.node.entityId).toBe(a[0]);
  });

  it('gives each relation its sources with article title, date and offsets', async () => {
    const { data } = await api.gql(
      `query($id: String!) { entity(id: $id) {
      mentionedIn { articleId }
      relations(types: [MET]) { direction other { id } edge { confidence sources { quote article { publishedAt } } } }
    } }`,
      { id: AUSTIN },
    );
    expect(data.entity.relations[0].other.id).toBe('official:andriy-taran');
    expect(data.entity.relations[0].edge.sources[0].article.publishedAt).toBe('2021-10-19');
    expect(data.entity.mentionedIn.map((a: { articleId: string }) => a.articleId)).toContain(
      '002_1ea246158f8bae47',
    );
  });

  it('answers stats with counts per label and type', async () => {
    const { data } = await api.gql('{ stats { nodes { label count } relationships { type count } } }');
    const nodes = Object.fromEntries(
      data.stats.nodes.map((n: { label: string; count: number }) => [n.label, n.count]),
    );
    expect(nodes.Article).toBe(5);
    expect(nodes.Official).toBeGreaterThanOrEqual(10);
  });
});
