// The running local Neo4j is described by a small JSON file in its data folder, so that any process
// (the CLI, a test worker, the Vitest global setup) can find, check and stop it.
import { join } from 'node:path';
import { createStateFile, isJvmProcess } from '../local-jvm/index.ts';

export interface LocalNeo4jState {
  readonly pid: number;
  readonly port: number;
  readonly uri: string;
  readonly dataDir: string;
  readonly logFile: string;
  readonly startedAt: string;
}

export const MAIN_CLASS = 'newsgraph.LocalNeo4j';

export const stateFile = {
  ...createStateFile<LocalNeo4jState>('newsgraph-neo4j.json'),
  logPath: (dataDir: string): string => join(dataDir, 'logs', 'launcher.log'),
};

/** True when `pid` is alive and, where /proc exists, is our Java main (pids get reused). */
export function isLocalNeo4jProcess(pid: number): boolean {
  return isJvmProcess(pid, MAIN_CLASS);
}
