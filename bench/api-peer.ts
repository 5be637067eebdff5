// @neo4j/graphql over HTTP, the API a team with this graph would reach for, as a peer in `bench:api`.
// Served by node:http and graphql-js directly (only server/api may import Yoga): no Yoga plugins, no
// armor, no masking, so the peer pays less per request than ours does.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import type { Graph } from '../server/graph/tx.ts';
import { PEER_TYPE_DEFS } from './api-peer-schema.ts';

export interface Peer {
  url: string;
  close(): void;
}

export async function startPeer(graph: Graph): Promise<Peer> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: graph.driver }).getSchema();
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const result = await graphql({
      schema,
      source: query,
      variableValues: variables,
      contextValue: { sessionConfig: { database: graph.database } },
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => server.close(),
  };
}
