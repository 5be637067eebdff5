// One of bench:api's servers (api-servers.ts; BENCH_SERVE=api or peer) in a process of its own, on the
// graph named by BENCH_NEO4J_*: prints its /graphql URL on one line once it listens, and ends when its
// standard input closes (when the bench ends).
import { createDriver } from '../server/graph/driver.ts';
import { startServer } from './api-servers.ts';

const driver = createDriver({
  uri: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  username: process.env.BENCH_NEO4J_USERNAME ?? 'neo4j',
  password: process.env.BENCH_NEO4J_PASSWORD ?? '',
});
const server = await startServer(process.env.BENCH_SERVE === 'peer' ? 'peer' : 'api', {
  driver,
  database: process.env.BENCH_NEO4J_DATABASE ?? 'neo4j',
});
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  server.close();
  void driver.close().finally(() => process.exit(0));
});
