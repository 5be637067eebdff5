// `tsx bench/api-profile.ts`: PROFILE of the API's Cypher for the three bench queries beside the
// hand-written ceiling's, on the bench graph (same env as api.bench.ts): db hits, rows and the operators
// that cost most. Where the database time goes; the bench itself says where the rest goes.
import { toLuceneQuery } from '../server/graph/queries/lucene-query.ts';
import { neighborhoodQuery } from '../server/graph/queries/neighborhood.ts';
import { profileQuery } from '../server/graph/queries/profile-query.ts';
import { relationsOfQuery } from '../server/graph/queries/relations-of.ts';
import { searchQuery } from '../server/graph/queries/search.ts';
import { readQuery } from '../server/graph/tx.ts';
import { entityCeilingQuery, neighborhoodCeilingQuery, searchCeilingQuery } from './api-ceiling.ts';
import { openBenchGraph } from './api-corpus.ts';

const bench = await openBenchGraph(
  Number(process.env.BENCH_ARTICLES ?? 10_000),
  Number(process.env.BENCH_SEED ?? 42),
);
const { graph } = bench;
try {
  const [hub] = await readQuery<{ id: string; name: string }>(graph, {
    cypher: `MATCH (n:Entity) WITH n, COUNT { (n)--(:Entity) } AS degree
      RETURN n.id AS id, n.name AS name ORDER BY degree DESC, n.id LIMIT 1`,
    params: {},
  });
  if (!hub) throw new Error('the bench graph is empty');
  const lucene = toLuceneQuery(hub.name) ?? 'x';
  const pairs = {
    search: [searchQuery(lucene, null, 10), searchCeilingQuery(lucene)],
    'entity+relations': [
      relationsOfQuery([hub.id], {
        direction: 'BOTH',
        types: null,
        from: null,
        to: null,
        first: 100,
        // As the bench's GraphQL query selects them: no free-form properties, the edge's date, the
        // sources' quotes and their articles' titles and dates.
        properties: {
          other: false,
          edge: false,
          edgeKeys: ['date'],
          sources: { offsets: false, articleKeys: ['id', 'title', 'publishedAt'] },
        },
      }),
      entityCeilingQuery(hub.id),
    ],
    'neighborhood d=2': [
      neighborhoodQuery({ ids: [hub.id], depth: 2, limit: 300, properties: { nodes: false, edges: false } }),
      neighborhoodCeilingQuery(hub.id),
    ],
  } as const;
  process.stdout.write(`PROFILE on ${bench.source}, around ${hub.id}\n`);
  for (const [name, [ours, ceiling]] of Object.entries(pairs)) {
    for (const [who, query] of [
      ['ours', ours],
      ['ceiling', ceiling],
    ] as const) {
      await profileQuery(graph.driver, graph.database, query); // warm the plan cache
      const p = await profileQuery(graph.driver, graph.database, query);
      process.stdout.write(`${name} ${who}: ${p.dbHits} db hits, ${p.rows} rows\n`);
      for (const op of p.top) {
        process.stdout.write(
          `    ${String(op.dbHits).padStart(8)} ${op.operator} (${op.rows} rows) ${op.details}\n`,
        );
      }
    }
  }
} finally {
  await bench.close();
}
