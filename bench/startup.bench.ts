// CLI start-up: `newsgraph --help` and `newsgraph extract` on the smallest seed article, each in a fresh
// process, against the aim of 0.5 s apart from the parser's own start. The parser is a replay of
// the real CoreNLP's answers (see startup-replay.ts), so its time is left out; one run against the real
// one is printed beside. BENCH_STARTUP_BEFORE names a commit to time as well (default: the last one
// before the build step), so the figures before and after come from one run on one machine.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { openParser } from '../server/cli/connect-nlp.ts';
import { loadConfig } from '../server/config.ts';
import { KNOWLEDGE_CACHE_DIR } from '../server/ingest/gazetteer/load-knowledge.ts';
import { checkoutAt } from './startup-before.ts';
import { startReplayParser } from './startup-replay.ts';
import { type RunTimes, timeCommand, timeRun } from './startup-run.ts';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const BEFORE = process.env.BENCH_STARTUP_BEFORE ?? '1657d08';
const TARGET_MS = 500;
const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'newsgraph.js');

const articles = join(root, 'seeds', 'articles');
const smallest = readdirSync(articles)
  .map((name) => join(articles, name))
  .sort((a, b) => statSync(a).size - statSync(b).size)[0]!;

await timeRun(join(root, 'bin', 'build.js'), [], { cwd: root });
const config = loadConfig();
const nlp = await openParser(config);
const replay = await startReplayParser(nlp.url);
const withReplay = { NEWSGRAPH_NLP_URL: replay.url };

const rows: { name: string; times: RunTimes }[] = [];
const measure = async (name: string, run: () => Promise<RunTimes>, beforeEach?: () => void) => {
  rows.push({ name, times: await timeCommand(RUNS, run, beforeEach) });
};

const extractArgs = ['extract', smallest];
await measure('--help', () => timeRun(bin, ['--help'], { cwd: root }));
await measure('extract, gazetteer cached', () => timeRun(bin, extractArgs, { cwd: root, env: withReplay }));
await measure(
  'extract, gazetteer compiled (cache emptied)',
  () => timeRun(bin, extractArgs, { cwd: root, env: withReplay }),
  () => rmSync(KNOWLEDGE_CACHE_DIR, { recursive: true, force: true }),
);

const before = BEFORE ? checkoutAt(root, BEFORE) : { missing: 'BENCH_STARTUP_BEFORE is empty' };
if ('dir' in before) {
  const oldBin = join(before.dir, 'bin', 'newsgraph.js');
  await measure(`--help at ${BEFORE} (tsx)`, () => timeRun(oldBin, ['--help'], { cwd: before.dir }));
  await measure(`extract at ${BEFORE} (tsx)`, () =>
    timeRun(oldBin, extractArgs, { cwd: before.dir, env: withReplay }),
  );
  before.remove();
}
const real = await timeRun(bin, extractArgs, { cwd: root, env: { NEWSGRAPH_NLP_URL: nlp.url } });
await replay.close();
await nlp.close();

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
const lines = [
  `startup: node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}, median of ${RUNS} runs after one warm-up, ${smallest.slice(root.length + 1)}`,
  `${'command'.padEnd(48)}    wall      CPU  wall / 0.5 s`,
  ...rows.map(
    ({ name, times }) =>
      `${name.padEnd(48)}${ms(times.wallMs)} ${ms(times.cpuMs)}  ${(times.wallMs / TARGET_MS).toFixed(2)}×`,
  ),
  `${'extract with the real CoreNLP parsing (once)'.padEnd(48)}${ms(real.wallMs)} ${ms(real.cpuMs)}`,
  ...('missing' in before ? [`before: not timed (${before.missing})`] : []),
];
const beforeRow = rows.find((r) => r.name.startsWith('extract at'));
const afterRow = rows.find((r) => r.name === 'extract, gazetteer cached')!;
if (beforeRow)
  lines.push(
    `extract before → after: ${(beforeRow.times.wallMs / afterRow.times.wallMs).toFixed(1)}× faster (wall), ${(beforeRow.times.cpuMs / afterRow.times.cpuMs).toFixed(1)}× less CPU`,
  );
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync(join(root, 'bench', 'out'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'out', 'startup.json'),
  `${JSON.stringify({ runs: RUNS, rows, real }, null, 2)}\n`,
);
