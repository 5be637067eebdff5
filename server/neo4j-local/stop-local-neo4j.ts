import { resolve } from 'node:path';
import { stopJvmProcess } from '../local-jvm/index.ts';
import { isLocalNeo4jProcess, MAIN_CLASS, stateFile } from './state-file.ts';

/**
 * Stops the local Neo4j of `dataDir` with SIGTERM (its shutdown hook closes the store cleanly) and waits
 * for the JVM to exit. Returns false when nothing was running. SIGKILL only after `timeoutMs`, since
 * Neo4j recovers from its transaction log anyway.
 */
export async function stopLocalNeo4j(dataDirOption: string, timeoutMs = 60_000): Promise<boolean> {
  const dataDir = resolve(dataDirOption);
  const state = stateFile.read(dataDir);
  if (!state || !isLocalNeo4jProcess(state.pid)) {
    stateFile.remove(dataDir);
    return false;
  }
  await stopJvmProcess(state.pid, MAIN_CLASS, timeoutMs);
  stateFile.remove(dataDir);
  return true;
}
