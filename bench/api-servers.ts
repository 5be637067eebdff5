// The servers of bench:api: our API and the @neo4j/graphql peer on one graph. api.bench.ts runs each in
// a process of its own (api-serve.ts) unless BENCH_SAME_PROCESS=1, so that neither the bench's HTTP
// clients and hand-written Cypher nor the other server queue on a server's event loop. Each of our
// answers says where its time went in a Server-Timing header: `db` (our reads through the gateway,
// driver and conversion to plain values included; their count as its description) and `app` (Yoga from
// the request's arrival to the response's head: parsing, validation, limits, resolvers, serialisation;
// db included).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/api/http/app.ts';
import { createGraphGateway } from '../server/graph/gateway.ts';
import type { Graph } from '../server/graph/tx.ts';
import { createLogger } from '../server/logger.ts';
import { startPeer } from './api-peer.ts';
import { timedReader } from './timed-reader.ts';

export interface BenchServer {
  url: string;
  close(): void;
}

/** Our API on `graph`, its answers timed (see above). */
export async function startOurServer(graph: Graph): Promise<BenchServer> {
  const timing = new AsyncLocalStorage<{ dbMs: number; reads: number }>();
  const gateway = createGraphGateway(graph);
  const reader = timedReader(gateway.reader, (ms) => {
    const store = timing.getStore();
    if (store) {
      store.dbMs += ms;
      store.reads += 1;
    }
  });
  const app = createApp({ gateway: { ...gateway, reader }, logger: createLogger('warn', 'bench-api') });
  const server = createServer((request, response) => {
    const began = performance.now();
    const store = { dbMs: 0, reads: 0 };
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    response.writeHead = ((...args: unknown[]) => {
      response.setHeader(
        'server-timing',
        `app;dur=${(performance.now() - began).toFixed(2)}, db;dur=${store.dbMs.toFixed(2)};desc="${store.reads}"`,
      );
      return writeHead(...args);
    }) as typeof response.writeHead;
    timing.run(store, () => app(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => server.close(),
  };
}

export const startServer = (which: 'api' | 'peer', graph: Graph): Promise<BenchServer> =>
  which === 'api' ? startOurServer(graph) : startPeer(graph);
