// Every statement of server/graph (outside queries/) runs through these: managed transactions (the
// driver retries transient failures and deadlocks), the database always named, plain values out.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { mapNeo4jError } from './map-neo4j-error.ts';
import type { CypherQuery } from './queries/cypher-query.ts';
import { toPlain } from './queries/to-plain.ts';

export type Row = Record<string, unknown>;

export interface Graph {
  readonly driver: Driver;
  readonly database: string;
}

export interface UpdateCounts {
  readonly nodesCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
}

/** A transaction handed to work functions: runs parameterised queries and returns plain rows. */
export interface Tx {
  run<T = Row>(query: CypherQuery): Promise<T[]>;
  /** Runs a write and returns what it changed, from the result summary. */
  update(query: CypherQuery): Promise<UpdateCounts>;
}

function wrap(tx: ManagedTransaction): Tx {
  return {
    async run<T>(query: CypherQuery): Promise<T[]> {
      const result = await tx.run(query.cypher, query.params);
      return result.records.map((record) => toPlain(record.toObject()) as T);
    },
    async update(query: CypherQuery): Promise<UpdateCounts> {
      const result = await tx.run(query.cypher, query.params);
      const counts = result.summary.counters.updates();
      return {
        nodesCreated: counts.nodesCreated,
        nodesDeleted: counts.nodesDeleted,
        relationshipsCreated: counts.relationshipsCreated,
        relationshipsDeleted: counts.relationshipsDeleted,
      };
    },
  };
}

export async function readTx<T>(graph: Graph, work: (tx: Tx) => Promise<T>, what = 'read'): Promise<T> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => work(wrap(tx)));
  } catch (error) {
    throw mapNeo4jError(error, what);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** One atomic write: everything `work` runs commits together or not at all; retried on deadlock. */
export async function writeTx<T>(graph: Graph, work: (tx: Tx) => Promise<T>, what = 'write'): Promise<T> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => work(wrap(tx)));
  } catch (error) {
    throw mapNeo4jError(error, what);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/**
 * A statement issued without waiting for the one before: the driver sends it at once and Neo4j runs a
 * transaction's statements in the order issued, so Node prepares the next while Neo4j runs the previous.
 * Marked handled at once: a failure surfaces where the caller awaits it, not as an unhandled rejection
 * while an earlier statement is awaited.
 */
export function issued<T>(statement: Promise<T>): Promise<T> {
  statement.catch(() => undefined);
  return statement;
}

/** Shorthands for a single statement. */
export const readQuery = <T = Row>(graph: Graph, query: CypherQuery): Promise<T[]> =>
  readTx(graph, (tx) => tx.run<T>(query));
export const writeQuery = <T = Row>(graph: Graph, query: CypherQuery): Promise<T[]> =>
  writeTx(graph, (tx) => tx.run<T>(query));
