import { stopService } from '../local-jvm/index.ts';
import { MAIN_CLASS, stateFile } from './state-file.ts';

/**
 * Stops the local CoreNLP server of `dataDir` with SIGTERM and waits for the JVM to exit (SIGKILL after
 * `timeoutMs`: it holds no state worth saving). Its owner watchdog, if any, then exits by itself.
 * Returns false when nothing was running.
 */
export function stopLocalNlp(dataDir: string, timeoutMs = 30_000): Promise<boolean> {
  return stopService(stateFile, MAIN_CLASS, dataDir, timeoutMs);
}
