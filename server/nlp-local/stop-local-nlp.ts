import { resolve } from 'node:path';
import { stopJvmProcess } from '../local-jvm/index.ts';
import { isLocalNlpProcess, MAIN_CLASS, stateFile } from './state-file.ts';

/**
 * Stops the local CoreNLP server of `dataDir` with SIGTERM and waits for the JVM to exit (SIGKILL after
 * `timeoutMs`: it holds no state worth saving). Its owner watchdog, if any, then exits by itself.
 * Returns false when nothing was running.
 */
export async function stopLocalNlp(dataDirOption: string, timeoutMs = 30_000): Promise<boolean> {
  const dataDir = resolve(dataDirOption);
  const state = stateFile.read(dataDir);
  if (!state || !isLocalNlpProcess(state.pid)) {
    stateFile.remove(dataDir);
    return false;
  }
  await stopJvmProcess(state.pid, MAIN_CLASS, timeoutMs);
  stateFile.remove(dataDir);
  return true;
}
