// The running local CoreNLP server is described by a small JSON file in its data folder, so that any
// process (the CLI, a test worker, the Vitest global setup) can find, check and stop it.
import { join } from 'node:path';
import { createStateFile, isJvmProcess } from '../local-jvm/index.ts';

export interface LocalNlpState {
  readonly pid: number;
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly dataDir: string;
  readonly logFile: string;
  readonly startedAt: string;
  /** The process that stops the server when its owner is gone, when an owner was given. */
  readonly watchdogPid?: number;
}

export const MAIN_CLASS = 'edu.stanford.nlp.pipeline.StanfordCoreNLPServer';

export const stateFile = {
  ...createStateFile<LocalNlpState>('newsgraph-corenlp.json'),
  logPath: (dataDir: string): string => join(dataDir, 'logs', 'corenlp.log'),
};

/** True when `pid` is alive and, where /proc exists, is a CoreNLP server (pids get reused). */
export function isLocalNlpProcess(pid: number): boolean {
  return isJvmProcess(pid, MAIN_CLASS);
}
