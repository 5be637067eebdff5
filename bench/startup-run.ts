// Times a CLI command in a fresh process, as a person starting it would: wall time from spawn to exit,
// and the CPU time the process used (user + system), which a busy machine inflates less than the wall.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunTimes {
  readonly wallMs: number;
  readonly cpuMs: number;
}

// Loaded before the command by --import: writes the process's CPU time when it exits.
const REPORT_CPU = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs';" +
    'process.on("exit", () => { const u = process.cpuUsage();' +
    ' writeFileSync(process.env.BENCH_CPU_FILE, String((u.user + u.system) / 1000)); });',
)}`;

/** One run of `node <script> <args>` in `cwd`; rejects when the command fails. */
export async function timeRun(
  script: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<RunTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-startup-'));
  const cpuFile = join(dir, 'cpu');
  const began = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', REPORT_CPU, script, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, BENCH_CPU_FILE: cpuFile, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('exit', (code) => resolve({ code, stderr }));
  });
  const wallMs = performance.now() - began;
  try {
    if (code !== 0) throw new Error(`node ${script} ${args.join(' ')} exited ${code}: ${stderr.slice(-300)}`);
    return { wallMs, cpuMs: Number(readFileSync(cpuFile, 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Medians over `runs` runs after one unmeasured run (which fills the OS's and Node's caches). */
export async function timeCommand(
  runs: number,
  run: () => Promise<RunTimes>,
  beforeEach: () => void = () => {},
): Promise<RunTimes> {
  beforeEach();
  await run();
  const times: RunTimes[] = [];
  for (let i = 0; i < runs; i++) {
    beforeEach();
    times.push(await run());
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { wallMs: median(times.map((t) => t.wallMs)), cpuMs: median(times.map((t) => t.cpuMs)) };
}
