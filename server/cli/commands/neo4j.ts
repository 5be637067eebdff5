import type { Command } from 'commander';
import { runAction } from '../run-action.ts';

/** Loaded on use, so other commands (and --help) do not pay for the config's and neo4j-local's imports. */
async function load() {
  return { ...(await import('../../config.ts')), ...(await import('../../neo4j-local/index.ts')) };
}

export function registerNeo4jCommand(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('Control the local embedded Neo4j (data under NEO4J_LOCAL_DATA_DIR, default .data/neo4j)');

  neo4j
    .command('start')
    .description('start the local Neo4j and return once Bolt answers')
    .action(
      runAction(async () => {
        const { loadConfig, startLocalNeo4j } = await load();
        const { local } = loadConfig();
        const began = Date.now();
        const state = await startLocalNeo4j(local);
        const seconds = ((Date.now() - began) / 1000).toFixed(1);
        process.stdout.write(
          `Neo4j running at ${state.uri} (pid ${state.pid}, data ${state.dataDir}) in ${seconds}s\n`,
        );
      }),
    );

  neo4j
    .command('stop')
    .description('stop the local Neo4j cleanly')
    .action(
      runAction(async () => {
        const { loadConfig, stopLocalNeo4j } = await load();
        const { local } = loadConfig();
        const stopped = await stopLocalNeo4j(local.dataDir);
        process.stdout.write(stopped ? 'Neo4j stopped\n' : `Neo4j was not running (data ${local.dataDir})\n`);
      }),
    );

  neo4j
    .command('status')
    .description('say whether the local Neo4j runs, and where')
    .option('--json', 'print the status as JSON')
    .action(
      runAction(async (options: { json?: boolean }) => {
        const { loadConfig, localNeo4jStatus } = await load();
        const status = localNeo4jStatus(loadConfig().local.dataDir);
        if (options.json) process.stdout.write(`${JSON.stringify(status)}\n`);
        else if (status.running) {
          process.stdout.write(
            `Neo4j running at ${status.uri} (pid ${status.pid}, data ${status.dataDir})\n`,
          );
        } else process.stdout.write(`Neo4j not running (data ${status.dataDir})\n`);
        if (!status.running) process.exitCode = 3;
      }),
    );
}
