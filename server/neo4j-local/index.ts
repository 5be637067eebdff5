export { checkPortFree, freePort } from '../local-jvm/free-port.ts';
export { ensureRuntime, type JavaRuntime } from './ensure-runtime.ts';
export { type LocalNeo4jStatus, localNeo4jStatus } from './local-neo4j-status.ts';
export { type LocalNeo4jOptions, startLocalNeo4j } from './start-local-neo4j.ts';
export type { LocalNeo4jState } from './state-file.ts';
export { stopLocalNeo4j } from './stop-local-neo4j.ts';
