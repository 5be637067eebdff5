import { type Graph, readQuery } from './tx.ts';

export async function countArticles(graph: Graph): Promise<number> {
  const [row] = await readQuery<{ articles: number }>(graph, {
    cypher: 'MATCH (a:Article) RETURN count(a) AS articles',
    params: {},
  });
  return row?.articles ?? 0;
}
