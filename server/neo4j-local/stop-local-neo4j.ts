import { stopService } from '../local-jvm/index.ts';
import { MAIN_CLASS, stateFile } from './state-file.ts';

/**
 * Stops the local Neo4j of `dataDir` with SIGTERM (its shutdown hook closes the store cleanly) and waits
 * for the JVM to exit. Returns false when nothing was running. SIGKILL only after `timeoutMs`, since
 * Neo4j recovers from its transaction log anyway.
 */
export function stopLocalNeo4j(dataDir: string, timeoutMs = 60_000): Promise<boolean> {
  return stopService(stateFile, MAIN_CLASS, dataDir, timeoutMs);
}
