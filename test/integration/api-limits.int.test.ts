import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestDeps } from '../../server/api/schema/builder.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { createTestApp, openSeededGraph } from './api-test-app.ts';

let graph: Graph;
const ingested: string[] = [];
// Stands in for extraction + loader: the mutation's auth and per-article results are what is tested here.
const ingest: IngestDeps = {
  ingestArticle: async (article) => {
    ingested.push(article.id);
    return { entities: 1, relations: 0 };
  },
  removeArticle: async () => true,
};
const MUTATION =
  'mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articleId ok error { code } } }';
const ARTICLES = {
  a: [
    { id: 'a1', text: 'Kiev a signé.' },
    { id: 'a2', text: 'x', publishedAt: 'hier' },
  ],
};

beforeAll(async () => {
  graph = await openSeededGraph();
});

afterAll(async () => {
  await graph?.driver.close();
});

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code;

describe('API limits', () => {
  const { gql, app } = { ...createLazyApp() };

  it('refuses queries nested deeper than the depth limit', async () => {
    const deep = `{ entity(id: "country:UA") { relations { other { id } edge { sources { article { mentions {
      relations { edge { sources { article { mentions { relations { edge { id } } } } } } } } } } } } } }`;
    const result = await gql(deep);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses a query over the cost limit with BAD_USER_INPUT before touching the database', async () => {
    // Within the depth, alias and token limits: only the cost (fields weighted by depth) is too high.
    const edge = `id type source target date datePrecision confidence properties sourceCount
      sources { quote start end article { articleId title url publisher publishedAt language text } }`;
    const relations = 'relations { edge { ...E0 ...E1 ...E2 } other { id name } }';
    const heavy = `entity(id: "country:UA") { ${relations} mentionedIn { mentions { ${relations} } } }`;
    const fragments = [0, 1, 2].map((i) => `fragment E${i} on GraphEdge { ${edge} }`).join(' ');
    const query = `{ ${Array.from({ length: 10 }, (_, i) => `e${i}: ${heavy}`).join(' ')} } ${fragments}`;
    const result = await gql(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/cost limit of \d+ exceeded/i);
  });

  it('gives depth and alias refusals the BAD_USER_INPUT code too', async () => {
    const deep = `{ entity(id: "country:UA") { relations { other { id } edge { sources { article { mentions {
      relations { edge { sources { article { mentions { relations { edge { id } } } } } } } } } } } } } }`;
    expect(codeOf(await gql(deep))).toBe('BAD_USER_INPUT');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: stats { nodes { count } }`).join(' ');
    expect(codeOf(await gql(`{ ${aliases} }`))).toBe('BAD_USER_INPUT');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: stats { nodes { count } }`).join(' ');
    const result = await gql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a page size over the cap and a neighbourhood deeper than 3', async () => {
    expect(codeOf(await gql('{ countries(first: 101) { edges { cursor } } }'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql('{ neighborhood(ids: ["country:UA"], depth: 4) { truncated } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(await gql('{ paths(from: "country:UA", to: "country:US", maxHops: 7) { truncated } }')),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql('{ timeline(from: "June 2024") { truncated } }'))).toBe('BAD_USER_INPUT');
  });

  it('refuses a request body over the size limit', async () => {
    const response = await app().fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { nodes { count } } } # ${'x'.repeat(200_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('masks unexpected errors and keeps stable codes for expected ones', async () => {
    const result = await gql('{ articles(after: "not-a-cursor") { edges { cursor } } }');
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('mutation auth', () => {
  it('refuses mutations without the bearer key, with a wrong key, and when no key is configured', async () => {
    const withKey = createTestApp(graph, { apiKey: 'k3y', ingest });
    expect(codeOf(await withKey.gql(MUTATION, ARTICLES))).toBe('UNAUTHENTICATED');
    expect(codeOf(await withKey.gql(MUTATION, ARTICLES, { authorization: 'Bearer nope' }))).toBe(
      'UNAUTHENTICATED',
    );
    const noKey = createTestApp(graph, { ingest });
    expect(codeOf(await noKey.gql(MUTATION, ARTICLES, { authorization: 'Bearer ' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await noKey.gql(MUTATION, ARTICLES, { authorization: 'Bearer undefined' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(ingested).toEqual([]);
  });

  it('ingests with the right key and reports each article on its own', async () => {
    const { gql } = createTestApp(graph, { apiKey: 'k3y', ingest });
    const result = await gql(MUTATION, ARTICLES, { authorization: 'Bearer k3y' });
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticles).toEqual([
      { articleId: 'a1', ok: true, error: null },
      { articleId: 'a2', ok: false, error: { code: 'BAD_USER_INPUT' } },
    ]);
    expect(ingested).toEqual(['a1']);
  });
});

function createLazyApp() {
  let made: ReturnType<typeof createTestApp> | undefined;
  const get = () => {
    made ??= createTestApp(graph);
    return made;
  };
  return { gql: (q: string) => get().gql(q), app: () => get().app };
}
