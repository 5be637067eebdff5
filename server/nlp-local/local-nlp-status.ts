import { type ServiceStatus, serviceStatus } from '../local-jvm/index.ts';
import { type LocalNlpState, MAIN_CLASS, stateFile } from './state-file.ts';

export type LocalNlpStatus = ServiceStatus<LocalNlpState>;

/** Whether a local CoreNLP server started by us runs on `dataDir`, and where. */
export function localNlpStatus(dataDir: string): LocalNlpStatus {
  return serviceStatus(stateFile, MAIN_CLASS, dataDir);
}
