import type { Command } from 'commander';
import { runAction } from '../run-action.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'start Neo4j if local, migrate, load the seeds into an empty graph, serve the API and explorer',
    )
    .action(
      runAction(async () => {
        // Loaded on use, so other commands (and --help) do not pay for the API's imports.
        const { loadConfig } = await import('../../config.ts');
        const { createLogger } = await import('../../logger.ts');
        const { startServer } = await import('../start-server.ts');
        const config = loadConfig();
        const logger = createLogger(config.logLevel);
        const server = await startServer(config, logger);
        let stopping = false;
        const stop = async (signal: string) => {
          if (stopping) return;
          stopping = true;
          logger.info({ signal }, 'shutting down');
          await server.close();
          logger.flush();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop('SIGINT'));
        process.once('SIGTERM', () => void stop('SIGTERM'));
        server.prepared.catch(async (error: unknown) => {
          logger.fatal({ err: error }, 'preparing the graph failed');
          await server.close();
          process.exit(1);
        });
        process.stdout.write(
          `Newsgraph on ${server.url}/ (GraphQL at ${server.url}/graphql, Neo4j ${server.neo4j.uri})\n`,
        );
      }),
    );
}
