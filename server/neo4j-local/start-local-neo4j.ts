// Starts the embedded Neo4j as a detached JVM and returns once Bolt answers. Idempotent: when a Neo4j
// started by us already runs on this data folder, its state is returned untouched.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../schema/errors.ts';
import { verifyBolt } from '../graph/verify-bolt.ts';
import { checkPortFree } from '../local-jvm/index.ts';
import { ensureRuntime } from './ensure-runtime.ts';
import { isLocalNeo4jProcess, type LocalNeo4jState, stateFile } from './state-file.ts';

export interface LocalNeo4jOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly heapMb: number;
  readonly pageCacheMb: number;
  /** How long to wait for Bolt before giving up. */
  readonly timeoutMs?: number;
  /** Stop Neo4j by itself when this process is gone (a test run or server that died). */
  readonly ownerPid?: number;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jState> {
  const dataDir = resolve(options.dataDir);
  const running = stateFile.read(dataDir);
  if (running && isLocalNeo4jProcess(running.pid)) {
    await verifyBolt(running.uri, options.timeoutMs ?? 120_000);
    return running;
  }
  stateFile.remove(dataDir);
  const runtime = await ensureRuntime();
  await checkPortFree(options.port).catch((error: NodeJS.ErrnoException) => {
    throw new AppError(
      'NEO4J_LOCAL_FAILED',
      `port ${options.port} on 127.0.0.1 is in use (${error.code}); set NEO4J_LOCAL_PORT to a free port`,
      { cause: error },
    );
  });
  const logFile = stateFile.logPath(dataDir);
  mkdirSync(dirname(logFile), { recursive: true });
  const log = openSync(logFile, 'w');
  const child = spawn(
    runtime.java,
    [
      ...jvmFlags(options),
      '-cp',
      runtime.classpath,
      'newsgraph.LocalNeo4j',
      dataDir,
      String(options.port),
      String(options.pageCacheMb),
      ...(options.ownerPid ? [String(options.ownerPid)] : []),
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref();
  const pid = child.pid ?? 0;
  const uri = await waitForReady(pid, logFile, dataDir, options.timeoutMs ?? 120_000);
  await verifyBolt(uri, 30_000);
  const state: LocalNeo4jState = {
    pid,
    port: options.port,
    uri,
    dataDir,
    logFile,
    startedAt: new Date().toISOString(),
  };
  stateFile.write(state);
  return state;
}

/**
 * Transaction memory limits, from the heap: one query may take a quarter of it, all running queries
 * together 60%, so the query that asks too much fails alone (a memory-limit error) and the heap that
 * the page cache's bookkeeping, Bolt and every other query share is never exhausted.
 */
export function transactionMemoryMb(heapMb: number): { perTransaction: number; total: number } {
  return { perTransaction: Math.floor(heapMb / 4), total: Math.floor(heapMb * 0.6) };
}

function jvmFlags(options: LocalNeo4jOptions): string[] {
  const memory = transactionMemoryMb(options.heapMb);
  return [
    `-Dnewsgraph.transactionMaxMb=${memory.perTransaction}`,
    `-Dnewsgraph.transactionTotalMaxMb=${memory.total}`,
    `-Xms${Math.min(options.heapMb, 256)}m`,
    `-Xmx${options.heapMb}m`,
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    // Neo4j's own neo4j.conf opens these so the page cache and Netty avoid slow fallbacks.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
  ];
}

async function waitForReady(
  pid: number,
  logFile: string,
  dataDir: string,
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const output = readFileSync(logFile, 'utf8');
    const ready = /NEWSGRAPH_NEO4J_READY (\S+)/.exec(output);
    if (ready) return ready[1]!;
    const failed = /NEWSGRAPH_NEO4J_FAILED (.*)/.exec(output);
    if (failed) throw explainFailure(failed[1]!, dataDir, logFile);
    if (!isLocalNeo4jProcess(pid)) {
      throw new AppError('NEO4J_LOCAL_FAILED', `the Neo4j JVM exited before it was ready; see ${logFile}`);
    }
    if (Date.now() > deadline) {
      throw new AppError('NEO4J_LOCAL_FAILED', `Neo4j was not ready after ${timeoutMs} ms; see ${logFile}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

function explainFailure(detail: string, dataDir: string, logFile: string): AppError {
  if (/FileLockException|locked by another/i.test(detail)) {
    return new AppError('NEO4J_LOCAL_FAILED', `data folder ${dataDir} is locked by another Neo4j process`);
  }
  if (/BindException|Address already in use|PortBindException/i.test(detail)) {
    return new AppError('NEO4J_LOCAL_FAILED', `Neo4j could not bind its Bolt port: ${detail.slice(0, 200)}`);
  }
  return new AppError(
    'NEO4J_LOCAL_FAILED',
    `Neo4j failed to start: ${detail.slice(0, 300)} (log: ${logFile})`,
  );
}
