// CoreNLP's own main cannot watch an owner process the way LocalNeo4j.java does, so a detached POSIX
// shell does it: it polls both pids every second and, once the owner is gone, sends SIGTERM to the
// target (SIGKILL 30 s later if it is still there). It exits as soon as the target exits, so a server
// stopped normally leaves nothing behind. Detached, it survives the owner's own death and Ctrl-C.
import { spawn } from 'node:child_process';

const SCRIPT = `
while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done
kill -0 "$2" 2>/dev/null || exit 0
kill -TERM "$2" 2>/dev/null
n=0
while kill -0 "$2" 2>/dev/null && [ "$n" -lt 30 ]; do sleep 1; n=$((n + 1)); done
kill -0 "$2" 2>/dev/null && kill -KILL "$2" 2>/dev/null
exit 0
`;

/** Starts the watchdog; returns its pid. */
export function watchOwner(ownerPid: number, targetPid: number): number {
  const child = spawn(
    '/bin/sh',
    ['-c', SCRIPT, 'newsgraph-watch-owner', String(ownerPid), String(targetPid)],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
  return child.pid ?? 0;
}
