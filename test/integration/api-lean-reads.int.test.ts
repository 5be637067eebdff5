// Reads leave out the free-form properties of nodes and edges when a request selects none: the same
// request with and without `properties` must agree on everything else, and get them when asked.
import { describe, expect, it } from 'vitest';
import { useSeededApi } from './api-test-app.ts';

const api = useSeededApi();

const EDGE = 'id type source target date datePrecision confidence sourceCount modality conflicting review';

describe('lean reads', () => {
  it('gives a neighbourhood the same nodes and edges with or without their properties', async () => {
    const query = (extra: string) => `{ neighborhood(ids: ["country:UA"], depth: 2) {
      nodes { id type name aliases ${extra} } edges { ${EDGE} ${extra} } } }`;
    const lean = await api.gql(query(''));
    const full = await api.gql(query('properties'));
    expect(lean.errors).toBeUndefined();
    const strip = (items: Record<string, unknown>[]) => items.map(({ properties: _, ...rest }) => rest);
    expect(lean.data.neighborhood.nodes).toEqual(strip(full.data.neighborhood.nodes));
    expect(lean.data.neighborhood.edges).toEqual(strip(full.data.neighborhood.edges));
    const ua = full.data.neighborhood.nodes.find((n: { id: string }) => n.id === 'country:UA');
    expect(ua.properties).toEqual({ iso2: 'UA' });
    const role = full.data.neighborhood.edges.find((e: { type: string }) => e.type === 'OFFICIAL_OF');
    expect(role.properties.role).toEqual(expect.any(String));
  });

  it('gives a neighbourhood that selects a few edge fields the same values as a full read', async () => {
    const query = (fields: string) =>
      `{ neighborhood(ids: ["country:UA"], depth: 2) { edges { ${fields} } } }`;
    const few = await api.gql(query('id type source target date'));
    const fragment = await api.gql(`{ neighborhood(ids: ["country:UA"], depth: 2) { edges { ...E } } }
      fragment E on GraphEdge { id confidence sourceCount }`);
    const full = await api.gql(query(`${EDGE} properties`));
    expect(few.errors).toBeUndefined();
    expect(fragment.errors).toBeUndefined();
    const pick = (keys: string[]) => (edge: Record<string, unknown>) =>
      Object.fromEntries(keys.map((key) => [key, edge[key]]));
    expect(few.data.neighborhood.edges).toEqual(
      full.data.neighborhood.edges.map(pick(['id', 'type', 'source', 'target', 'date'])),
    );
    expect(fragment.data.neighborhood.edges).toEqual(
      full.data.neighborhood.edges.map(pick(['id', 'confidence', 'sourceCount'])),
    );
    expect(full.data.neighborhood.edges.some((e: { confidence: number }) => e.confidence > 0)).toBe(true);
  });

  it('gives an entity the same relations with or without their properties, whichever alias asks', async () => {
    const query = (extra: string) => `{ entity(id: "country:UA") { relations {
      direction other { id name aliases ${extra} } edge { ${EDGE} ${extra} } } } }`;
    const lean = await api.gql(query(''));
    const full = await api.gql(query('properties'));
    expect(lean.errors).toBeUndefined();
    type Props = { properties?: unknown };
    const strip = (relations: { other: Props; edge: Props }[]) =>
      relations.map(
        ({ other: { properties: _o, ...other }, edge: { properties: _e, ...edge }, ...rest }) => ({
          ...rest,
          other,
          edge,
        }),
      );
    expect(lean.data.entity.relations).toEqual(strip(full.data.entity.relations));
    const official = full.data.entity.relations.find(
      (r: { edge: { type: string } }) => r.edge.type === 'OFFICIAL_OF',
    );
    expect(official.edge.properties.role).toEqual(expect.any(String));
    // Two aliases, one with properties: the one that asks still gets them.
    const both = await api.gql(`{ entity(id: "country:UA") { lean: relations { edge { id } }
      full: relations { edge { id properties } } } }`);
    expect(both.errors).toBeUndefined();
    expect(
      both.data.entity.full.some((r: { edge: { properties: object } }) => 'role' in r.edge.properties),
    ).toBe(true);
  });

  it('gives an entity’s relations that select a few edge fields the same values as a full read', async () => {
    const query = (fields: string) =>
      `{ entity(id: "country:UA") { relations { direction edge { ${fields} } } } }`;
    const few = await api.gql(query('type date sources { quote start article { id } }'));
    const full = await api.gql(query(`${EDGE} properties sources { quote start article { id } }`));
    expect(few.errors).toBeUndefined();
    type Relation = { direction: string; edge: Record<string, unknown> };
    expect(few.data.entity.relations).toEqual(
      full.data.entity.relations.map(({ direction, edge }: Relation) => ({
        direction,
        edge: { type: edge.type, date: edge.date, sources: edge.sources },
      })),
    );
    expect(few.data.entity.relations.some((r: Relation) => r.edge.date !== null)).toBe(true);
    // Two aliases asking for different keys: each gets its own.
    const both = await api.gql(`{ entity(id: "country:UA") { dated: relations { edge { id date } }
      weighed: relations { edge { id confidence sourceCount } } } }`);
    expect(both.errors).toBeUndefined();
    const byId = new Map(full.data.entity.relations.map(({ edge }: Relation) => [edge.id, edge] as const));
    for (const { edge } of both.data.entity.weighed as Relation[]) {
      expect(edge.confidence).toBe((byId.get(edge.id) as Record<string, unknown>).confidence);
      expect(edge.sourceCount).toBe((byId.get(edge.id) as Record<string, unknown>).sourceCount);
    }
    for (const { edge } of both.data.entity.dated as Relation[])
      expect(edge.date).toBe((byId.get(edge.id) as Record<string, unknown>).date);
  });

  it('gives an entity’s sources read with a few fields the same values as a full read', async () => {
    const full = await api.gql(`{ entity(id: "country:UA") { relations { edge { id sources {
      quote start end article { articleId title url publisher publishedAt language } } } } } }`);
    const few = await api.gql(
      '{ entity(id: "country:UA") { relations { edge { id sources { quote article { title } } } } } }',
    );
    const none = await api.gql('{ entity(id: "country:UA") { relations { edge { id } } } }');
    expect(full.errors).toBeUndefined();
    expect(few.errors).toBeUndefined();
    type Source = { quote: string; article: { title: string | null } };
    type Relation = { edge: { id: string; sources: Source[] } };
    const relations = full.data.entity.relations as Relation[];
    expect(relations.some((r) => r.edge.sources.length > 0)).toBe(true);
    expect(few.data.entity.relations).toEqual(
      relations.map(({ edge }) => ({
        edge: {
          id: edge.id,
          sources: edge.sources.map((s) => ({ quote: s.quote, article: { title: s.article.title } })),
        },
      })),
    );
    expect(none.data.entity.relations).toEqual(relations.map(({ edge }) => ({ edge: { id: edge.id } })));
  });

  it('never answers another field from an article read along with a few of its fields', async () => {
    // The claims' articles load after the relations: a partial article read along with the sources
    // must not have primed the loader they go through.
    const query = (fields: string) => `{ entity(id: "country:UA") { relations { edge {
      sources { article { title } } claims { article { ${fields} } } } } } }`;
    const mixed = await api.gql(query('articleId title language'));
    const alone = await api.gql(
      '{ entity(id: "country:UA") { relations { edge { claims { article { articleId title language } } } } } }',
    );
    expect(mixed.errors).toBeUndefined();
    type Claims = { edge: { claims: { article: Record<string, unknown> }[] } };
    const claims = (relations: Claims[]) => relations.map((r) => r.edge.claims);
    expect(claims(mixed.data.entity.relations)).toEqual(claims(alone.data.entity.relations));
    const languages = claims(alone.data.entity.relations)
      .flat()
      .map((c) => c.article.language);
    expect(languages.some((language) => typeof language === 'string')).toBe(true);
  });
});
