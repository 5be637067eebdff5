import { resolve } from 'node:path';
import { isLocalNeo4jProcess, type LocalNeo4jState, stateFile } from './state-file.ts';

export type LocalNeo4jStatus =
  | ({ readonly running: true } & LocalNeo4jState)
  | { readonly running: false; readonly dataDir: string };

/** Whether a local Neo4j started by us runs on `dataDir`, and where. */
export function localNeo4jStatus(dataDirOption: string): LocalNeo4jStatus {
  const dataDir = resolve(dataDirOption);
  const state = stateFile.read(dataDir);
  if (state && isLocalNeo4jProcess(state.pid)) return { running: true, ...state };
  return { running: false, dataDir };
}
