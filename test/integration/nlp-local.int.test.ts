// The local CoreNLP launcher, on the server the global setup started, and its owner watchdog on plain
// processes (a second CoreNLP would cost another 1–3 GB and half a minute).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localNlpStatus, startLocalNlp, stopLocalNlp } from '../../server/nlp-local/index.ts';
import { watchOwner } from '../../server/nlp-local/watch-owner.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 100));
  }
  return true;
}

const exited = (child: ChildProcess) => () => child.exitCode !== null || child.signalCode !== null;

describe('the local CoreNLP server started by the global setup', () => {
  it('runs on a loopback URL, found through its state file', () => {
    const status = localNlpStatus(inject('nlpLocal').dataDir);
    expect(status).toMatchObject({ running: true, url: inject('nlpUrl') });
    expect(inject('nlpUrl')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers /ready', async () => {
    const response = await fetch(`${inject('nlpUrl')}/ready`);
    expect(response.status).toBe(200);
  });

  it('returns the running instance when asked to start it again', async () => {
    const local = inject('nlpLocal');
    const before = localNlpStatus(local.dataDir);
    const again = await startLocalNlp(local);
    expect(before.running && again.pid === before.pid).toBe(true);
  });

  it('refuses to start a second server on a port already in use, in one line', async () => {
    const local = inject('nlpLocal');
    const other = { ...local, dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-corenlp-other-')) };
    try {
      await expect(startLocalNlp(other)).rejects.toThrow(
        /^port \d+ is in use \(EADDRINUSE\); set NLP_LOCAL_PORT/,
      );
      expect(localNlpStatus(other.dataDir).running).toBe(false);
    } finally {
      rmSync(other.dataDir, { recursive: true, force: true });
    }
  });

  it('says nothing was running when asked to stop a server that is not there', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-corenlp-none-'));
    try {
      expect(await stopLocalNlp(dataDir)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the owner watchdog', () => {
  it('stops the target once the owner is gone', async () => {
    const owner = spawn('sleep', ['600']);
    const target = spawn('sleep', ['600']);
    const watchdog = watchOwner(owner.pid!, target.pid!);
    try {
      await new Promise((done) => setTimeout(done, 1_500));
      expect(exited(target)()).toBe(false);
      owner.kill('SIGKILL');
      expect(await waitUntil(exited(target), 10_000)).toBe(true);
      expect(target.signalCode).toBe('SIGTERM');
      expect(await waitUntil(() => !alive(watchdog), 5_000)).toBe(true);
    } finally {
      owner.kill('SIGKILL');
      target.kill('SIGKILL');
    }
  });

  it('exits by itself when the target stops first', async () => {
    const target = spawn('sleep', ['600']);
    const watchdog = watchOwner(process.pid, target.pid!);
    try {
      target.kill('SIGTERM');
      expect(await waitUntil(() => !alive(watchdog), 5_000)).toBe(true);
    } finally {
      target.kill('SIGKILL');
    }
  });
});
