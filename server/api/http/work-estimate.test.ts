import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/schema.ts';
import { graphiqlExamples } from './graphiql-examples.ts';
import { REQUEST_LIMITS } from './request-limits.ts';
import { estimateWork } from './work-estimate.ts';

const work = (query: string, variables: Record<string, unknown> = {}) =>
  estimateWork(schema, parse(query), variables);

const NEIGHBORHOOD = 'nodes { id name } edges { id type source target }';

describe('estimateWork', () => {
  it('grows a neighbourhood with its depth and limit, from variables and defaults alike', () => {
    const deep = work(`{ neighborhood(ids: ["a"], depth: 3, limit: 1000) { ${NEIGHBORHOOD} } }`);
    const viaVariables = work(
      `query($d: Int, $l: Int) { neighborhood(ids: ["a"], depth: $d, limit: $l) { ${NEIGHBORHOOD} } }`,
      { d: 3, l: 1000 },
    );
    expect(viaVariables).toBe(deep);
    const byDefault = work(`{ neighborhood(ids: ["a"]) { ${NEIGHBORHOOD} } }`);
    expect(byDefault).toBeLessThan(work(`{ neighborhood(ids: ["a"], depth: 2) { ${NEIGHBORHOOD} } }`));
    expect(deep).toBeGreaterThan(5 * byDefault);
  });

  it('refuses fifteen aliases of the largest neighbourhood but lets one through', () => {
    const one = `neighborhood(ids: ["a"], depth: 3, limit: 1000) { ${NEIGHBORHOOD} }`;
    expect(work(`{ ${one} }`)).toBeLessThanOrEqual(REQUEST_LIMITS.maxWork);
    const many = Array.from({ length: 15 }, (_, i) => `n${i}: ${one}`).join(' ');
    expect(work(`{ ${many} }`)).toBeGreaterThan(REQUEST_LIMITS.maxWork);
  });

  it('multiplies nested lists by their first, through fragments and interfaces', () => {
    const small = work(
      '{ search(query: "x", first: 1) { entity { ...R } } } fragment R on Entity { relations(first: 10) { edge { sources(first: 1) { quote } } } }',
    );
    const large = work(
      '{ search(query: "x", first: 100) { entity { ...R } } } fragment R on Entity { relations(first: 500) { edge { sources(first: 100) { quote } } } }',
    );
    expect(large).toBeGreaterThan(REQUEST_LIMITS.maxWork);
    expect(small).toBeLessThan(100);
  });

  it('costs paths by hops and connections by page size', () => {
    expect(work('{ paths(from: "a", to: "b", maxHops: 6, first: 20) { nodes { id } } }')).toBeGreaterThan(
      work('{ paths(from: "a", to: "b") { nodes { id } } }') * 20,
    );
    expect(work('{ countries(first: 100) { edges { node { id } } } }')).toBeGreaterThan(
      work('{ countries(first: 5) { edges { node { id } } } }') * 10,
    );
  });

  it('costs edges(ids:) per id asked, so an export of 500 facts with their sources still fits', async () => {
    const fields = 'id sources(first: 100) { quote article { title url publishedAt } } claims { quote }';
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `rel:${i}`);
    const query = `query($ids: [String!]!) { edges(ids: $ids) { ${fields} } }`;
    const one = work(query, { ids: ids(1) });
    expect(work(query, { ids: ids(500) })).toBe(500 * one);
    expect(500 * one).toBeLessThanOrEqual(REQUEST_LIMITS.maxWork);
  });

  it('costs the overview by its sizes, its hubs by the graph they scan', () => {
    const overview = (limit: number) =>
      work(`{ overview { hubs { degree entity { name } } latestEvents { date entity { name } }
        startingGraph(limit: ${limit}) { month nodes { id } edges { id } } } }`);
    expect(overview(500)).toBeGreaterThan(3 * overview(100));
    expect(overview(100)).toBeLessThan(REQUEST_LIMITS.expensiveWork);
    const manyHubs = Array.from({ length: 120 }, (_, i) => `h${i}: hubs { degree }`).join(' ');
    expect(work(`{ overview { ${manyHubs} } }`)).toBeGreaterThan(REQUEST_LIMITS.maxWork);
  });

  it('lets every GraphiQL example and the bench queries through, none of them paced', () => {
    const bench = [
      `{ neighborhood(ids: ["a"], depth: 2, limit: 300) { truncated ${NEIGHBORHOOD} } }`,
      '{ entity(id: "a") { relations { other { id } edge { sources { quote article { title } } } } } }',
    ];
    for (const query of [...graphiqlExamples, ...bench]) {
      expect(work(query), query).toBeLessThan(REQUEST_LIMITS.maxWork);
    }
    for (const query of bench) expect(work(query), query).toBeLessThan(REQUEST_LIMITS.expensiveWork);
  });
});
