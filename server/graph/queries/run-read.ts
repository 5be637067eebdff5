import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { AppError, excerpt } from '../../../schema/errors.ts';
import { issued } from '../tx.ts';
import type { CypherQuery } from './cypher-query.ts';
import { toPlain } from './to-plain.ts';

export type Row = Record<string, unknown>;
/** The driver type, re-exported so callers outside server/graph need not import neo4j-driver. */
export type GraphDriver = Driver;

export interface GraphReader {
  /** Runs one query in a read transaction (one database round trip) and returns plain rows. */
  read<T = Row>(query: CypherQuery): Promise<T[]>;
  /** Runs the queries in one read transaction, issued together (one round trip): their rows in order. */
  readAll(queries: readonly CypherQuery[]): Promise<Row[][]>;
  /** A trivial read without retries, so readiness answers fast when Neo4j is gone. */
  ping(): Promise<boolean>;
}

export interface GraphReaderOptions {
  driver: Driver;
  database: string;
  /** Per-transaction timeout enforced by the server. */
  timeoutMs?: number;
}

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function createGraphReader({ driver, database, timeoutMs = 10_000 }: GraphReaderOptions): GraphReader {
  const readAll = async (queries: readonly CypherQuery[]): Promise<Row[][]> => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    let settled = false;
    try {
      const work = session.executeRead(
        async (tx) => {
          try {
            // Issued together: the driver sends them in one flight and Neo4j answers them in order.
            return await Promise.all(
              queries.map((query) => issued(tx.run(query.cypher, withIntegers(query.params)))),
            );
          } catch (error) {
            // Memory limits are transient to the driver, which would run the same query again and again.
            throw memoryLimitError(error) ?? error;
          }
        },
        { timeout: timeoutMs },
      );
      const results = await withDeadline(work, timeoutMs + 2_000);
      settled = true;
      return results.map((result) => result.records.map((record) => toPlain(record.toObject()) as Row));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      // After a missed deadline the work is still retrying; close in the background then.
      const closing = session.close().catch(() => undefined);
      if (settled) await closing;
    }
  };
  return {
    async read<T>(query: CypherQuery): Promise<T[]> {
      const [rows] = await readAll([query]);
      return rows as T[];
    },
    readAll,
    async ping(): Promise<boolean> {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1 AS ok', {}, { timeout: 2_000 });
        return true;
      } catch {
        return false;
      } finally {
        await session.close().catch(() => undefined);
      }
    },
  };
}

/**
 * The server-side timeout bounds slow queries; this bounds the wait when Neo4j is unreachable, where the
 * driver would keep retrying connections for much longer than a client should wait.
 */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError('SERVICE_UNAVAILABLE', `Neo4j did not answer within ${ms} ms`)),
      ms,
    );
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** JS numbers travel as floats; LIMIT and list slices need Cypher integers. */
export function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value,
    ]),
  );
}

/**
 * Neo4j's memory limits (start-local-neo4j.ts): one query over the per-transaction limit asked for too
 * much; the shared pool used up means the server is busy with other queries.
 */
function memoryLimitError(error: unknown): AppError | undefined {
  const code = (error as { code?: string }).code ?? '';
  if (!/\.(MemoryPoolOutOfMemoryError|TransactionMemoryLimit|TransactionOutOfMemoryError)$/.test(code)) {
    return undefined;
  }
  // Every pool reports the same code; the message names the setting whose threshold was reached.
  const message = (error as Error).message ?? String(error);
  if (/transaction\.total\.max/.test(message)) {
    return new AppError('SERVICE_UNAVAILABLE', `Neo4j has no memory left for more queries now; retry later`, {
      cause: error,
    });
  }
  return new AppError(
    'BAD_USER_INPUT',
    `the query needs more memory than one query may use: ask for a smaller limit, depth or page (${excerpt(message, 160)})`,
    { cause: error },
  );
}

/** Expected Neo4j failures become AppErrors with a stable code; anything else is rethrown as is. */
export function mapNeo4jError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (UNAVAILABLE.has(code) || /ECONNREFUSED|connection.*(closed|refused)|Pool is closed/i.test(message)) {
    return new AppError('SERVICE_UNAVAILABLE', `Neo4j is unavailable: ${excerpt(message)}`, { cause: error });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.includes('TransactionTimedOut')) {
    return new AppError('SERVICE_UNAVAILABLE', `Neo4j query timed out: ${excerpt(message)}`, {
      cause: error,
    });
  }
  return error;
}
