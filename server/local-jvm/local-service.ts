// What every local JVM service (Neo4j, CoreNLP) does with its state file: say whether it runs, stop it.
import { resolve } from 'node:path';
import { isJvmProcess, stopJvmProcess } from './jvm-process.ts';
import type { StateFile } from './state-file.ts';

interface ServiceState {
  readonly pid: number;
  readonly dataDir: string;
}

export type ServiceStatus<State extends ServiceState> =
  | ({ readonly running: true } & State)
  | { readonly running: false; readonly dataDir: string };

/** Whether the service of `dataDir` runs: its state file names a live JVM running `mainClass`. */
export function serviceStatus<State extends ServiceState>(
  stateFile: StateFile<State>,
  mainClass: string,
  dataDirOption: string,
): ServiceStatus<State> {
  const dataDir = resolve(dataDirOption);
  const state = stateFile.read(dataDir);
  if (state && isJvmProcess(state.pid, mainClass)) return { running: true, ...state };
  return { running: false, dataDir };
}

/** Stops the service of `dataDir` (SIGTERM, SIGKILL after `timeoutMs`); false when nothing ran. */
export async function stopService<State extends ServiceState>(
  stateFile: StateFile<State>,
  mainClass: string,
  dataDirOption: string,
  timeoutMs: number,
): Promise<boolean> {
  const dataDir = resolve(dataDirOption);
  const state = stateFile.read(dataDir);
  const running = state !== undefined && isJvmProcess(state.pid, mainClass);
  if (running) await stopJvmProcess(state.pid, mainClass, timeoutMs);
  stateFile.remove(dataDir);
  return running;
}
