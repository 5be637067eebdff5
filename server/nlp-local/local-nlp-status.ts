import { resolve } from 'node:path';
import { isLocalNlpProcess, type LocalNlpState, stateFile } from './state-file.ts';

export type LocalNlpStatus =
  | ({ readonly running: true } & LocalNlpState)
  | { readonly running: false; readonly dataDir: string };

/** Whether a local CoreNLP server started by us runs on `dataDir`, and where. */
export function localNlpStatus(dataDirOption: string): LocalNlpStatus {
  const dataDir = resolve(dataDirOption);
  const state = stateFile.read(dataDir);
  if (state && isLocalNlpProcess(state.pid)) return { running: true, ...state };
  return { running: false, dataDir };
}
