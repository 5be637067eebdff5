import { resolve } from 'node:path';
import { isLocalNeo4jProcess, stateFile } from './state-file.ts';

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
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isLocalNeo4jProcess(state.pid)) {
    if (Date.now() > deadline) {
      process.kill(state.pid, 'SIGKILL');
      break;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  stateFile.remove(dataDir);
  return true;
}
