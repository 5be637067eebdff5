import type { Command } from 'commander';
import { runAction } from '../run-action.ts';

/** Loaded on use, so other commands (and --help) do not pay for the config's and nlp-local's imports. */
async function load() {
  return { ...(await import('../../config.ts')), ...(await import('../../nlp-local/index.ts')) };
}

export function registerNlpCommand(program: Command): void {
  const nlp = program
    .command('nlp')
    .description(
      'Control the local CoreNLP parser server (state under NLP_LOCAL_DATA_DIR, default .data/corenlp)',
    );

  nlp
    .command('start')
    .description(
      'start the local CoreNLP server and return once it has parsed an English and a French sentence',
    )
    .action(
      runAction(async () => {
        const { loadConfig, startLocalNlp } = await load();
        const { local } = loadConfig().nlp;
        const began = Date.now();
        const state = await startLocalNlp(local);
        const seconds = ((Date.now() - began) / 1000).toFixed(1);
        process.stdout.write(
          `CoreNLP running at ${state.url} (pid ${state.pid}, log ${state.logFile}) in ${seconds}s\n`,
        );
      }),
    );

  nlp
    .command('stop')
    .description('stop the local CoreNLP server')
    .action(
      runAction(async () => {
        const { loadConfig, stopLocalNlp } = await load();
        const { local } = loadConfig().nlp;
        const stopped = await stopLocalNlp(local.dataDir);
        process.stdout.write(
          stopped ? 'CoreNLP stopped\n' : `CoreNLP was not running (data ${local.dataDir})\n`,
        );
      }),
    );

  nlp
    .command('status')
    .description('say whether the local CoreNLP server runs, and where')
    .option('--json', 'print the status as JSON')
    .action(
      runAction(async (options: { json?: boolean }) => {
        const { loadConfig, localNlpStatus } = await load();
        const status = localNlpStatus(loadConfig().nlp.local.dataDir);
        if (options.json) process.stdout.write(`${JSON.stringify(status)}\n`);
        else if (status.running) {
          process.stdout.write(
            `CoreNLP running at ${status.url} (pid ${status.pid}, data ${status.dataDir})\n`,
          );
        } else process.stdout.write(`CoreNLP not running (data ${status.dataDir})\n`);
        if (!status.running) process.exitCode = 3;
      }),
    );
}
