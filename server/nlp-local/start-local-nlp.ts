// Starts the CoreNLP server as a detached JVM on `port`, waits until it answers on 127.0.0.1 and
// warms both languages (the first request of each loads its models), so the first real request is fast.
// Idempotent: when a server started by us already runs on this data folder, its state is returned.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../schema/errors.ts';
import { checkPortFree, stopJvmProcess } from '../local-jvm/index.ts';
import { createCoreNlpParser } from './corenlp-parser.ts';
import { ensureNlpRuntime, type NlpRuntime } from './ensure-nlp-runtime.ts';
import { isLocalNlpProcess, type LocalNlpState, MAIN_CLASS, stateFile } from './state-file.ts';
import { watchOwner } from './watch-owner.ts';

export interface LocalNlpOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly heapMb: number;
  /** How long to wait for the server to answer and parse its warm-up sentences; default 180 s. */
  readonly timeoutMs?: number;
  /** Stop the server when this process is gone (a test run or server that died). */
  readonly ownerPid?: number;
}

const WARM_UP = [
  { language: 'en', text: 'Poland and Ukraine signed an agreement in Warsaw.' },
  { language: 'fr', text: "La Pologne et l'Ukraine ont signé un accord à Varsovie." },
] as const;

export async function startLocalNlp(options: LocalNlpOptions): Promise<LocalNlpState> {
  const dataDir = resolve(options.dataDir);
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  const running = stateFile.read(dataDir);
  if (running && isLocalNlpProcess(running.pid)) {
    await waitUntilReady(running, deadline);
    return running;
  }
  stateFile.remove(dataDir);
  const runtime = await ensureNlpRuntime();
  // CoreNLP has no bind-address option: it listens on every address, so the port must be free on all.
  await checkPortFree(options.port, { anyAddress: true }).catch((error: NodeJS.ErrnoException) => {
    throw new AppError(
      'NLP_LOCAL_FAILED',
      `port ${options.port} is in use (${error.code}); set NLP_LOCAL_PORT to a free port`,
      { cause: error },
    );
  });
  const state = spawnServer(runtime, dataDir, options);
  try {
    await waitUntilReady(state, deadline);
    await warmUp(state, deadline);
  } catch (error) {
    if (isLocalNlpProcess(state.pid)) await stopJvmProcess(state.pid, MAIN_CLASS, 5_000);
    stateFile.remove(dataDir);
    throw error;
  }
  return state;
}

/** Spawns the JVM and writes the state file at once, so `stop` finds a server that is still loading. */
function spawnServer(runtime: NlpRuntime, dataDir: string, options: LocalNlpOptions): LocalNlpState {
  const logFile = stateFile.logPath(dataDir);
  // CoreNLP writes its shutdown key to java.io.tmpdir/corenlp.shutdown; a private tmpdir keeps servers
  // on one machine from deleting each other's key.
  const tmpDir = join(dataDir, 'tmp');
  mkdirSync(dirname(logFile), { recursive: true });
  mkdirSync(tmpDir, { recursive: true });
  const log = openSync(logFile, 'w');
  const child = spawn(
    runtime.java,
    [
      `-Xmx${options.heapMb}m`,
      '-Dfile.encoding=UTF-8',
      `-Djava.io.tmpdir=${tmpDir}`,
      '-cp',
      runtime.classpath,
      MAIN_CLASS,
      ...['-port', String(options.port), '-timeout', '60000', '-threads', '4', '-quiet'],
    ],
    { cwd: dataDir, detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref();
  const pid = child.pid ?? 0;
  const state: LocalNlpState = {
    pid,
    port: options.port,
    url: `http://127.0.0.1:${options.port}`,
    dataDir,
    logFile,
    startedAt: new Date().toISOString(),
    ...(options.ownerPid ? { watchdogPid: watchOwner(options.ownerPid, pid) } : {}),
  };
  stateFile.write(state);
  return state;
}

async function waitUntilReady(state: LocalNlpState, deadline: number): Promise<void> {
  for (;;) {
    const ready = await fetch(`${state.url}/ready`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    if (!isLocalNlpProcess(state.pid)) {
      // With -quiet CoreNLP exits without a word when it cannot bind its port.
      const taken = await checkPortFree(state.port, { anyAddress: true }).then(
        () => '',
        () => ` (port ${state.port} is taken)`,
      );
      throw new AppError(
        'NLP_LOCAL_FAILED',
        `the CoreNLP JVM exited before it was ready${taken}; see ${state.logFile}`,
      );
    }
    if (Date.now() > deadline) {
      throw new AppError(
        'NLP_LOCAL_FAILED',
        `CoreNLP did not answer at ${state.url} in time; see ${state.logFile}`,
      );
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function warmUp(state: LocalNlpState, deadline: number): Promise<void> {
  const parser = createCoreNlpParser({ url: state.url, timeoutMs: Math.max(deadline - Date.now(), 1_000) });
  try {
    await parser.parse(WARM_UP);
  } catch (error) {
    const hint = /OutOfMemoryError/.test(String(error)) ? '; raise NLP_LOCAL_HEAP_MB' : '';
    throw new AppError(
      'NLP_LOCAL_FAILED',
      `CoreNLP started but failed to load its models: ${(error as Error).message}${hint}`,
      { cause: error },
    );
  }
}
