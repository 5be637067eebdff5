// The running local Neo4j is described by a small JSON file in its data folder, so that any process
// (the CLI, a test worker, the Vitest global setup) can find, check and stop it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocalNeo4jState {
  readonly pid: number;
  readonly port: number;
  readonly uri: string;
  readonly dataDir: string;
  readonly logFile: string;
  readonly startedAt: string;
}

export const stateFile = {
  path: (dataDir: string): string => join(dataDir, 'newsgraph-neo4j.json'),
  logPath: (dataDir: string): string => join(dataDir, 'logs', 'launcher.log'),

  read(dataDir: string): LocalNeo4jState | undefined {
    const path = stateFile.path(dataDir);
    if (!existsSync(path)) return undefined;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as LocalNeo4jState;
    } catch {
      return undefined;
    }
  },

  write(state: LocalNeo4jState): void {
    writeFileSync(stateFile.path(state.dataDir), `${JSON.stringify(state, null, 2)}\n`);
  },

  remove(dataDir: string): void {
    rmSync(stateFile.path(dataDir), { force: true });
  },
};

/** True when `pid` is alive and, where /proc exists, is our Java main (pids get reused). */
export function isLocalNeo4jProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes('newsgraph.LocalNeo4j');
  } catch {
    return false;
  }
}
