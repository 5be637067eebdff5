// Starts one real local Neo4j for the whole `vitest run` (free port, temporary folder) and provides its
// Bolt URI. The integration and e2e projects both list this file; the first to run starts Neo4j and the
// other reuses it through a process-wide handle, so a run never starts two. Auth is disabled on the
// local Neo4j (loopback only), so any username/password works; tests use neo4j / newsgraph-test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  freePort,
  type LocalNeo4jOptions,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../server/neo4j-local/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the run's Neo4j, e.g. bolt://127.0.0.1:40123. */
    neo4jUri: string;
    /** Where that Neo4j lives, so a test can stop and restart it (see test/support/test-neo4j.ts). */
    neo4jLocal: LocalNeo4jOptions;
  }
}

interface SharedNeo4j {
  readonly ready: Promise<{ uri: string; options: LocalNeo4jOptions }>;
  users: number;
}

const handle = Symbol.for('newsgraph.test.neo4j');
const shared = globalThis as typeof globalThis & { [handle]?: SharedNeo4j };

async function startShared(): Promise<{ uri: string; options: LocalNeo4jOptions }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-'));
  // Owned by this (main Vitest) process, also when a test restarts it: if the run is killed before
  // teardown, the JVM stops by itself.
  const options: LocalNeo4jOptions = {
    dataDir,
    port: await freePort(),
    heapMb: 768,
    pageCacheMb: 64,
    ownerPid: process.pid,
  };
  const state = await startLocalNeo4j(options);
  return { uri: state.uri, options };
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared[handle] ??= { ready: startShared(), users: 0 };
  const neo4j = shared[handle];
  neo4j.users += 1;
  const { uri, options } = await neo4j.ready;
  project.provide('neo4jUri', uri);
  project.provide('neo4jLocal', options);
  return async () => {
    neo4j.users -= 1;
    if (neo4j.users > 0) return;
    shared[handle] = undefined;
    await stopLocalNeo4j(options.dataDir);
    rmSync(options.dataDir, { recursive: true, force: true });
  };
}
