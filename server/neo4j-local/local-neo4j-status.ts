import { type ServiceStatus, serviceStatus } from '../local-jvm/index.ts';
import { type LocalNeo4jState, MAIN_CLASS, stateFile } from './state-file.ts';

export type LocalNeo4jStatus = ServiceStatus<LocalNeo4jState>;

/** Whether a local Neo4j started by us runs on `dataDir`, and where. */
export function localNeo4jStatus(dataDir: string): LocalNeo4jStatus {
  return serviceStatus(stateFile, MAIN_CLASS, dataDir);
}
