export { checkPortFree, freePort } from './free-port.ts';
export { checkJava, fetchJars, hasJars, type JvmService, javaCommand } from './java-runtime.ts';
export { isJvmProcess, stopJvmProcess } from './jvm-process.ts';
export { createStateFile, type StateFile } from './state-file.ts';
