// Starts one real local Neo4j and one local CoreNLP server for the whole `vitest run` (free ports,
// temporary folders, both at once) and provides the Bolt URI and the parser URL. The integration and e2e
// projects both list this file; the first to run starts them and the other reuses them through a
// process-wide handle, so a run never starts two. Auth is disabled on the local Neo4j (loopback only),
// so any username/password works; tests use neo4j / newsgraph-test.
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
import { type LocalNlpOptions, startLocalNlp, stopLocalNlp } from '../server/nlp-local/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the run's Neo4j, e.g. bolt://127.0.0.1:40123. */
    neo4jUri: string;
    /** Where that Neo4j lives, so a test can stop and restart it (see test/support/test-neo4j.ts). */
    neo4jLocal: LocalNeo4jOptions;
    /** URL of the run's CoreNLP server, e.g. http://127.0.0.1:40124 (English and French warmed). */
    nlpUrl: string;
    /** Where that server lives (see test/integration/nlp-local.int.test.ts). */
    nlpLocal: LocalNlpOptions;
  }
}

interface SharedServices {
  readonly neo4j: Promise<{ uri: string; options: LocalNeo4jOptions }>;
  readonly nlp: Promise<{ url: string; options: LocalNlpOptions }>;
  users: number;
}

const handle = Symbol.for('newsgraph.test.services');
const shared = globalThis as typeof globalThis & { [handle]?: SharedServices };

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

async function startSharedNlp(): Promise<{ url: string; options: LocalNlpOptions }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-corenlp-'));
  // Owned by this process like Neo4j: a killed run does not leave the JVM behind.
  const options: LocalNlpOptions = { dataDir, port: await freePort(), heapMb: 2048, ownerPid: process.pid };
  const state = await startLocalNlp(options);
  return { url: state.url, options };
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Both start at once (Neo4j 5–20 s, CoreNLP with its warm-up 10–30 s).
  shared[handle] ??= { neo4j: startShared(), nlp: startSharedNlp(), users: 0 };
  const services = shared[handle];
  services.users += 1;
  const [{ uri, options }, nlp] = await Promise.all([services.neo4j, services.nlp]);
  project.provide('neo4jUri', uri);
  project.provide('neo4jLocal', options);
  project.provide('nlpUrl', nlp.url);
  project.provide('nlpLocal', nlp.options);
  return async () => {
    services.users -= 1;
    if (services.users > 0) return;
    shared[handle] = undefined;
    await Promise.all([stopLocalNeo4j(options.dataDir), stopLocalNlp(nlp.options.dataDir)]);
    rmSync(options.dataDir, { recursive: true, force: true });
    rmSync(nlp.options.dataDir, { recursive: true, force: true });
  };
}
