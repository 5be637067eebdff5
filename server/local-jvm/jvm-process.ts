// Finding and stopping a JVM that we started detached, by the pid kept in its state file.
import { existsSync, readFileSync } from 'node:fs';

/** True when `pid` is alive and, where /proc exists, runs `mainClass` (pids get reused). */
export function isJvmProcess(pid: number, mainClass: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes(mainClass);
  } catch {
    return false;
  }
}

/** SIGTERM and wait for the process to exit; SIGKILL after `timeoutMs`. */
export async function stopJvmProcess(pid: number, mainClass: string, timeoutMs: number): Promise<void> {
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isJvmProcess(pid, mainClass)) {
    if (Date.now() > deadline) {
      signal(pid, 'SIGKILL');
      return;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** A process that exited since it was last checked needs no signal. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
