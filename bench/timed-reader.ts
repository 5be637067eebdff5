// A reader that reports how long each of its round trips took (bench:api's Server-Timing and
// api-breakdown.ts): one call, however many statements it issues together, is one round trip.
import type { GraphReader } from '../server/graph/queries/run-read.ts';

export function timedReader(base: GraphReader, record: (ms: number) => void): GraphReader {
  const timed = async <T>(work: Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work;
    } finally {
      record(performance.now() - start);
    }
  };
  return {
    ping: () => base.ping(),
    read: (query) => timed(base.read(query)),
    readAll: (queries) => timed(base.readAll(queries)),
  };
}
