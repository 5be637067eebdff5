export { checkPortFree, freePort } from './free-port.ts';
export { checkJava, fetchJars, hasJars, type JvmService, javaCommand } from './java-runtime.ts';
export { isJvmProcess, stopJvmProcess } from './jvm-process.ts';
export { type ServiceStatus, serviceStatus, stopService } from './local-service.ts';
export { createStateFile, type StateFile } from './state-file.ts';
